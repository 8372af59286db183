# `except E as name` binds the exception, and the name is deleted when the handler ends.
try:
    raise ValueError("boom")
except ValueError as err:
    print("inside:", err, type(err).__name__)
try:
    err
except NameError:
    print("err is unbound after the handler")
e = "kept"
try:
    pass
except Exception as e:
    pass
print(e)
