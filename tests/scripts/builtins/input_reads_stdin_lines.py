# input() returns one line of stdin without its newline; at end of input it raises EOFError.
name = input()
print("hello,", name)
age = input("age? ")
print("age next year:", int(age) + 1)
try:
    input()
except EOFError:
    print("EOFError at end of input")
