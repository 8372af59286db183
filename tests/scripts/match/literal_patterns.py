# match: literal patterns (numbers incl. negative, strings, bytes, None/True/False by identity)
def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "text":
            return "str"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case "con" "cat":
            return "concatenated"
    return "no match"

for v in [0, 0.0, -1, 2.5, "text", b"raw", None, True, 1, False, "concat", 3, "tex"]:
    print(repr(v), kind(v))
