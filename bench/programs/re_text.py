# re over a few MB of generated text: search/finditer/findall with groups, sub with
# a template and with a function, split, and match at positions (a scanner's use).
import re

def make_text(n):
    words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
             "omicron pi rho sigma tau upsilon phi chi psi omega").split()
    seed = 12345
    lines = []
    for i in range(n):
        parts = []
        for k in range(8):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            w = words[seed % len(words)]
            if seed % 7 == 0:
                w = w.capitalize()
            parts.append(w)
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        parts.append("user%d@host%d.example.com" % (seed % 1000, seed % 37))
        parts.append("%d-%02d-%02d" % (1990 + seed % 30, 1 + seed % 12, 1 + seed % 28))
        parts.append(str(seed % 100000))
        lines.append(" ".join(parts))
    return "\n".join(lines) + "\n"

def main():
    text = make_text(40000)  # about 4 MB
    total = len(text)
    email = re.compile(r"(?P<user>\w+)@(?P<host>[\w.]+)\.com")
    for m in email.finditer(text):
        total += len(m.group("user")) + m.end()
    dates = re.findall(r"\b(\d{4})-(\d\d)-(\d\d)\b", text)
    total += sum(int(y) + int(mo) + int(d) for y, mo, d in dates)
    total += len(re.findall(r"\b[A-Z][a-z]+\b", text))
    total += len(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", text))
    total += len(re.sub(r"\s+", " ", text))
    total += len(re.sub(r"[aeiou]", lambda m: m.group().upper(), text[:400000]))
    total += len(re.split(r"\n", text))
    total += len(re.findall(r"(?i)omega|psi", text))
    word = re.compile(r"[a-z]+|\d+|\S")
    pos, n = 0, 0
    short = text[:300000]
    space = re.compile(r"\s*")
    while pos < len(short):
        pos = space.match(short, pos).end()
        m = word.match(short, pos)
        if not m:
            break
        n += 1
        pos = m.end()
    total += n
    lines = text.splitlines()
    total += sum(1 for line in lines if re.search(r"tau.*omega", line))
    print(total)

main()
