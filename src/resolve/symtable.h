// The resolver's working tables, shared by its passes (resolver.cpp runs them):
//   binder.cpp      pass 1: walks the tree, builds one Block per code block with
//                   every name the block binds, declares or uses (CPython's symtable
//                   visit), and reports the errors CPython's symtable reports;
//   classifier.cpp  pass 2: decides local / cell / free / global for each symbol
//                   (CPython's analyze_block), numbers frame slots, and writes the
//                   result into the ast::Scope and every Name node;
//   checks.cpp      pass 3: the static errors CPython's compiler reports ('return'
//                   outside function, starred targets, ...).
// Flags and verdicts keep CPython's names so the code can be read against
// Python/symtable.c (3.11), the oracle for every decision here.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"

namespace hotpy::resolver {

// What a block's code does with a name (CPython's DEF_* flags). A name may carry
// several: `x = x + 1` both uses and binds x.
enum SymFlag : uint32_t {
  kDefLocal = 1u << 0,      // assigned, deleted, or a for/with/except/def/class target
  kDefGlobal = 1u << 1,     // named by `global` (or a walrus that binds a global)
  kDefNonlocal = 1u << 2,   // named by `nonlocal` (or a walrus inside a comprehension)
  kDefParam = 1u << 3,      // a parameter of the block
  kUse = 1u << 4,           // read
  kDefImport = 1u << 5,     // bound by import: kept apart since `import x; global x` is legal
  kDefAnnot = 1u << 6,      // the target of a simple annotated assignment
  kDefCompIter = 1u << 7,   // a comprehension's iteration variable (walrus may not rebind it)
  kDefFreeClass = 1u << 8,  // class: a method's free variable named like a class-level name
};
constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;

// The analysis' verdict on one name in one block (CPython's scope constants).
enum class Binding : uint8_t {
  Undecided,
  Local,           // bound here and used only here
  Cell,            // bound here and captured by an inner block
  Free,            // bound in an enclosing function (or declared nonlocal)
  GlobalExplicit,  // declared `global`
  GlobalImplicit,  // bound nowhere visible: module dict, then builtins
};

struct Symbol {
  StrObject* name;  // interned, mangled (see mangle())
  uint32_t flags = 0;
  Binding binding = Binding::Undecided;
  int slot = -1;  // frame slot once numbered: locals, cells, free variables
};

// Where a `global` / `nonlocal` statement (or a walrus that acts as one) named a
// symbol: the analysis reports its errors at the first such place, as CPython does.
struct Directive {
  StrObject* name;  // interned, mangled
  ast::Loc loc;
};

// A Name node of a block and, when the binder knew it, the position of its symbol
// in the block's symbols (else -1: looked up by name).
struct NameUse {
  ast::Name* node;
  int symbol;
};

// One code block: the module, a class body, a def, a lambda or a comprehension.
struct Block {
  Block(ast::Scope& out, ast::Scope::Type type, Block* parent)
      : scope(out), type(type), parent(parent) {}

  ast::Scope& scope;  // where the results go
  ast::Scope::Type type;
  Block* parent;                                 // null for the module
  std::vector<std::unique_ptr<Block>> children;  // in source order

  std::vector<Symbol> symbols;  // in order of first mention: it orders the slots
  // Name -> position in symbols, built once a block has more than kScanLimit
  // symbols; most blocks are a def with a handful, and a scan of pointers is
  // cheaper than any hash table for them.
  std::unordered_map<const StrObject*, uint32_t> index;
  std::vector<StrObject*> params;  // mangled parameter names, in slot order
  std::vector<Directive> directives;
  std::vector<NameUse> names;  // every Name node evaluated in this block

  std::string name;          // def/class name as written: "f", "<lambda>", "<listcomp>"
  std::string private_name;  // innermost enclosing class name, for mangling "__x"
  ast::Kind comp_kind = ast::Kind::ListComp;  // comprehension: which one (for messages)

  bool generator = false;            // contains yield / yield from (genexp: always)
  int yields = 0;                    // yield / yield from expressions in this block itself
  bool coroutine = false;            // contains await (comprehension: is asynchronous)
  bool mentions_class = false;       // loads `super` or `__class__` itself
  bool needs_class_closure = false;  // class: some inner block uses the __class__ cell
  bool comp_iter_target = false;     // binder: visiting a comprehension's target
  int comp_iter_expr = 0;            // binder: inside a comprehension's iterable
  int class_cell_slot = -1;          // class: slot of the __class__ cell

  bool is_function_like() const {  // CPython's FunctionBlock: has fast locals
    return type == ast::Scope::Type::Function || type == ast::Scope::Type::Lambda ||
           type == ast::Scope::Type::Comprehension;
  }
  bool is_comprehension() const { return type == ast::Scope::Type::Comprehension; }

  static constexpr size_t kScanLimit = 16;

  Symbol* find(const StrObject* name) {
    if (index.empty()) {
      for (Symbol& s : symbols)
        if (s.name == name) return &s;
      return nullptr;
    }
    auto it = index.find(name);
    return it == index.end() ? nullptr : &symbols[it->second];
  }
  uint32_t flags_of(const StrObject* name) {
    Symbol* s = find(name);
    return s ? s->flags : 0;
  }
  Symbol& get(StrObject* name) {
    if (Symbol* s = find(name)) return *s;
    symbols.push_back(Symbol{name});
    if (!index.empty()) {
      index.emplace(name, symbols.size() - 1);
    } else if (symbols.size() > kScanLimit) {
      for (size_t i = 0; i < symbols.size(); ++i) index.emplace(symbols[i].name, i);
    }
    return symbols.back();
  }
};

// A static error found by a pass: CPython's message and the node it points at.
struct ResolveError {
  std::string msg;
  ast::Loc loc;
  std::string type = "SyntaxError";  // RecursionError for trees nested too deeply
};

// CPython's private name mangling (_Py_Mangle): inside class `_Ham`, "__spam" is
// "_Ham__spam"; dunder names, dotted names and names outside classes are untouched.
// The result is interned: symbols are keyed by these pointers.
StrObject* mangle(std::string_view private_name, std::string_view name);

// Pass 1: builds the block tree, or reports the first error CPython's symtable would.
struct BindResult {
  std::unique_ptr<Block> module;
  std::optional<ResolveError> error;
};
BindResult bind(ast::Unit& unit);

// Pass 2: classifies every symbol, numbers slots, fills scopes and Name nodes.
std::optional<ResolveError> classify(Block& module);

// Pass 3: the compiler's static errors, checked in CPython's compile order.
// [module] is pass 1's tree: it knows which comprehensions are asynchronous.
std::optional<ResolveError> check(ast::Unit& unit, Block& module);

// Pass 4 (operand_links.cpp): a parent whose operand is a plain local records the
// local's slot, so the evaluator reads the frame without visiting the operand's node.
void link_operands(ast::Unit& unit);

}  // namespace hotpy::resolver
