# help(module) and help('dotted.name'): NAME/DESCRIPTION/CLASSES/FUNCTIONS/DATA/FILE sections, names looked up by string, an unknown name
import io
import sys
import shapes

# The FILE section names the folder the test runs in: print it as <DIR>.
folder = shapes.__file__[:shapes.__file__.rindex('/')]
captured = io.StringIO()
sys.stdout = captured
help(shapes)
help('shapes.area')
help('shapes.Square')
help('len.nothing')
help('no_such_module_here')
sys.stdout = sys.__stdout__
print(captured.getvalue().replace(folder, '<DIR>'))
