# A typo: the host reports the SyntaxError and keeps running version 2.
def on_tick(n)
    return "never"
