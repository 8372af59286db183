# User exceptions subclass Exception, carry args, can add attributes and custom __str__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
class Coded(AppError):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return "error code %d" % self.code
for exc in [AppError("plain"), NotFound("k1"), Coded(42)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", e.args)
try:
    raise NotFound("k2")
except NotFound as e:
    print(e.key, isinstance(e, AppError), isinstance(e, Exception))
try:
    raise AppError
except AppError as e:
    print("raised the class:", repr(e))
