# json.loads detects UTF-16 and UTF-32 encoded bytes (BOM or zero-byte pattern)
import json
print(json.loads('"x\\u0041"'.encode('utf-16')), json.loads('[2]'.encode('utf-32-le')))
print(json.loads('{"a": "é"}'.encode('utf-16-be')), json.loads('[1, 2]'.encode('utf-32')), json.loads(b'\xef\xbb\xbf[3]'))
