"""The classes of Python's abstract syntax tree, as CPython's C module _ast makes them
from its grammar description (Parser/Python.asdl), so that the ast module (CPython's
or ours) finds them. Building trees with compile(..., PyCF_ONLY_AST) is separate."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = "ast"

# The grammar's types: "name = Ctor(fields) | Ctor(fields) ... @ attributes" for sums,
# "name : fields @ attributes" for products. A field is "type name", with ? for
# optional (None when absent) and * for a list.
_POS = "int lineno, int col_offset, int? end_lineno, int? end_col_offset"
_GRAMMAR = f"""
mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body)
    | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
    | Return(expr? value) | Delete(expr* targets)
    | Assign(expr* targets, expr value, string? type_comment)
    | AugAssign(expr target, operator op, expr value)
    | AnnAssign(expr target, expr annotation, expr? value, int simple)
    | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)
    | With(withitem* items, stmt* body, string? type_comment)
    | AsyncWith(withitem* items, stmt* body, string? type_comment)
    | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)
    | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | Assert(expr test, expr? msg) | Import(alias* names)
    | ImportFrom(identifier? module, alias* names, int? level)
    | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value)
    | Pass | Break | Continue
    @ {_POS}
expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value)
    | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand)
    | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)
    | Dict(expr* keys, expr* values) | Set(expr* elts)
    | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators)
    | DictComp(expr key, expr value, comprehension* generators)
    | GeneratorExp(expr elt, comprehension* generators)
    | Await(expr value) | Yield(expr? value) | YieldFrom(expr value)
    | Compare(expr left, cmpop* ops, expr* comparators)
    | Call(expr func, expr* args, keyword* keywords)
    | FormattedValue(expr value, int conversion, expr? format_spec)
    | JoinedStr(expr* values) | Constant(constant value, string? kind)
    | Attribute(expr value, identifier attr, expr_context ctx)
    | Subscript(expr value, expr slice, expr_context ctx)
    | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx)
    | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx)
    | Slice(expr? lower, expr? upper, expr? step)
    @ {_POS}
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension : expr target, expr iter, expr* ifs, int is_async
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) @ {_POS}
arguments : arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults
arg : identifier arg, expr? annotation, string? type_comment @ {_POS}
keyword : identifier? arg, expr value @ {_POS}
alias : identifier name, identifier? asname @ {_POS}
withitem : expr context_expr, expr? optional_vars
match_case : pattern pattern, expr? guard, stmt* body
pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns)
    | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
    | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
    | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name)
    | MatchOr(pattern* patterns)
    @ int lineno, int col_offset, int end_lineno, int end_col_offset
type_ignore = TypeIgnore(int lineno, string tag)
"""


def _fields_of(text):
    return [f.split() for f in text.split(",") if f.strip()]


def _make(name, base, fields, attributes, doc):
    ns = {"_fields": tuple(n for _, n in fields), "_attributes": tuple(n for _, n in attributes),
          "__module__": "ast", "__doc__": doc}
    for typ, n in fields + attributes:
        if typ.endswith("?"):
            ns[n] = None
    if fields:
        ns["__match_args__"] = ns["_fields"]
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _signature(name, fields):
    return f"{name}({', '.join(t + ' ' + n for t, n in fields)})" if fields else name


def _build(grammar):
    # Join continuation lines, then one definition per line.
    lines = []
    for line in grammar.strip().splitlines():
        if line.startswith(" "):
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    for line in lines:
        body, _, attrs = line.partition("@")
        attributes = _fields_of(attrs)
        if " : " in body:
            name, _, fields = body.partition(" : ")
            fields = _fields_of(fields)
            _make(name.strip(), AST, fields, attributes, _signature(name.strip(), fields))
            continue
        name, _, ctors = body.partition(" = ")
        alternatives = [c.strip() for c in ctors.split("|")]
        parsed = []
        for alt in alternatives:
            ctor, _, rest = alt.partition("(")
            parsed.append((ctor.strip(), _fields_of(rest.rstrip(")"))))
        joiner = " | " if not any(f for _, f in parsed) else "\n     | "
        doc = f"{name.strip()} = " + joiner.join(_signature(c, f) for c, f in parsed)
        base = _make(name.strip(), AST, [], attributes, doc)
        for ctor, fields in parsed:
            _make(ctor, base, fields, attributes, _signature(ctor, fields))


_build(_GRAMMAR)
del _build, _make, _fields_of, _signature, _GRAMMAR, _POS
