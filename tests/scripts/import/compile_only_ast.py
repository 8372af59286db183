# compile(..., PyCF_ONLY_AST) returns _ast node objects with CPython's fields and positions; errors are SyntaxErrors
import _ast
tree = compile('x = a.b[1:2] + f(*y, k=3)\nif x: pass', '<s>', 'exec', _ast.PyCF_ONLY_AST)
print(type(tree).__name__, [type(s).__name__ for s in tree.body])
assign = tree.body[0]
print([t.id for t in assign.targets], type(assign.value.op).__name__, assign.value.col_offset, assign.value.end_col_offset)
sub = assign.value.left
print(type(sub).__name__, sub.value.attr, type(sub.slice).__name__, sub.slice.lower.value, type(sub.ctx).__name__)
call = assign.value.right
print(call.func.id, type(call.args[0]).__name__, call.keywords[0].arg, call.keywords[0].value.value)
e = compile('lambda a, *b: a', '<e>', 'eval', _ast.PyCF_ONLY_AST)
print(type(e).__name__, type(e.body).__name__, [a.arg for a in e.body.args.args], e.body.args.vararg.arg)
print(type(compile('return 1', '<r>', 'exec', _ast.PyCF_ONLY_AST).body[0]).__name__)
try:
    compile('x = (', '<bad>', 'exec', _ast.PyCF_ONLY_AST)
except SyntaxError as err:
    print('SyntaxError', err.filename, err.lineno)
