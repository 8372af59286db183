# struct: CPython's own struct.py (which re-exports _struct) runs over hotpy's _struct
import sys
sys.path.insert(0, '/usr/lib/python3.11')
import struct

print(struct.__file__.endswith('/python3.11/struct.py'), struct.__all__)
print(struct.pack('>HhL', 1, -2, 3), struct.unpack('<q', struct.pack('<q', -5)), struct.calcsize('@bq'))
print(struct.Struct('3s?').unpack(b'ab\x00\x01'), struct.error.__module__, struct._clearcache())
print(struct.__doc__ == __import__('_struct').__doc__)
