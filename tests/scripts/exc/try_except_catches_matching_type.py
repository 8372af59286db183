# except catches the first matching clause; non-matching clauses are skipped.
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    return "fine"
for kind in ["key", "index", "zero", "none"]:
    try:
        result = risky(kind)
        print("result", result)
    except KeyError:
        print("KeyError branch")
    except IndexError:
        print("IndexError branch")
    except Exception:
        print("generic branch")
