// The abstract syntax tree of one source unit: every node kind in one place.
//
// The parser (grammar/parser.y) builds the tree; actions only build nodes. The
// resolver (src/resolve/) then fills the fields marked "resolver:" (name scopes,
// slot numbers, interned names, constant values); the evaluator (src/eval/) walks
// the result. Nodes live in the Unit's arena and are never freed one by one, so
// children are plain pointers. Names of fields follow CPython's `ast` module.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ast/operators.h"
#include "objects/value.h"

namespace hotpy {
struct StrObject;
struct DictObject;
struct SharedKeys;
struct Frame;
enum class [[nodiscard]] Completion : uint8_t;  // eval/frame.h
}

namespace hotpy::ast {

// A source position: 1-based lines, 0-based columns counted in bytes, as CPython's
// lineno/col_offset. end_* point one past the last byte.
struct Loc {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

#define HOTPY_EXPR_KINDS(X)                                                      \
  X(Name) X(Constant) X(JoinedStr) X(FormattedValue) X(BinOp) X(UnaryOp)         \
  X(BoolOp) X(Compare) X(IfExp) X(NamedExpr) X(Lambda) X(Call) X(Attribute)      \
  X(Subscript) X(Slice) X(Starred) X(Tuple) X(List) X(Set) X(Dict) X(ListComp)   \
  X(SetComp) X(DictComp) X(GeneratorExp) X(Yield) X(YieldFrom) X(Await)

#define HOTPY_STMT_KINDS(X)                                                      \
  X(ExprStmt) X(Assign) X(AugAssign) X(AnnAssign) X(Delete) X(Pass) X(Break)     \
  X(Continue) X(Return) X(Raise) X(Assert) X(Global) X(Nonlocal) X(Import)       \
  X(ImportFrom) X(Print) X(If) X(While) X(For) X(With) X(Try) X(FunctionDef)     \
  X(ClassDef) X(Match)

// Patterns of `match` (CPython's pattern_ty kinds).
#define HOTPY_PATTERN_KINDS(X)                                                   \
  X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) X(MatchClass) \
  X(MatchStar) X(MatchAs) X(MatchOr)

enum class Kind : uint8_t {
#define HOTPY_KIND_ENUM(k) k,
  HOTPY_EXPR_KINDS(HOTPY_KIND_ENUM) HOTPY_STMT_KINDS(HOTPY_KIND_ENUM)
  HOTPY_PATTERN_KINDS(HOTPY_KIND_ENUM)
#undef HOTPY_KIND_ENUM
};
const char* kind_name(Kind k);  // "Name", "If", ... (ast.cpp)

struct Node {
  Kind kind;
  Loc loc;
  Node(Kind k, Loc l) : kind(k), loc(l) {}
  virtual ~Node() = default;
  // Nodes are made only by Unit::make, in the Unit's arena.
  static void* operator new(size_t) = delete;
};
struct Expr : Node {
  using Node::Node;
  // evaluator: this node's handler, chosen on its first evaluation (eval/expr.cpp),
  // so each later evaluation is one direct call to code specialised for it.
  using EvalFn = Value (*)(Frame*, const Expr*);
  mutable EvalFn eval_fn = nullptr;
};
struct Stmt : Node {
  using Node::Node;
  // evaluator: this statement's handler, chosen on its first execution.
  using ExecFn = Completion (*)(Frame*, const Stmt*);
  mutable ExecFn exec_fn = nullptr;
};
using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;

enum class Ctx : uint8_t { Load, Store, Del };

// ---------------------------------------------------------------------------
// Scopes (resolver output)

// Where a name lives at run time.
enum class NameScope : uint8_t {
  Unresolved,
  Fast,       // a plain local: frame slot `slot`
  Deref,      // a cell or free variable: frame slot `slot` holds a Cell
  Global,     // module dict, then builtins (module level, `global`, implicit global)
  ClassBody,  // class body: the class namespace dict, then globals, then builtins
  ClassDeref, // class body reading a free variable: namespace dict, then the cell in `slot`
};

// One code block that runs in its own frame: module, class body, function, lambda,
// comprehension or generator expression.
struct Scope {
  enum class Type : uint8_t { Module, Class, Function, Lambda, Comprehension };
  Type type = Type::Module;
  std::string name;       // function/class name, "<lambda>", "<listcomp>", "<module>"
  std::string qualname;   // CPython's __qualname__: "C.method.<locals>.inner"
  int nslots = 0;         // frame size: parameters, locals, then free variables
  std::vector<std::string> slot_names;  // name of each slot (error messages, locals())
  // Slots whose variable is captured by an inner scope: at frame entry each gets a
  // fresh Cell (a parameter's Cell starts with the argument's value).
  std::vector<int> cell_slots;
  // Free variables: frame slot i = free_slots[k] receives the function's closure[k].
  std::vector<int> free_slots;
  // For the block that *creates* this scope's function: closure[k] is the Cell in
  // the creating frame's slot closure_from[k]. (Parallel to free_slots.)
  std::vector<int> closure_from;
  bool is_generator = false;    // runs as a GeneratorObject: yield / yield from, or async def
  bool is_async = false;        // `async def` (a coroutine, or with yield an async generator)
  bool has_yield = false;       // the body contains yield / yield from
  int yield_count = 0;          // how many yield / yield from expressions the body has
  // evaluator: whether a generator body runs without a stack of its own
  // (gen_stackless.cpp): -1 not decided yet, 0 no, 1 yes.
  mutable int8_t stackless = -1;
  bool uses_class_cell = false; // function: refers to super() or __class__ (a free var)
  int class_cell_slot = -1;     // class scope: slot of the implicit __class__ cell, or -1
};

// ---------------------------------------------------------------------------
// Expressions

// The fields the evaluator reads on every evaluation come first, next to the node's
// kind and handler, so that a node costs the CPU one cache line, not two.
struct Name final : Expr {
  Ctx ctx;
  NameScope scope = NameScope::Unresolved;  // resolver:
  int slot = -1;                            // resolver: for Fast/Deref/ClassDeref
  StrObject* interned = nullptr;            // resolver: interned id (immortal)
  // evaluator: where a Global name was last found. Valid while `cache_globals` is
  // the frame's globals and both dicts still have the recorded versions (dict
  // versions never repeat, so a freed and reused address cannot match; a dict's
  // entries move only in a change, which gives it a new version).
  mutable DictObject* cache_globals = nullptr;
  mutable DictObject* cache_where = nullptr;
  mutable uint64_t cache_gver = 0, cache_wver = 0;
  mutable const Value* cache_value = nullptr;  // the entry's value in cache_where
  std::string id;
  Name(Loc l, std::string i, Ctx c) : Expr(Kind::Name, l), ctx(c), id(std::move(i)) {}
};

struct Constant final : Expr {
  enum class Type : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };
  Value value;      // resolver: the runtime object, made once (first: what evaluation reads)
  Type type;
  double fval = 0;  // Float and Imaginary
  // Int: the literal without underscores, prefix kept ("0x1F", "123", "0o17").
  // Str: the decoded UTF-8 text. Bytes: the decoded bytes.
  std::string text;
  Constant(Loc l, Type t) : Expr(Kind::Constant, l), type(t) {}
};

