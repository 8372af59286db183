version = 2
class Shape:
    sides = 4
