# An assert whose test cannot say whether it is true: the traceback marks the statement.
class Undecided:
    def __bool__(self): raise ValueError("no")
if True: assert Undecided()