// f-string: values are Constant(Str) and FormattedValue parts, in order.
struct JoinedStr final : Expr {
  ExprList values;
  explicit JoinedStr(Loc l) : Expr(Kind::JoinedStr, l) {}
};
struct FormattedValue final : Expr {
  Expr* value;
  char conversion = 0;            // 0, 's', 'r' or 'a'
  Expr* format_spec = nullptr;    // a JoinedStr, or null
  FormattedValue(Loc l, Expr* v) : Expr(Kind::FormattedValue, l), value(v) {}
};

// Operand links (resolver: resolve/operand_links.cpp): a *_slot field is the frame
// slot of that operand when it is a plain local (a Name the classifier made Fast),
// else -1, so the evaluator reads the local without visiting the operand's node.
struct BinOpExpr final : Expr {
  BinOp op;
  int32_t left_slot = -1, right_slot = -1;  // resolver: operand links
  Expr* left;
  Expr* right;
  int64_t right_int = 0;  // resolver: right's value when it is an int constant stored inline
  // evaluator: the left operand's class when last seen, at its version, and its
  // dunder for `op` when that is a Python function its slot would call (else null).
  mutable const TypeObject* dunder_type = nullptr;
  mutable uint64_t dunder_version = 0;
  mutable Object* dunder_fn = nullptr;
  BinOpExpr(Loc l, BinOp o, Expr* a, Expr* b) : Expr(Kind::BinOp, l), op(o), left(a), right(b) {}
};
struct UnaryOpExpr final : Expr {
  UnaryOp op;
  Expr* operand;
  // evaluator: `-1`, `+2.5`, `~0` computed once (CPython's compiler folds them).
  mutable Value folded;
  UnaryOpExpr(Loc l, UnaryOp o, Expr* e) : Expr(Kind::UnaryOp, l), op(o), operand(e) {}
};
struct BoolOp final : Expr {
  bool is_and;
  ExprList values;  // two or more
  BoolOp(Loc l, bool a) : Expr(Kind::BoolOp, l), is_and(a) {}
};
struct Compare final : Expr {
  // resolver: ops[0] and comparators[0], here so that a single comparison reads
  // neither vector, and operand links for left and comparators[0].
  CompareOp first_op = CompareOp::Eq;
  int32_t left_slot = -1, right_slot = -1;
  Expr* first_comparator = nullptr;
  int64_t right_int = 0;  // comparators[0]'s value when it is an int constant stored inline
  Expr* left;
  std::vector<CompareOp> ops;
  ExprList comparators;  // parallel to ops
  Compare(Loc l, Expr* e) : Expr(Kind::Compare, l), left(e) {}
};
struct IfExp final : Expr {
  Expr* test;
  Expr* body;
  Expr* orelse;
  IfExp(Loc l, Expr* t, Expr* b, Expr* o) : Expr(Kind::IfExp, l), test(t), body(b), orelse(o) {}
};
struct NamedExpr final : Expr {
  Name* target;
  Expr* value;
  NamedExpr(Loc l, Name* t, Expr* v) : Expr(Kind::NamedExpr, l), target(t), value(v) {}
};

