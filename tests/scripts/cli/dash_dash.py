# --: ends the options; -qc with its code attached is one argument
import sys
print("dash_dash runs", sys.argv)
