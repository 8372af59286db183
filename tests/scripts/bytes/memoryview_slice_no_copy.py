# a slice of a memoryview over a bytearray sees later writes, and writes through it reach the array
ba = bytearray(b'0123456789')
m = memoryview(ba)
s = m[2:8]
t = s[::2]
ba[2] = 65
ba[4] = 66
print(s.tobytes(), t.tobytes(), s[0], t[1])
s[1] = 67
t[2] = 68
s[3:5] = b'EF'
m[-1] = 90
print(ba, s.tolist(), t.tolist())
m[:2] = m[8:10]
print(ba)
