# Using an undefined name raises NameError, uncaught here.
print("start")
total = 0
total = total + undefined_quantity_xyz
