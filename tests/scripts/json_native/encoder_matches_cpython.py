# _json: make_encoder and encode_basestring[_ascii] produce CPython's exact text
import _json

print(_json.encode_basestring_ascii('plain "q" \\ \n\r\t\b\f \x00\x1f\x7f é ☃ \U0001f600'))
print(_json.encode_basestring('plain "q" \\ \n\r\t\b\f \x00\x1f\x7f é ☃ \U0001f600'))

def make(default=None, ascii=True, key_sep=': ', item_sep=', ', sort_keys=False, skipkeys=False, allow_nan=True,
         markers=True):
    def no_default(o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')
    enc = _json.encode_basestring_ascii if ascii else _json.encode_basestring
    return _json.make_encoder({} if markers else None, default or no_default, enc, None, key_sep, item_sep,
                              sort_keys, skipkeys, allow_nan)

data = {'b': [1, 2.5, None, True, False, 'x'], 'a': {'nested': (1, 2), 'empty': [], 'e2': {}}, 'é': 1e100,
        'f': -0.0, 'big': 2**80, 'small': 1e-7, 3: 'int key', 2.5: 'float key', None: 'none key', True: 'bool key'}
print(make()(data, 0))
print(make(key_sep=':', item_sep=',')(data, 0))
print(make(ascii=False)({'k': 'é☃'}, 0))
print(make(sort_keys=True)({'b': 1, 'a': 2, 'c': [3]}, 0))
print(make(skipkeys=True)({(1, 2): 1, 'ok': 2, 'z': 3}, 0))
print(make()([float('inf'), float('-inf'), float('nan')], 0))
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(make()([MyInt(5), MyFloat(1.5), MyStr('s'), MyList([1]), MyDict(a=1)], 0))
print(make(default=lambda o: sorted(o))({'s': {3, 1, 2}}, 0))
print(make(default=lambda o: 'custom')([object()], 0) == ['["custom"]'])
e = make()
print(type(e).__name__, e.key_separator, e.item_separator, e.sort_keys, e.skipkeys, e.indent)
custom = _json.make_encoder(None, str, lambda s: '<' + s + '>', None, ':', ',', False, False, True)
print(custom({'k': ['v']}, 0))
def show(f, *args):
    try:
        print(f(*args))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
show(make(allow_nan=False), [float('nan')], 0)
show(make(allow_nan=False), {float('inf'): 1}, 0)
show(make(), {(1, 2): 1}, 0)
show(make(), [object], 0)
show(make(sort_keys=True), {1: 1, 'a': 2}, 0)
loop = []
loop.append(loop)
show(make(), loop, 0)
d = {}
d['self'] = d
show(make(), d, 0)
show(_json.encode_basestring_ascii, 5)
show(_json.make_encoder, [], str, str, None, ':', ',', False, False, True)
show(_json.make_encoder(None, str, lambda s: 5, None, ':', ',', False, False, True), ['x'], 0)
