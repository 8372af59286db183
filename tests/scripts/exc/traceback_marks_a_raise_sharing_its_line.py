# A raise after other code on its line: the traceback marks the raise statement.
def fail(): raise ValueError("x")
fail()
