# Dedenting to a column no enclosing block used is an IndentationError.
if True:
        x = 1
    y = 2
