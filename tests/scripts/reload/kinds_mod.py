
class Error(Exception):
    code = 3
class Count(int):
    code = 3
class Name(str):
    code = 3
class Plain:
    def __repr__(self):
        return "<Plain>"
    code = 3
###
