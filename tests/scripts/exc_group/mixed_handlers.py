# mixing except and except* in one try is a syntax error shown with a caret under the second kind
try:
    pass
except ValueError:
    pass
except* TypeError as e:
    pass
