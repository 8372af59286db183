# Comments and blank lines anywhere do not change indentation or output.

# a comment at column 0


def f():
    # a comment inside a function

    x = 1  # trailing comment

        # an oddly indented comment is still only a comment
    return x
print(f())  # comment after a call
#last line comment without newline at end