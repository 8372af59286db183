# An unclosed bracket reports where it was opened.
print("never printed")
values = max(1,
             2
