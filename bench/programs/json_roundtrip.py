# json: dumps and loads of a few MB of nested records (strings with escapes and non-ASCII,
# ints, floats, bools, nulls, nested lists and dicts), compact and indented.
import json


def make_records(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "item-%d \"quoted\" \\ tab\t é" % i,
            "price": i * 1.25 + 0.1,
            "tags": ["t%d" % (i % 7), "u%d" % (i % 11), None, True, False],
            "nested": {"depth": i % 5, "values": list(range(i % 9)), "ok": i % 2 == 0},
        })
    return records


def main():
    records = make_records(20000)
    checksum = 0
    for _ in range(3):
        text = json.dumps(records)
        checksum += len(text)
        back = json.loads(text)
        checksum += len(back) + back[-1]["id"]
    pretty = json.dumps(records[:5000], indent=2, sort_keys=True, ensure_ascii=False)
    checksum += len(pretty) + len(json.loads(pretty))
    print(checksum)


main()
