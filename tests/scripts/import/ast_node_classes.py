# The _ast node classes: fields, attributes, optional fields as None, constructor rules, docs, hierarchy
import _ast
print(_ast.Name._fields, _ast.Name.__doc__, _ast.Name.__module__)
print(_ast.stmt._attributes, _ast.Constant().kind, _ast.Module._fields)
print(_ast.BinOp.__mro__[1:], issubclass(_ast.Add, _ast.operator), _ast.arguments._fields)
n = _ast.Name('x', _ast.Load(), lineno=2, col_offset=4)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.end_lineno, n.__match_args__)
try:
    _ast.Name('a', _ast.Load(), 3)
except TypeError as e:
    print(e)
try:
    _ast.Name().id
except AttributeError as e:
    print(e)
print(_ast.PyCF_ONLY_AST, _ast.MatchAs().pattern, _ast.ImportFrom._fields)
print(_ast.cmpop.__doc__)
