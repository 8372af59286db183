# bytes.center, ljust, rjust, zfill and expandtabs
for w in range(2, 7):
    print(b'ab'.center(w, b'*'), b'abc'.center(w), b'ab'.ljust(w, b'.'), b'ab'.rjust(w))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+4'.zfill(1), b''.zfill(3))
print(b'a\tbc\td\n\te'.expandtabs(), b'a\tb'.expandtabs(3), b'a\tb'.expandtabs(tabsize=0), b'\r\tx'.expandtabs(2))
b = b'wide'
print(b.center(2) is b, b.zfill(1) is b)
for f in (lambda: b'a'.center(), lambda: b'a'.center('3'), lambda: b'a'.center(3, 'x'), lambda: b'a'.ljust(3, b'xy'), lambda: b'a'.rjust(3, 32)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
