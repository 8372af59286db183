# Big-int add, subtract, multiply, floor divide, modulo and comparison stay exact.
f = 1
for i in range(1, 41):
    f *= i
print(f)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b)
print(b // a, b % a, -b // a, a // 12345, a % 12345)
print(a < b, a == 123456789012345678901234567890, a > 10, -a < 0)
print(f // (f // 7), f % 1000003)
