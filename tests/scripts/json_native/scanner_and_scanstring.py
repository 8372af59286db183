# _json: scanstring and make_scanner decode as CPython's speedups (values, end positions, errors)
import _json
try:
    import json.decoder  # where the errors' class lives (CPython's speedups need it imported)
except ImportError:
    pass

class Context:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = float
    memo = {}

scan = _json.make_scanner(Context())
print(type(scan).__name__, scan.strict, scan.parse_int is int)
docs = ['{"a": [1, 2e5, -0.5, true, false, null, NaN, Infinity, -Infinity]}', '[]', '{}', '  [ 1 , 2 ]', '"x\\ny"',
        '123456789012345678901234567890', '-0', '0.5e-3', '1E+2', '1e', '1.', '-', '12abc', '[1, {"k": {"n": []}}]',
        '{"é": "ü\\u00e9\\ud83d\\ude00"}', '"\\/\\b\\f\\r\\t\\"\\\\"', '{"a": 1, "a": 2}', '[1.5, -2.25e10, 0.1]',
        '"h\u00e9llo" tail']
for doc in docs:
    try:
        print(repr(doc), scan(doc, 0))
    except StopIteration as e:
        print(repr(doc), 'StopIteration', e.value)
print(scan('xx[1]', 2), scan('é"ü"', 1))
bad = ['[1 2]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '[1,]', '"abc', '"a\x01b"', '"\\q"', '"\\u12g4"', '[', '{',
       '{"a":', '[1,', '"\\ud800\\u12"', 'é[1 2]', '{"k": é}', '[x]', '[1, 2']
for doc in bad:
    try:
        print(repr(doc), scan(doc, 0))
    except StopIteration as e:
        print(repr(doc), 'StopIteration', e.value)
    except ValueError as e:
        print(repr(doc), 'ValueError', e)
for args in [('"abc"', 1), ('xx"a\\tb"yy', 3), ('"\\ud83d\\ude00"', 1), ('"\\ud83dx"', 1), ('"a\tb"', 1, False)]:
    print(_json.scanstring(*args))
for args in [('"a\tb"', 1), ('"abc', 1), ('"abc"', 10), ('"abc"', -1), ('abc', 0), ('é', 1), ('é"', 0),
             ('"\\u1234', 1), ('"\\u123', 1), ('"\\ud83d\\ude00', 1), ('"\\ud83d\\ude0"', 1), ('"\\ud83d\\u12x4"', 1)]:
    try:
        print(_json.scanstring(*args))
    except ValueError as e:
        print('ValueError', e)

class Hooks(Context):
    strict = False
    object_hook = staticmethod(lambda d: ('hooked', sorted(d.items())))
    parse_float = staticmethod(lambda s: ('float', s))
    parse_int = staticmethod(lambda s: ('int', s))
    parse_constant = staticmethod(lambda s: ('const', s))
print(_json.make_scanner(Hooks())('{"b": [1, 2.5, NaN, -Infinity], "a": "t\tab"}', 0))
class Pairs(Context):
    object_pairs_hook = list
print(_json.make_scanner(Pairs())('{"b": 1, "a": {"c": 2}}', 0))
try:
    scan(5, 0)
except TypeError as e:
    print(e)
try:
    scan('[]', -1)
except ValueError as e:
    print(e)
# Repeated keys and a hook that runs the same scanner again while the outer call goes on.
class Reentrant(Context):
    pass
ctx = Reentrant()
inner = _json.make_scanner(ctx)
ctx.object_hook = lambda d: (d, inner('{"k": 1, "k2": {"k": 2}}', 0)[0])
outer = _json.make_scanner(ctx)
print(outer('[{"k": 1}, {"k": 2}, {"k": {"k": 3}}]', 0))
