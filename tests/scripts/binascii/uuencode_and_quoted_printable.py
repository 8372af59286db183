# binascii: b2a_uu/a2b_uu (backtick, padding, errors) and b2a_qp/a2b_qp (quotetabs, istext, header, CRLF, soft breaks)
import binascii as b

for data in [b'', b'a', b'ab', b'abc', b'\x00\x00\x00', bytes(range(45))]:
    for bt in [False, True]:
        enc = b.b2a_uu(data, backtick=bt)
        print(enc, b.a2b_uu(enc) == data)
for text in [b'', b' ', b'!', b'#86)C\n', b'#86)C   \n', b'#86)', '#86)C', b'`', b'#86)C!!', b'#\x1f']:
    try:
        print(text, b.a2b_uu(text))
    except b.Error as e:
        print(text, 'Error:', e)
try:
    b.b2a_uu(b'x' * 46)
except b.Error as e:
    print(e)
samples = [b'plain text', b'caf\xe9 = 3', b'tab\tand space \nnext', b'trailing space ', b'.\n.x', b'a_b c',
           b'line\r\nwith crlf \r\n', b'x' * 100, b'=' * 30, b'\x00\x01\x7f\xff', b'ends with tab\t', b'a\rb\nc']
for data in samples:
    print(b.b2a_qp(data), b.b2a_qp(data, quotetabs=True), b.b2a_qp(data, istext=False), b.b2a_qp(data, header=True))
    print(b.a2b_qp(b.b2a_qp(data)) == data)
for text in [b'a=3Db', b'soft=\nbreak', b'soft=\r\nbreak', b'bad=zz', b'broken==', b'end=', b'under_score', 'str=41',
             b'=4', b'lower=3d']:
    print(text, b.a2b_qp(text), b.a2b_qp(text, header=True))
