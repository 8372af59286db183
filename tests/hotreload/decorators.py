# patch=True and decorators: a wrapper made by a decorator (defined in the module or in
# another one) has the same text before and after; what it wraps is what changed. The
# wrapper counts as changed and is patched, so holders of it run the new code. A
# functools.wraps wrapper and a closure made by a factory work the same way.
import functools
import hotreload
from hrtest import write, expect

write("decorating", '''
    import functools
    def shout(f):
        @functools.wraps(f)
        def wrapper(*args):
            return f(*args).upper()
        return wrapper
''')
write("decorated", '''
    import functools
    from decorating import shout
    def local(f):
        def wrapper(*args):
            return "[" + f(*args) + "]"
        return wrapper
    @shout
    def greet(name):
        return "hello " + name
    @local
    def tag(name):
        return name
    def make(prefix):
        def handler(x):
            return prefix + x
        return handler
    handler = make("a:")
''')
import decorated
from decorated import greet, tag, handler
expect((greet("bob"), tag("x"), handler("1")), ("HELLO BOB", "[x]", "a:1"))
src = open(decorated.__file__).read()
write("decorated", src.replace('"hello "', '"bye "').replace('"[" + f', '"<" + f')
      .replace('"a:"', '"b:"'))
rep = hotreload.reload(decorated, patch=True)
expect(rep.changed, {"decorated": ["greet", "handler", "local", "tag"]})
expect(rep.patched, {"decorated": ["greet", "handler", "local", "tag"]})
expect((greet("bob"), tag("x"), handler("1")), ("BYE BOB", "<x]", "b:1"))
assert decorated.greet is greet and decorated.tag is tag and decorated.handler is handler
expect(greet.__wrapped__("al"), "bye al")

# Unchanged source: nothing changes, the decorated functions stay as they are.
rep = hotreload.reload(decorated, patch=True)
expect(rep.changed, {"decorated": []})
expect(greet("bob"), "BYE BOB")
print("ok")
