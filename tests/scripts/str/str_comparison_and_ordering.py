# Strings compare lexicographically by code point; == is by value.
print("apple" < "banana", "apple" < "Apple", "a" < "ab", "" < "a", "Z" < "a")
print("abc" == "abc", "abc" != "abd", "é" > "z")
print(sorted(["pear", "Apple", "apple", "banana", "äpfel"]))
print(max("hello"), min("hello"), ord(max("hello")))
a = "".join(["ab", "c"])
print(a == "abc")
