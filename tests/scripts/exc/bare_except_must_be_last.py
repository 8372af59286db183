# A bare except: before another handler is a compile-time SyntaxError, with its location
try:
    a
except:
    pass
except ValueError:
    pass
