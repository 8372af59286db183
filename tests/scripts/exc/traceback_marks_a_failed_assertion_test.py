# A failed assert: the traceback marks its test.
if True: assert 1 == 2, "not equal"