// Parameters of a def or lambda.
struct Arg {
  std::string name;
  Expr* annotation = nullptr;  // parsed, then ignored
  Loc loc;
};
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  Arg* vararg = nullptr;               // *args (owned by the Unit's arg arena)
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;                // parallel to kwonlyargs; null = required
  Arg* kwarg = nullptr;                // **kwargs
  ExprList defaults;                   // for the last len(defaults) positional params
  // Slot layout (resolver follows it): posonlyargs, args, kwonlyargs, vararg, kwarg.
};

struct Lambda final : Expr {
  Arguments* args;
  Expr* body;
  Scope scope;
  Lambda(Loc l, Arguments* a, Expr* b) : Expr(Kind::Lambda, l), args(a), body(b) {}
};

struct Keyword {
  std::string arg;  // empty for **mapping
  Expr* value;
  Loc loc;
  StrObject* interned = nullptr;  // resolver: interned arg
};
struct Call final : Expr {
  Expr* func;
  // evaluator: 1 when there is no *args/**kwargs (the fast path), 0 otherwise, -1 unknown
  mutable int8_t simple = -1;
  ExprList args;                   // Starred for *iterable
  std::vector<Keyword> keywords;
  // evaluator: the keyword names as a tuple, made on the first call (static keywords only)
  mutable Value kwnames;
  // evaluator: the plain class last called here, at its version, and the __init__
  // its instances get (plain_class_init; null when calling it is not that simple).
  mutable const TypeObject* init_type = nullptr;
  mutable uint64_t init_version = 0;
  mutable Object* init_fn = nullptr;
  Call(Loc l, Expr* f) : Expr(Kind::Call, l), func(f) {}
};
struct Attribute final : Expr {
  Expr* value;
  StrObject* interned = nullptr;  // resolver: interned attr
  Ctx ctx;
  int32_t value_slot = -1;  // resolver: operand link (`self.x` reads self in the frame)
  // evaluator (eval/attr_cache.cpp): what the classes of the last receivers said about
  // `attr` (up to four classes: a call site in a base class sees its subclasses),
  // each valid while its class keeps `version` (versions never repeat): the class
  // attribute found along the MRO (not owned: the class's dicts hold it while the
  // version holds) or null for none, and where `attr` was last found in an instance dict.
  struct AttrCacheEntry {
    const TypeObject* type = nullptr;
    uint64_t version = 0;
    // Instances keeping their attributes inline: their class's names, and the
    // position of `attr` among them (or -1 if it was not among the first `scanned`).
    const SharedKeys* keys = nullptr;
    Object* descr = nullptr;
    int32_t key_index = -1;
    uint32_t scanned = 0;
    bool plain = false;  // instances are plain InstanceObjects with a dict
    bool no_own = false;  // instances (of a builtin type) never have attributes of their own
    int32_t index = -1;  // the dict entry where the name was last found (or -1)
    // The one field the inline readers check against the class's version, for a plain
    // class with shared keys: inline_fast(version) when it has nothing of this name
    // (instances keep it inline), method_fast(version) when it has a heap object of
    // this name that its instances do not shadow yet; else 0, which no class has.
    uint64_t fast_version = 0;
    static uint64_t inline_fast(uint64_t v) { return v << 1; }
    static uint64_t method_fast(uint64_t v) { return v << 1 | 1; }
  };
  static constexpr int kAttrCacheWays = 4;
  mutable uint8_t cache_next = 0;  // the entry the next new class takes
  mutable AttrCacheEntry cache[kAttrCacheWays];
  std::string attr;
  Attribute(Loc l, Expr* v, std::string a, Ctx c) : Expr(Kind::Attribute, l), value(v), ctx(c), attr(std::move(a)) {}
};
struct Subscript final : Expr {
  Expr* value;
  Expr* slice;  // a Slice, a Tuple (of Slices or exprs), or an expression
  Ctx ctx;
  int32_t value_slot = -1, slice_slot = -1;  // resolver: operand links
  Subscript(Loc l, Expr* v, Expr* s, Ctx c) : Expr(Kind::Subscript, l), value(v), slice(s), ctx(c) {}
};
struct Slice final : Expr {
  Expr* lower;  // each may be null
  Expr* upper;
  Expr* step;
  Slice(Loc l, Expr* a, Expr* b, Expr* c) : Expr(Kind::Slice, l), lower(a), upper(b), step(c) {}
};
struct Starred final : Expr {
  Expr* value;
  Ctx ctx;
  Starred(Loc l, Expr* v, Ctx c) : Expr(Kind::Starred, l), value(v), ctx(c) {}
};
// Tuple and List share a layout; kind tells them apart.
struct Sequence final : Expr {
  ExprList elts;
  Ctx ctx;
  // resolver (operand links): a target `a, b = ...` or `for k, v in ...` whose items are
  // all plain locals keeps their slots here (at most 14, each below 255), so an exact
  // tuple unpacks without visiting the item nodes; else n_store_slots is 0.
  uint8_t n_store_slots = 0;
  uint8_t store_slots[14] = {};
  // evaluator: a tuple display of constants only, made once (CPython folds it into a
  // constant of the code object, so every evaluation gives the same tuple).
  mutable Value folded;
  Sequence(Kind k, Loc l, Ctx c) : Expr(k, l), ctx(c) {}
};
struct SetExpr final : Expr {
  ExprList elts;
  explicit SetExpr(Loc l) : Expr(Kind::Set, l) {}
};
struct DictExpr final : Expr {
  ExprList keys;    // null key: `**mapping` in values[i]
  ExprList values;
  explicit DictExpr(Loc l) : Expr(Kind::Dict, l) {}
};

