# _json: CPython's json package, running over hotpy's _json speedups, dumps and loads as CPython
import sys
sys.path.insert(0, '/usr/lib/python3.11')
import json, json.decoder, json.scanner, json.encoder

print(json.decoder.c_scanstring is not None, json.scanner.c_make_scanner is not None,
      json.encoder.c_make_encoder is not None, json.encoder.c_encode_basestring_ascii is not None)
data = {'b': [1, 2.5, None, True, False, 'x\n"é☃'], 'a': {'n': (1, 2), 'e': [], 'd': {}}, 'big': 2**70, '3': 'k',
        'f': 1e-7, 'neg': -0.0}
for kw in [{}, {'sort_keys': True}, {'separators': (',', ':')}, {'ensure_ascii': False}, {'indent': 2},
           {'indent': '\t', 'sort_keys': True}, {'skipkeys': True}]:
    print(json.dumps(data, **kw))
print(json.dumps([float('nan'), float('inf')]), json.dumps('é', ensure_ascii=False), json.dumps({'s': {1}}, default=sorted))
text = json.dumps(data)
print(json.loads(text) == json.loads(json.dumps(json.loads(text))))
print(json.loads('{"a": [1, 2.5e3, null, true, "\\u00e9\\ud83d\\ude00"], "b": {"c": NaN}}'))
print(json.loads('[1, 2]', parse_int=str, parse_float=str), json.loads('{"a": 1}', object_pairs_hook=list))
print(json.loads(b'{"bytes": 1}'), json.loads('  [1]  '))
for bad in ['[1 2]', '{"a" 1}', '{"a": 1,}', '[1,]', '"abc', '', '[', 'nul', '{"a": 1} x', '"\\q"', '[1, 2', ' é']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e.msg, e.pos, e.lineno, e.colno, '|', e)
for bad in [float('nan')]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
import io
buf = io.StringIO()
json.dump({'x': [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"y": 2}')))
