// Resolver tests: scopes, slots, closures and qualified names. Every expectation
// here was read off CPython 3.11 (the `symtable` module; code objects'
// co_varnames, co_cellvars, co_freevars and co_qualname), never off hotpy's own
// output.
//
// Slot layouts follow hotpy's rule (parameters, other locals and cells in order of
// first mention, then free variables); CPython's symtable gives the same sets, and
// its get_parameters() / get_symbols() give the same orders. A comprehension has
// no ".0" slot: hotpy passes its first iterator outside the frame.
#include <gtest/gtest.h>

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/str.h"
#include "resolver_test_support.h"

namespace hotpy {

// The evaluator (not linked into this test) runs Python functions; the resolver
// never calls one. Weak, so a real definition wins when the evaluator is linked.
__attribute__((weak)) Value call_function(FunctionObject*, const Value*, size_t, KwNames*) {
  return raise(&SystemErrorType, "no evaluator in this test");
}

namespace resolver_test {
namespace {

// ---------------------------------------------------------------------------
// Function scopes: locals, globals, slot layout

TEST(ResolverFunction, ParametersComeFirstInBindingOrderThenLocals) {
  Resolved r = resolve_ok(R"py(
def f(a, b=1, *args, c, d=2, **kw):
    e = a + b
    for g in args:
        h = g
    return e
)py");
  const ast::Scope& f = r.scope("f");
  EXPECT_EQ(f.type, ast::Scope::Type::Function);
  EXPECT_EQ(f.slot_names, (Strings{"a", "b", "c", "d", "args", "kw", "e", "g", "h"}));
  EXPECT_EQ(f.nslots, 9);
  EXPECT_TRUE(f.cell_slots.empty());
  EXPECT_TRUE(f.free_slots.empty());
  EXPECT_EQ(r.name("e", 0), "Fast 6");
  EXPECT_EQ(r.name("a", 0), "Fast 0");
  EXPECT_EQ(r.name("args", 0), "Fast 4");
  EXPECT_EQ(r.name("h", 0), "Fast 8");
  EXPECT_EQ(r.name("g", 1), "Fast 7");
  EXPECT_EQ(r.name("f"), "Global");  // the def's own target, at module level
}

TEST(ResolverFunction, PositionalOnlyParametersComeBeforeTheOthers) {
  Resolved r = resolve_ok("def f(p, /, q, *, r):\n    return p, q, r\n");
  EXPECT_EQ(r.scope("f").slot_names, (Strings{"p", "q", "r"}));
}

TEST(ResolverFunction, NamesBoundNowhereAreGlobal) {
  Resolved r = resolve_ok(R"py(
x = 1
def f():
    y = x
    print(y, z)
)py");
  EXPECT_EQ(r.scope("f").slot_names, (Strings{"y"}));
  EXPECT_EQ(r.name("x", 0), "Global");  // module level
  EXPECT_EQ(r.name("x", 1), "Global");  // implicit global in f
  EXPECT_EQ(r.name("print"), "Global");
  EXPECT_EQ(r.name("z"), "Global");
  EXPECT_EQ(r.name("y", 1), "Fast 0");
  EXPECT_EQ(r.unit->scope.nslots, 0);
  EXPECT_EQ(r.unit->scope.type, ast::Scope::Type::Module);
}

TEST(ResolverFunction, ABindingAfterTheUseStillMakesTheNameLocal) {
  Resolved r = resolve_ok(R"py(
def f():
    print(x)
    x = 1
)py");
  EXPECT_EQ(r.name("x", 0), "Fast 0");
  EXPECT_EQ(r.name("x", 1), "Fast 0");
}

TEST(ResolverFunction, EveryKindOfBindingMakesALocal) {
  Resolved r = resolve_ok(R"py(
def f():
    a, (b, *c) = 1, (2, 3)
    d += 1
    e: int
    with g() as h: pass
    try: pass
    except E as i: pass
    import j.k, l as m
    from n import o, p as q
    def r(): pass
    class s: pass
    del t
    [u := 1]
)py");
  EXPECT_EQ(r.scope("f").slot_names,
            (Strings{"a", "b", "c", "d", "e", "h", "i", "j", "m", "o", "q", "r", "s", "t", "u"}));
  EXPECT_EQ(r.name("g"), "Global");
  EXPECT_EQ(r.name("E"), "Global");
  EXPECT_EQ(r.name("i"), "Fast 6");  // the except handler's target Name
  EXPECT_EQ(r.name("j"), "Fast 7");  // import j.k binds j
  EXPECT_EQ(r.name("m"), "Fast 8");
  EXPECT_EQ(r.name("q"), "Fast 10");
  EXPECT_EQ(r.name("r"), "Fast 11");  // the def's target Name
  EXPECT_EQ(r.name("s"), "Fast 12");
  EXPECT_EQ(r.name("t"), "Fast 13");
}

TEST(ResolverFunction, GlobalDeclarationMakesStoresGlobalForChildrenToo) {
  Resolved r = resolve_ok(R"py(
x = 0
def f():
    global x
    x = 1
    def g():
        return x
)py");
  EXPECT_EQ(r.scope("f").slot_names, (Strings{"g"}));
  EXPECT_EQ(r.name("x", 1), "Global");
  EXPECT_EQ(r.name("x", 2), "Global");
  EXPECT_TRUE(r.scope("f.<locals>.g").free_slots.empty());
}

TEST(ResolverFunction, GlobalInAnInnerFunctionHidesTheOuterBinding) {
  // CPython: g's x is global, and f's x is a plain local, not a cell.
  Resolved r = resolve_ok(R"py(
def f():
    x = 1
    def g():
        global x
        def h():
            return x
        return x
)py");
  EXPECT_EQ(r.name("x", 0), "Fast 0");
  EXPECT_EQ(r.name("x", 1), "Global");
  EXPECT_EQ(r.name("x", 2), "Global");
  EXPECT_TRUE(r.scope("f").cell_slots.empty());
}

// ---------------------------------------------------------------------------
// Closures: cells and free variables

TEST(ResolverClosure, CapturedLocalsBecomeCellsAndInnerUsesFreeSlots) {
  Resolved r = resolve_ok(R"py(
def outer(p):
    c = 1
    def inner():
        return c + p
    return inner
)py");
  const ast::Scope& outer = r.scope("outer");
  EXPECT_EQ(outer.slot_names, (Strings{"p", "c", "inner"}));
  EXPECT_EQ(outer.cell_slots, (Ints{0, 1}));  // CPython: co_cellvars ('p', 'c')
  EXPECT_EQ(r.name("c", 0), "Deref 1");
  EXPECT_EQ(r.name("inner", 1), "Fast 2");

  const ast::Scope& inner = r.scope("outer.<locals>.inner");
  EXPECT_EQ(inner.slot_names, (Strings{"c", "p"}));  // co_freevars ('c', 'p')
  EXPECT_EQ(inner.free_slots, (Ints{0, 1}));
  EXPECT_EQ(inner.closure_from, (Ints{1, 0}));
  EXPECT_EQ(r.name("c", 1), "Deref 0");
  EXPECT_EQ(r.name("p", 0), "Deref 1");
}

TEST(ResolverClosure, IntermediateFunctionsPassFreeVariablesThrough) {
  Resolved r = resolve_ok(R"py(
def a():
    x = 1
    def b():
        def c():
            return x
        return c
    return b
)py");
  EXPECT_EQ(r.scope("a").slot_names, (Strings{"x", "b"}));
  EXPECT_EQ(r.scope("a").cell_slots, (Ints{0}));
  const ast::Scope& b = r.scope("a.<locals>.b");
  EXPECT_EQ(b.slot_names, (Strings{"c", "x"}));  // co_varnames ('c',), co_freevars ('x',)
  EXPECT_EQ(b.free_slots, (Ints{1}));
  EXPECT_EQ(b.closure_from, (Ints{0}));
  const ast::Scope& c = r.scope("a.<locals>.b.<locals>.c");
  EXPECT_EQ(c.slot_names, (Strings{"x"}));
  EXPECT_EQ(c.closure_from, (Ints{1}));
  EXPECT_EQ(r.name("x", 1), "Deref 0");
}

TEST(ResolverClosure, ACellStopsTheFreeVariableFromTravellingFurtherUp) {
  // CPython: g's x is the cell (co_cellvars ('x',)); f's own x stays a plain local.
  Resolved r = resolve_ok(R"py(
def f():
    x = 1
    def g():
        x = 2
        def h():
            return x
        return h
    return x
)py");
  EXPECT_TRUE(r.scope("f").cell_slots.empty());
  EXPECT_EQ(r.name("x", 0), "Fast 0");
  EXPECT_EQ(r.name("x", 3), "Fast 0");
  EXPECT_EQ(r.scope("f.<locals>.g").cell_slots, (Ints{0}));
  EXPECT_EQ(r.name("x", 1), "Deref 0");
  EXPECT_EQ(r.scope("f.<locals>.g.<locals>.h").closure_from, (Ints{0}));
}

TEST(ResolverClosure, NonlocalStoresIntoTheEnclosingCell) {
  Resolved r = resolve_ok(R"py(
def f():
    x = 0
    def g():
        nonlocal x
        x = 1
    return g
)py");
  EXPECT_EQ(r.scope("f").cell_slots, (Ints{0}));
  EXPECT_EQ(r.name("x", 0), "Deref 0");
  EXPECT_EQ(r.name("x", 1), "Deref 0");
  EXPECT_EQ(r.scope("f.<locals>.g").closure_from, (Ints{0}));
}

TEST(ResolverClosure, LambdaAndComprehensionChain) {
  Resolved r = resolve_ok(R"py(
def f():
    a = 1
    return lambda b: [a + b + c for c in range(3)]
)py");
  EXPECT_EQ(r.scope("f").cell_slots, (Ints{0}));
  const ast::Scope& lam = r.scope("f.<locals>.<lambda>");
  EXPECT_EQ(lam.type, ast::Scope::Type::Lambda);
  EXPECT_EQ(lam.slot_names, (Strings{"b", "a"}));  // co_cellvars ('b',), co_freevars ('a',)
  EXPECT_EQ(lam.cell_slots, (Ints{0}));
  EXPECT_EQ(lam.free_slots, (Ints{1}));
  EXPECT_EQ(lam.closure_from, (Ints{0}));
  const ast::Scope& comp = r.scope("f.<locals>.<lambda>.<locals>.<listcomp>");
  EXPECT_EQ(comp.type, ast::Scope::Type::Comprehension);
  EXPECT_EQ(comp.slot_names, (Strings{"c", "a", "b"}));  // co_freevars ('a', 'b')
  EXPECT_EQ(comp.free_slots, (Ints{1, 2}));
  EXPECT_EQ(comp.closure_from, (Ints{1, 0}));
  EXPECT_EQ(r.name("a", 1), "Deref 1");
  EXPECT_EQ(r.name("b", 0), "Deref 2");
  EXPECT_EQ(r.name("c", 0), "Fast 0");
  EXPECT_EQ(r.name("range"), "Global");  // the first iterable is evaluated in the lambda
}

// ---------------------------------------------------------------------------
// Class bodies

TEST(ResolverClass, ClassNamesAreNotVisibleInMethodsOrComprehensions) {
  Resolved r = resolve_ok(R"py(
class C:
    x = 1
    def m(self):
        return x
    y = [x for _ in range(3)]
)py");
  const ast::Scope& c = r.scope("C");
  EXPECT_EQ(c.type, ast::Scope::Type::Class);
  EXPECT_EQ(c.nslots, 0);
  EXPECT_EQ(r.name("x", 0), "ClassBody");
  EXPECT_EQ(r.name("x", 1), "Global");  // in m
  EXPECT_EQ(r.name("y"), "ClassBody");
  EXPECT_EQ(r.name("x", 2), "Global");      // in the listcomp
  EXPECT_EQ(r.name("range"), "ClassBody");  // first iterable: in the class body (LOAD_NAME)
  EXPECT_EQ(r.name("m"), "ClassBody");
  EXPECT_EQ(r.name("C"), "Global");
}

TEST(ResolverClass, ClassBodyReadsEnclosingFunctionVariableThroughClassDeref) {
  Resolved r = resolve_ok(R"py(
def f():
    x = 1
    class C:
        y = x
        def m(self):
            return x
)py");
  EXPECT_EQ(r.scope("f").slot_names, (Strings{"x", "C"}));
  EXPECT_EQ(r.scope("f").cell_slots, (Ints{0}));
  const ast::Scope& c = r.scope("f.<locals>.C");
  EXPECT_EQ(c.slot_names, (Strings{"x"}));  // co_freevars ('x',)
  EXPECT_EQ(c.free_slots, (Ints{0}));
  EXPECT_EQ(c.closure_from, (Ints{0}));
  EXPECT_EQ(r.name("x", 1), "ClassDeref 0");
  const ast::Scope& m = r.scope("f.<locals>.C.m");
  EXPECT_EQ(m.slot_names, (Strings{"self", "x"}));
  EXPECT_EQ(m.closure_from, (Ints{0}));
  EXPECT_EQ(r.name("x", 2), "Deref 1");
  EXPECT_EQ(r.name("C"), "Fast 1");
}

TEST(ResolverClass, ClassLevelBindingStillPassesTheOuterCellToMethods) {
  // CPython: C binds x itself (LOAD_NAME) and also carries f's x as a free
  // variable (co_freevars ('x',)) for m.
  Resolved r = resolve_ok(R"py(
def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
)py");
  const ast::Scope& c = r.scope("f.<locals>.C");
  EXPECT_EQ(c.slot_names, (Strings{"x"}));
  EXPECT_EQ(c.free_slots, (Ints{0}));
  EXPECT_EQ(r.name("x", 1), "ClassBody");
  EXPECT_EQ(r.scope("f.<locals>.C.m").closure_from, (Ints{0}));
  EXPECT_EQ(r.name("x", 2), "Deref 1");
}

TEST(ResolverClass, GlobalInClassBodyDoesNotReachItsMethods) {
  Resolved r = resolve_ok(R"py(
def f():
    x = 1
    class C:
        global x
        x = 2
        def g(self):
            return x
)py");
  EXPECT_EQ(r.name("x", 1), "Global");
  EXPECT_EQ(r.name("x", 2), "Deref 1");  // still f's x
  EXPECT_EQ(r.scope("f.<locals>.C").free_slots, (Ints{0}));
}

TEST(ResolverClass, NonlocalInClassBodyStoresThroughTheCell) {
  Resolved r = resolve_ok(R"py(
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x
)py");
  EXPECT_EQ(r.name("x", 1), "Deref 0");       // STORE_DEREF
  EXPECT_EQ(r.name("x", 2), "ClassDeref 0");  // LOAD_CLASSDEREF
}

TEST(ResolverClass, SuperCreatesTheImplicitClassCell) {
  Resolved r = resolve_ok(R"py(
class C:
    def m(self):
        return super().m()
    def n(self):
        return 1
)py");
  const ast::Scope& c = r.scope("C");
  EXPECT_EQ(c.class_cell_slot, 0);  // co_cellvars ('__class__',)
  EXPECT_EQ(c.cell_slots, (Ints{0}));
  EXPECT_EQ(c.slot_names, (Strings{"__class__"}));
  const ast::Scope& m = r.scope("C.m");
  EXPECT_TRUE(m.uses_class_cell);
  EXPECT_EQ(m.slot_names, (Strings{"self", "__class__"}));  // co_freevars ('__class__',)
  EXPECT_EQ(m.free_slots, (Ints{1}));
  EXPECT_EQ(m.closure_from, (Ints{0}));
  EXPECT_EQ(r.name("super"), "Global");
  const ast::Scope& n = r.scope("C.n");
  EXPECT_FALSE(n.uses_class_cell);
  EXPECT_TRUE(n.free_slots.empty());
}

TEST(ResolverClass, ClassCellReachesNestedFunctionsThroughTheMethod) {
  Resolved r = resolve_ok(R"py(
class C:
    def m(self):
        def g():
            return __class__
        return g
)py");
  EXPECT_EQ(r.scope("C").class_cell_slot, 0);
  const ast::Scope& m = r.scope("C.m");
  EXPECT_EQ(m.slot_names, (Strings{"self", "g", "__class__"}));
  EXPECT_EQ(m.closure_from, (Ints{0}));
  const ast::Scope& g = r.scope("C.m.<locals>.g");
  EXPECT_TRUE(g.uses_class_cell);
  EXPECT_EQ(g.closure_from, (Ints{2}));
  EXPECT_EQ(r.name("__class__"), "Deref 0");
}

TEST(ResolverClass, SuperOutsideAClassIsJustAGlobal) {
  Resolved r = resolve_ok("def f():\n    return super()\n");
  EXPECT_FALSE(r.scope("f").uses_class_cell);
  EXPECT_TRUE(r.scope("f").free_slots.empty());
  EXPECT_EQ(r.scope("f").nslots, 0);
}

TEST(ResolverClass, PrivateNamesAreMangledInsideTheClass) {
  Resolved r = resolve_ok(R"py(
class C:
    __x = 1
    def __m(self, __a):
        return self.__y + __a
)py");
  EXPECT_EQ(r.name_node("__x")->interned, intern("_C__x"));
  EXPECT_EQ(r.name_node("__m")->interned, intern("_C__m"));
  EXPECT_EQ(r.scope("C.__m").slot_names, (Strings{"self", "_C__a"}));  // co_varnames
  EXPECT_EQ(r.name("__a"), "Fast 1");
  ASSERT_EQ(r.all.attributes.size(), 1u);
  EXPECT_EQ(r.all.attributes[0]->interned, intern("_C__y"));
  EXPECT_EQ(r.scope("C.__m").qualname, "C.__m");  // co_qualname keeps the written name
}

TEST(ResolverClass, NamesEndingInTwoUnderscoresAreNotMangled) {
  // CPython: co_varnames of the listcomp is ('.0', '__'); __y__ stays as written.
  Resolved r = resolve_ok(R"py(
class C:
    def m(self):
        return [__ for __ in range(3)], __y__
)py");
  EXPECT_EQ(r.scope("C.m.<locals>.<listcomp>").slot_names, (Strings{"__"}));
  EXPECT_EQ(r.name_node("__y__")->interned, intern("__y__"));
}

// ---------------------------------------------------------------------------
// Comprehensions

TEST(ResolverComprehension, TargetsAreLocalAndTheFirstIterableIsOutside) {
  Resolved r = resolve_ok(R"py(
def f(xs):
    return [y * k for y in xs if y for k in range(y)]
)py");
  const ast::Scope& comp = r.scope("f.<locals>.<listcomp>");
  EXPECT_EQ(comp.name, "<listcomp>");
  EXPECT_EQ(comp.slot_names, (Strings{"y", "k"}));  // co_varnames ('.0', 'y', 'k')
  EXPECT_EQ(r.name("xs", 0), "Fast 0");             // the parameter, read in f
  EXPECT_EQ(r.name("y", 0), "Fast 0");
  EXPECT_EQ(r.name("k", 0), "Fast 1");
  EXPECT_EQ(r.name("range"), "Global");
  EXPECT_TRUE(r.scope("f").cell_slots.empty());
  EXPECT_FALSE(comp.is_generator);
}

TEST(ResolverComprehension, WalrusBindsInTheEnclosingFunction) {
  Resolved r = resolve_ok(R"py(
def f(xs):
    if any((t := x) > 1 for x in xs):
        return t
)py");
  EXPECT_EQ(r.scope("f").slot_names, (Strings{"xs", "t"}));
  EXPECT_EQ(r.scope("f").cell_slots, (Ints{1}));  // co_cellvars ('t',)
  const ast::Scope& gen = r.scope("f.<locals>.<genexpr>");
  EXPECT_TRUE(gen.is_generator);
  EXPECT_EQ(gen.slot_names, (Strings{"x", "t"}));  // co_freevars ('t',)
  EXPECT_EQ(gen.closure_from, (Ints{1}));
  EXPECT_EQ(r.name("t", 0), "Deref 1");
  EXPECT_EQ(r.name("t", 1), "Deref 1");
}

TEST(ResolverComprehension, WalrusInsideALambdaBindsInTheLambda) {
  Resolved r = resolve_ok("f = lambda xs: [(t := x) for x in xs] and t\n");
  const ast::Scope& lam = r.scope("<lambda>");
  EXPECT_EQ(lam.slot_names, (Strings{"xs", "t"}));  // co_cellvars ('t',)
  EXPECT_EQ(lam.cell_slots, (Ints{1}));
  EXPECT_EQ(r.scope("<lambda>.<locals>.<listcomp>").closure_from, (Ints{1}));
  EXPECT_EQ(r.name("t", 0), "Deref 1");
  EXPECT_EQ(r.name("t", 1), "Deref 1");
}

TEST(ResolverComprehension, WalrusAtModuleLevelBindsAGlobal) {
  Resolved r = resolve_ok("ys = [(last := v) for v in range(3)]\n");
  EXPECT_EQ(r.name("last"), "Global");
  EXPECT_EQ(r.scope("<listcomp>").slot_names, (Strings{"v"}));
}

TEST(ResolverComprehension, EachKindHasItsName) {
  Resolved r = resolve_ok("a = {x for x in y}\nb = {k: v for k, v in z}\nc = (w for w in u)\n");
  EXPECT_EQ(r.scope("<setcomp>").name, "<setcomp>");
  EXPECT_EQ(r.scope("<dictcomp>").slot_names, (Strings{"k", "v"}));
  EXPECT_EQ(r.scope("<genexpr>").name, "<genexpr>");
}

// ---------------------------------------------------------------------------
// Qualified names and generators

TEST(ResolverQualname, MatchesCPython) {
  Resolved r = resolve_ok(R"py(
def f():
    def g():
        pass
    class C:
        def m(self):
            return [lambda: 1 for _ in ()]
    h = lambda: 0
    return (x for x in ())
class D:
    def __priv(self):
        pass
    class E:
        pass
def outer():
    global helper
    def helper():
        pass
    class K:
        def __init__(self): pass
)py");
  EXPECT_EQ(r.unit->scope.qualname, "<module>");
  EXPECT_EQ(r.scope("f.<locals>.g").name, "g");
  EXPECT_EQ(r.scope("f.<locals>.C").name, "C");
  EXPECT_EQ(r.scope("f.<locals>.C.m").name, "m");
  EXPECT_EQ(r.scope("f.<locals>.C.m.<locals>.<listcomp>").name, "<listcomp>");
  EXPECT_EQ(r.scope("f.<locals>.C.m.<locals>.<listcomp>.<lambda>").name, "<lambda>");
  EXPECT_EQ(r.scope("f.<locals>.<lambda>").name, "<lambda>");
  EXPECT_EQ(r.scope("f.<locals>.<genexpr>").name, "<genexpr>");
  EXPECT_EQ(r.scope("D.__priv").name, "__priv");
  EXPECT_EQ(r.scope("D.E").name, "E");
  EXPECT_EQ(r.scope("helper").name, "helper");  // declared global in outer
  EXPECT_EQ(r.scope("outer.<locals>.K.__init__").name, "__init__");
  EXPECT_EQ(r.all.scopes.size(), 15u);
}

TEST(ResolverGenerator, YieldMakesOnlyItsOwnFunctionAGenerator) {
  Resolved r = resolve_ok(R"py(
def f():
    def g():
        yield 1
    h = lambda: (yield)
    return [x for x in g()]
def k():
    yield from f()
)py");
  EXPECT_FALSE(r.scope("f").is_generator);
  EXPECT_TRUE(r.scope("f.<locals>.g").is_generator);
  EXPECT_TRUE(r.scope("f.<locals>.<lambda>").is_generator);
  EXPECT_FALSE(r.scope("f.<locals>.<listcomp>").is_generator);
  EXPECT_TRUE(r.scope("k").is_generator);
}

// ---------------------------------------------------------------------------
// Runtime values attached to the tree

TEST(ResolverValues, NamesAttributesKeywordsAliasesAndConstantsGetTheirObjects) {
  Resolved r = resolve_ok("import os.path as p\nx = f(1, key='s').attr\n");
  for (const ast::Name* n : r.all.names) {
    EXPECT_EQ(n->interned, intern(n->id)) << n->id;
  }
  ASSERT_EQ(r.all.attributes.size(), 1u);
  EXPECT_EQ(r.all.attributes[0]->interned, intern("attr"));
  ASSERT_EQ(r.all.constants.size(), 2u);
  for (const ast::Constant* c : r.all.constants) EXPECT_FALSE(c->value.is_null());
  auto* imp = static_cast<ast::Import*>(r.unit->body[0]);
  EXPECT_EQ(imp->names[0].interned_name, intern("os.path"));
  EXPECT_EQ(imp->names[0].interned_asname, intern("p"));
  EXPECT_EQ(imp->names[0].target->id, "p");
  auto* assign = static_cast<ast::Assign*>(r.unit->body[1]);
  auto* call = static_cast<ast::Call*>(static_cast<ast::Attribute*>(assign->value)->value);
  EXPECT_EQ(call->keywords[0].interned, intern("key"));
}

}  // namespace
}  // namespace resolver_test
}  // namespace hotpy