struct Comprehension {
  Expr* target;
  Expr* iter;
  ExprList ifs;
  bool is_async = false;  // `async for`
  int32_t target_slot = -1;  // resolver: operand link, for a target that is a plain local
};
// ListComp, SetComp, DictComp and GeneratorExp. The first generator's iter is
// evaluated in the enclosing scope (CPython's rule); everything else in `scope`.
struct Comp final : Expr {
  Expr* elt;                 // element (DictComp: key)
  Expr* value = nullptr;     // DictComp only
  std::vector<Comprehension> generators;
  Scope scope;
  // evaluator: a generator expression's __qualname__, made on its first run and shared
  // by the generators it makes (as CPython's code object shares it).
  mutable Value qualname_value;
  Comp(Kind k, Loc l, Expr* e) : Expr(k, l), elt(e) {}
};

struct YieldExpr final : Expr {  // Yield, YieldFrom and Await
  Expr* value;                   // may be null for a bare `yield`
  YieldExpr(Kind k, Loc l, Expr* v) : Expr(k, l), value(v) {}
};

// ---------------------------------------------------------------------------
// Statements

struct ExprStmt final : Stmt {
  Expr* value;
  ExprStmt(Loc l, Expr* v) : Stmt(Kind::ExprStmt, l), value(v) {}
};
struct Assign final : Stmt {
  ExprList targets;  // a = b = value: two targets
  Expr* value;
  // resolver: targets[0] when it is the only one (read without the vector), and its
  // slot when it is a plain local (-1 otherwise).
  Expr* only_target = nullptr;
  int32_t target_slot = -1;
  Assign(Loc l, Expr* v) : Stmt(Kind::Assign, l), value(v) {}
};
struct AugAssign final : Stmt {
  Expr* target;
  BinOp op;
  int32_t target_slot = -1, value_slot = -1;  // resolver: operand links
  Expr* value;
  AugAssign(Loc l, Expr* t, BinOp o, Expr* v) : Stmt(Kind::AugAssign, l), target(t), op(o), value(v) {}
};
struct AnnAssign final : Stmt {
  Expr* target;
  Expr* annotation;        // parsed, then ignored
  Expr* value = nullptr;   // may be null: `x: int`
  bool simple;             // target is a plain name, not in parentheses
  AnnAssign(Loc l, Expr* t, Expr* a, Expr* v, bool s)
      : Stmt(Kind::AnnAssign, l), target(t), annotation(a), value(v), simple(s) {}
};
struct Delete final : Stmt {
  ExprList targets;
  explicit Delete(Loc l) : Stmt(Kind::Delete, l) {}
};
// Pass, Break and Continue carry nothing.
struct Simple final : Stmt {
  Simple(Kind k, Loc l) : Stmt(k, l) {}
};
struct Return final : Stmt {
  Expr* value;  // may be null
  int32_t value_slot = -1;  // resolver: operand link
  Return(Loc l, Expr* v) : Stmt(Kind::Return, l), value(v) {}
};
struct Raise final : Stmt {
  Expr* exc;    // null: bare raise
  Expr* cause;  // `from` clause, or null
  Raise(Loc l, Expr* e, Expr* c) : Stmt(Kind::Raise, l), exc(e), cause(c) {}
};
struct Assert final : Stmt {
  Expr* test;
  Expr* msg;  // may be null
  Assert(Loc l, Expr* t, Expr* m) : Stmt(Kind::Assert, l), test(t), msg(m) {}
};
// Global and Nonlocal.
struct NameDecl final : Stmt {
  std::vector<std::string> names;
  NameDecl(Kind k, Loc l) : Stmt(k, l) {}
};

