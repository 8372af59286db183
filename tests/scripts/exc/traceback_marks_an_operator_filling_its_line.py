# A binary operation that is the whole line still gets its ~ and ^ marks.
n = 1
n + "x"
