# Class attributes are shared until an instance assignment shadows them.
class Dog:
    species = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
a.tricks.append("sit")
print(b.tricks, Dog.tricks)
print(sorted(vars(a)), sorted(vars(b)))
