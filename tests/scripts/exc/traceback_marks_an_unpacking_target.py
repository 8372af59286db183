# Too many values to unpack: the traceback marks the target.
pair = [1, 2, 3]
if pair: first, second = pair
