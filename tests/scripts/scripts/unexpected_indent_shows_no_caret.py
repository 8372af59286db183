# "unexpected indent": the caret would fall in the indentation, so CPython prints none.
x = 1
        y = 2
