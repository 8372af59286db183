# -qc with the code attached: the rest of the command line is sys.argv[1:], this file is not run
print("not run")
