# help(module) of a module without a docstring: NAME and DESCRIPTION come from its leading comment block
import io
import sys
import commented_module

folder = commented_module.__file__[:commented_module.__file__.rindex('/')]
captured = io.StringIO()
sys.stdout = captured
help(commented_module)
sys.stdout = sys.__stdout__
print(captured.getvalue().replace(folder, '<DIR>'))
