# sys.flags without options (-E -X utf8=0 only pin what the environment and locale would change)
import sys
print(sys.flags)
print(sys.warnoptions, sys._xoptions, sys.dont_write_bytecode)
