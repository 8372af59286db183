# json: dumps and loads of a document of a few MB (nested dicts, lists, strings with
# escapes and non-ASCII text, ints and floats), compact and sorted; prints checksums.
import json

def make_record(i):
    return {
        'id': i,
        'name': 'user-%d' % i,
        'email': 'user%d@example.com' % i,
        'score': i * 0.37 + 0.125,
        'active': i % 3 == 0,
        'tags': ['t%d' % (i % 7), 'g%d' % (i % 11), 'naïve "quoted"\n'],
        'address': {'street': '%d Main St' % i, 'city': 'Zürich', 'zip': '%05d' % (i % 100000)},
        'history': [i, i * 2, -i, None, 1e10 + i],
    }

records = [make_record(i) for i in range(12000)]
total = 0
for round_ in range(3):
    text = json.dumps(records)
    back = json.loads(text)
    compact = json.dumps(back, separators=(',', ':'), sort_keys=True)
    ascii_off = json.dumps(back, ensure_ascii=False)
    total += len(text) + len(compact) + len(ascii_off) + len(back)
print(len(text), len(compact), len(ascii_off), total, back[123]['address']['city'], back[-1]['score'])
