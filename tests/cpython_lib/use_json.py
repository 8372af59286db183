# CPython's json module, its pure-Python source unmodified, on hotpy: dumps formatting options, loads with hooks, JSONDecodeError
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import json
assert json.__file__.startswith("/usr/lib/python3.11/"), json.__file__
data = {'b': [1, 2.5, None, True], 'a': {'x': 'é\n"q"', 'y': []}, 'n': -3}
print(json.dumps(data), json.dumps(data, sort_keys=True, indent=2), json.dumps(data, ensure_ascii=False))
print(json.dumps([1, {}], separators=(',', ':')), json.dumps(float('nan')), json.dumps({1: 2, None: 3}))
print(json.loads('{"a": [1, 2.0, "s\\u00e9"], "b": null}'), json.loads('[1]', parse_int=float))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.dumps(data) == json.dumps(json.loads(json.dumps(data))))
for bad in ('', '[1,]', '{"a" 1}', '"abc', 'nul'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e, e.pos, e.lineno, e.colno)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
print(json.dumps({'s': {1, 2}}, default=sorted))
