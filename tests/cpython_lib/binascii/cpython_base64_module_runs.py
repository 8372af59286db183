# binascii: CPython's own base64.py (pure Python over binascii) encodes and decodes as CPython
import sys
sys.path.insert(0, '/usr/lib/python3.11')
import base64

data = b'hotpy binascii \x00\xff\x10 test data!'
for name in ['b64encode', 'standard_b64encode', 'urlsafe_b64encode', 'b32encode', 'b32hexencode', 'b16encode',
             'b85encode', 'a85encode']:
    enc = getattr(base64, name)(data)
    dec = getattr(base64, name.replace('encode', 'decode'))(enc)
    print(name, enc, dec == data)
print(base64.b64decode('aG90cHk=', validate=True), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.encodebytes(b'x' * 100))
print(base64.decodebytes(base64.encodebytes(b'y' * 100)) == b'y' * 100)
try:
    base64.b64decode('aG90cHk', validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(base64.b16decode('ABCD'), base64.b32decode('MFRGG==='))
