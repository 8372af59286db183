# A mistyped name in a function: the traceback suggests the closest of its variables.
def total(count):
    subtotal = count * 2
    return subtotl
total(1)
