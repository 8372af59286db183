# json.loads decodes values and raises JSONDecodeError with CPython's messages and positions
import json
docs = ['', '  ', '[1,', '{"a" 1}', '{"a":1 "b"}', '[1 2]', '"abc', '"a\x01"', '"\\q"', '"\\u12"',
        '{1:2}', '{"a":1,}', '[1,]', '1 2', 'nul', '-', '01', '1.', '1e', '[1,\n  2,\n  x]',
        '\ufeff1', '{"a":', '[', '{', '"\\', 'tru', '-Infinity', '[NaN, Infinity]', '1.5e3',
        '-0', '-12.25E-2', '"\\ud83d\\ude00 \\u00e9\\n\\/"', '"\\ud800"', ' {"a": [true, false, null]} ',
        '{"a": 1, "a": 2}', '123456789012345678901234567890', '"tab\there"']
for doc in docs:
    try:
        print(repr(doc), '->', repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads(b'{"k": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')))
try:
    json.loads(12)
except TypeError as e:
    print('TypeError', e)
print(json.loads('"tab\there"', strict=False))
print(json.loads('{"a": 1.5, "b": 2, "c": NaN}', parse_float=lambda s: 'F' + s,
                 parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'))
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
value = {"name": "x", "list": [1, 2.5, -3, None, True, {"deep": ["é", "\U0001f600"]}], "e": {}}
for kwargs in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True}):
    assert json.loads(json.dumps(value, **kwargs)) == value
print('round trips ok')
