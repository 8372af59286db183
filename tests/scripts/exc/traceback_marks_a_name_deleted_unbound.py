# del of an unbound name: the traceback marks the name.
if True: del never_bound
