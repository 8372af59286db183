# sys.flags, sys.warnoptions, sys._xoptions after combined short flags, -W/-X in both forms
import sys
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode, __debug__)
