# -m mpkg: the package's __init__ runs, then its __main__ as __main__ (this file is only sys.argv[1])
print("module_package.py itself must not run")