struct Alias {
  std::string name;    // dotted for `import a.b.c`; "*" for `from m import *`
  std::string asname;  // empty when absent
  Loc loc;
  StrObject* interned_name = nullptr;    // resolver
  StrObject* interned_asname = nullptr;  // resolver
  Name* target = nullptr;  // resolver: Name(Store) the import binds ("a" for `import a.b`); null for *
};
struct Import final : Stmt {
  std::vector<Alias> names;
  explicit Import(Loc l) : Stmt(Kind::Import, l) {}
};
struct ImportFrom final : Stmt {
  std::string module;  // may be empty: `from . import x`
  std::vector<Alias> names;
  int level = 0;       // number of leading dots
  explicit ImportFrom(Loc l) : Stmt(Kind::ImportFrom, l) {}
};
// The Python 2 print statement: `print >>dest, a, b,`.
struct Print final : Stmt {
  Expr* dest = nullptr;  // `>>dest`, or null for sys.stdout
  ExprList values;
  bool newline = true;   // false when the statement ends in a comma
  explicit Print(Loc l) : Stmt(Kind::Print, l) {}
};

struct If final : Stmt {  // elif chains nest in orelse
  Expr* test;
  StmtList body, orelse;
  If(Loc l, Expr* t) : Stmt(Kind::If, l), test(t) {}
};
struct While final : Stmt {
  Expr* test;
  StmtList body, orelse;
  While(Loc l, Expr* t) : Stmt(Kind::While, l), test(t) {}
};
struct For final : Stmt {
  Expr* target;
  Expr* iter;
  StmtList body, orelse;
  bool is_async = false;  // `async for`
  int32_t target_slot = -1;  // resolver: operand link, for a target that is a plain local
  For(Loc l, Expr* t, Expr* i) : Stmt(Kind::For, l), target(t), iter(i) {}
};
struct WithItem {
  Expr* context_expr;
  Expr* optional_vars;  // may be null
};
struct With final : Stmt {
  std::vector<WithItem> items;
  StmtList body;
  bool is_async = false;  // `async with`
  explicit With(Loc l) : Stmt(Kind::With, l) {}
};
struct ExceptHandler {
  Expr* type;          // null: bare except
  std::string name;    // empty when there is no `as`
  StmtList body;
  Loc loc;
  Name* target = nullptr;  // resolver: a Name(Store) node for `as name`, resolved
  bool is_star = false;    // `except*`
  Loc head;                // the `except` keyword, through the `*` of `except*`
};
struct Try final : Stmt {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse, finalbody;
  bool is_star = false;  // the handlers are `except*` (PEP 654)
  explicit Try(Loc l) : Stmt(Kind::Try, l) {}
};
struct FunctionDef final : Stmt {
  std::string name;
  Arguments* args;
  StmtList body;
  ExprList decorator_list;
  Expr* returns = nullptr;  // parsed, then ignored
  Scope scope;
  Name* target = nullptr;   // resolver: Name(Store) the function is bound to
  FunctionDef(Loc l, std::string n, Arguments* a) : Stmt(Kind::FunctionDef, l), name(std::move(n)), args(a) {}
};
struct ClassDef final : Stmt {
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorator_list;
  Scope scope;
  Name* target = nullptr;   // resolver: Name(Store) the class is bound to
  ClassDef(Loc l, std::string n) : Stmt(Kind::ClassDef, l), name(std::move(n)) {}
};

