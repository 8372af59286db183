# A subclass inherits methods, overrides some, and can call the parent's through super().
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return "I am " + self.name + "; " + self.speak()
class Cat(Animal):
    def speak(self):
        return self.name + " meows"
class Kitten(Cat):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"
for pet in [Animal("generic"), Cat("tom"), Kitten("bit", 1)]:
    print(pet.describe())
print(Kitten("k", 2).age)
