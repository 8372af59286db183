# CPython's json, string, fnmatch and shlex (from /usr/lib/python3.11) running on the native re
import sys
sys.path.insert(0, '/usr/lib/python3.11')
import json, string, fnmatch, shlex
print(json.loads('{"a": [1, 2.5, "x\\u00e9y\\n", true, null], "b": {"c": -3e2}}'))
print(json.dumps({"a": [1, "é", "q\"\n"]}, indent=2))
for bad in ['{"a": }', '[1, 2', '"abc', '{"a" 1}', '[1,]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e)
print(string.Template('$who likes ${what}, $$5').substitute(who='tim', what='kung pao'))
print(string.Template('$a $b').safe_substitute(a=1), string.capwords('hello   world'))
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'), fnmatch.translate('a*[!b]?'))
print(shlex.split('a "b c" d\\ e'), shlex.quote("it's"), shlex.join(['a b', 'c']))
