# a folder given as the script runs its __main__.py, the folder first on sys.path
print("folder_main.py itself must not run")