// One node for every pattern kind; `kind` says which fields are used.
//   MatchValue: value (a Constant, signed number or dotted name), compared with ==.
//   MatchSingleton: value (None/True/False Constant), compared with `is`.
//   MatchSequence: patterns (at most one MatchStar). MatchOr: patterns (alternatives).
//   MatchMapping: keys and patterns in parallel; rest (`**rest`), may be empty.
//   MatchClass: value (the class expression), patterns (positional),
//     kwd_attrs and kwd_patterns in parallel.
//   MatchStar: name (empty for `*_`). MatchAs: pattern (null: a bare capture or
//     `_`) and name (empty for `_`).
struct Pattern final : Node {
  Expr* value = nullptr;
  std::vector<Pattern*> patterns;
  ExprList keys;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
  Pattern* pattern = nullptr;
  std::string name;                          // MatchAs, MatchStar; MatchMapping: rest
  Name* target = nullptr;                    // Name(Store) for `name`, made by the parser
  std::vector<StrObject*> kwd_interned;      // resolver: kwd_attrs, interned
  Pattern(Kind k, Loc l) : Node(k, l) {}
};
struct MatchCase {
  Pattern* pattern;
  Expr* guard;  // may be null
  StmtList body;
};
struct Match final : Stmt {
  Expr* subject;
  std::vector<MatchCase> cases;
  Match(Loc l, Expr* s) : Stmt(Kind::Match, l), subject(s) {}
};

