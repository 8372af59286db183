# -m mpkg.tool: the parent package is imported first, then the submodule runs as __main__
print("module_submodule.py itself must not run")
