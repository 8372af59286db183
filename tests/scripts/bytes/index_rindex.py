# bytes.index and rindex: positions, start/end windows, int needles, and "subsection not found"
b = b'abcabc'
print(b.index(b'b'), b.rindex(b'b'), b.index(99), b.index(b'c', 3), b.rindex(b'a', 0, 3), b.index(b''), b.rindex(b''))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: b.index(b'z'))
show(lambda: b.rindex(b'z'))
show(lambda: b.index(b'a', 4))
show(lambda: b.index(300))
show(lambda: b.index('a'))
show(lambda: b.rindex())