// ---------------------------------------------------------------------------
// A parsed source unit: owns every node. Function objects keep their Unit alive,
// so code of an old version of a module stays valid after a reload.

enum class Mode : uint8_t {
  File,         // a module or script
  Interactive,  // one REPL input: expression statements echo their value
  Eval,         // eval(): body is one ExprStmt whose value is the result
};

// The memory of one Unit's nodes: bump allocation in chunks, all given back when
// the Unit dies. A large module makes hundreds of thousands of nodes; a malloc per
// node, or a free list that hands back nodes scattered over memory, made
// allocation a tenth of the parse, and freeing them node by node another. Chunks
// start small and double, so the many tiny Units that eval() and the REPL make
// (and that their functions keep alive) stay small too.
class NodeArena {
 public:
  NodeArena() = default;
  ~NodeArena();
  NodeArena(const NodeArena&) = delete;
  NodeArena& operator=(const NodeArena&) = delete;
  void* allocate(size_t size) {  // 16-byte aligned
    size = (size + 15) & ~size_t(15);
    if (static_cast<size_t>(m_end - m_cur) < size) return allocate_slow(size);
    void* p = m_cur;
    m_cur += size;
    return p;
  }
  size_t reserved_bytes() const;  // all memory taken so far, used or not

 private:
  void* allocate_slow(size_t size);  // a new chunk, or a block of its own
  struct Chunk {
    void* memory;
    size_t bytes;
  };
  char* m_cur = nullptr;
  char* m_end = nullptr;
  size_t m_next_bytes = 0;  // the size of the next chunk (0: the first size)
  std::vector<Chunk> m_chunks;
  std::vector<void*> m_large;  // nodes too big to share a chunk
};

struct Unit {
  std::string filename;     // as shown in tracebacks: "x.py", "<stdin>", "<string>"
  std::string source;       // the text, kept for error carets
  Mode mode = Mode::File;
  // `from __future__ import annotations` (PEP 563): annotations stay text.
  bool future_annotations = false;
  StmtList body;
  Scope scope;              // the module-level block
  NodeArena arena;          // declared before `nodes`: it outlives them
  std::vector<Node*> nodes;  // every node, in the order made
  std::vector<std::unique_ptr<Arguments>> arguments;
  std::vector<std::unique_ptr<Arg>> args;
  // hotpy has no instructions: each distinct (line, end_line, col, end_col) a traceback
  // reports from this unit gets an index here, which its tb_lasti names (twice the
  // index) and its code's co_positions() yields, as CPython's traceback module reads them.
  std::vector<std::array<int, 4>> reported_positions;
  std::mutex reported_positions_lock;
  // Where each line of `source` starts (one past the end last), made on first use:
  // hotreload compares functions by their text at every reload.
  std::vector<size_t> line_starts;

  Unit() = default;
  Unit(const Unit&) = delete;
  Unit& operator=(const Unit&) = delete;
  ~Unit() {
    for (Node* n : nodes) n->~Node();
  }

  template <class T, class... A>
  T* make(A&&... a) {
    T* p = ::new (arena.allocate(sizeof(T))) T(std::forward<A>(a)...);
    nodes.push_back(p);
    return p;
  }
  Arguments* make_arguments() {
    arguments.push_back(std::make_unique<Arguments>());
    return arguments.back().get();
  }
  Arg* make_arg(Arg a) {
    args.push_back(std::make_unique<Arg>(std::move(a)));
    return args.back().get();
  }
};

// A readable, indented dump of a tree (tests compare it), in the format of
// CPython's ast.dump(tree, indent=2), so expectations can come from CPython.
std::string dump(const Unit& unit);
std::string dump(const Node* node);

// How dump() writes: CPython's ast.dump(node, indent=..., include_attributes=...).
struct DumpOptions {
  int indent = 2;          // spaces per level; negative: all on one line (indent=None)
  bool locations = false;  // add lineno, col_offset, end_lineno, end_col_offset
};
std::string dump(const Unit& unit, const DumpOptions& options);
std::string dump(const Node* node, const DumpOptions& options);

}  // namespace hotpy::ast
