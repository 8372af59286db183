# A subscription that is the whole line still gets its ~ and ^ marks.
table = {}
table["k"]
