# A mistyped attribute: the closest name in dir() of the object is suggested.
class Account:
    def deposit(self, n): pass
Account().deposti(5)
