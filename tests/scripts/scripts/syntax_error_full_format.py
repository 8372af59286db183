# The whole SyntaxError report: file, line, the source line and a caret under the error.
a = 1
b = 2 +
c = 3
