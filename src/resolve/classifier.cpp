// Pass 2 of the resolver: decides where each name lives, then writes it down.
//
// The decision is CPython 3.11's analyze_block, step for step, so that every
// verdict matches the `symtable` module: each block learns from its parents which
// names enclosing functions bind ("bound") and declare global ("global"); a name
// bound here is local, a name bound above is free, anything else is global; then
// the children report the names they need from above ("free"), which turns our
// locals into cells or, when we do not bind them, makes them our free variables
// too, passed through to the child.
//
// Then each block gets its frame layout (parameters, locals and cells, free
// variables), each child learns which slots of its creator's frame hold the cells
// of its closure, and every Name node gets its NameScope and slot.
#include <algorithm>
#include <set>
#include <unordered_set>

#include "resolve/runtime_hooks.h"
#include "resolve/symtable.h"

namespace hotpy::resolver {
namespace {

using ast::NameScope;
using Type = ast::Scope::Type;
// Sets of interned names: a name's identity is its pointer.
using NameSet = std::unordered_set<const StrObject*>;
// Free names travel up the tree; kept sorted by text so pass-through slots are
// numbered in a stable order (CPython sorts co_freevars too).
struct ByText {
  bool operator()(const StrObject* a, const StrObject* b) const {
    return identifier_text(a) < identifier_text(b);
  }
};
using FreeSet = std::set<StrObject*, ByText>;

std::string text_of(const StrObject* name) { return std::string(identifier_text(name)); }

class Classifier {
 public:
  Classifier() : m_class_cell(intern_identifier("__class__")) {}

  std::optional<ResolveError> run(Block& module) {
    NameSet global;
    FreeSet free;
    if (!analyze_block(module, nullptr, free, global)) return m_error;
    module.scope.qualname = "<module>";
    lay_out(module);
    return m_error;  // set only if an internal invariant failed
  }

 private:
  // The place CPython reports an analysis error for [name]: its first directive.
  bool error_at_directive(Block& b, const StrObject* name, std::string msg) {
    ast::Loc loc;
    for (const Directive& d : b.directives) {
      if (d.name == name) {
        loc = d.loc;
        break;
      }
    }
    m_error = ResolveError{std::move(msg), loc};
    return false;
  }

  // analyze_name: the verdict for one symbol of [b]. [bound] is null at module level.
  bool analyze_name(Block& b, Symbol& s, NameSet* bound, FreeSet& free, NameSet& global) {
    if (s.flags & kDefGlobal) {
      if (s.flags & kDefNonlocal) {
        return error_at_directive(b, s.name, "name '" + text_of(s.name) + "' is nonlocal and global");
      }
      s.binding = Binding::GlobalExplicit;
      global.insert(s.name);
      if (bound) bound->erase(s.name);  // hides an enclosing binding from our children
      return true;
    }
    if (s.flags & kDefNonlocal) {
      if (!bound) {
        return error_at_directive(b, s.name, "nonlocal declaration not allowed at module level");
      }
      if (!bound->count(s.name)) {
        return error_at_directive(b, s.name, "no binding for nonlocal '" + text_of(s.name) + "' found");
      }
      s.binding = Binding::Free;
      free.insert(s.name);
      return true;
    }
    if (s.flags & kDefBound) {
      s.binding = Binding::Local;
      global.erase(s.name);
      return true;
    }
    if (bound && bound->count(s.name)) {
      s.binding = Binding::Free;
      free.insert(s.name);
      return true;
    }
    s.binding = Binding::GlobalImplicit;
    return true;
  }

  // analyze_block. [bound] and [global] are this block's own copies (the caller
  // copies them per child), so the erasures analyze_name makes stay local to it.
  bool analyze_block(Block& b, NameSet* bound, FreeSet& free, NameSet& global) {
    NameSet newglobal, newbound;
    FreeSet newfree;
    // A class body's names are invisible to the functions inside it, so what its
    // children see is fixed before its own names are looked at.
    if (b.type == Type::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (Symbol& s : b.symbols) {
      if (!analyze_name(b, s, bound, free, global)) return false;
    }
    if (b.type != Type::Class) {
      if (b.is_function_like()) {
        for (const Symbol& s : b.symbols)
          if (s.binding == Binding::Local) newbound.insert(s.name);
      }
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert(m_class_cell);  // methods may use the implicit __class__ cell
    }

    for (auto& child : b.children) {
      NameSet child_bound = newbound;
      NameSet child_global = newglobal;
      FreeSet child_free;
      if (!analyze_block(*child, &child_bound, child_free, child_global)) return false;
      newfree.insert(child_free.begin(), child_free.end());
    }

    if (b.is_function_like()) {
      // analyze_cells: our locals that a child needs become cells.
      for (Symbol& s : b.symbols) {
        if (s.binding == Binding::Local && newfree.erase(s.name)) s.binding = Binding::Cell;
      }
    } else if (b.type == Type::Class) {
      // drop_class_free: a child's __class__ is this class's implicit cell.
      if (newfree.erase(m_class_cell)) b.needs_class_closure = true;
    }
    update_symbols(b, bound, newfree);
    free.insert(newfree.begin(), newfree.end());
    return true;
  }

  // update_symbols: the children's free names we do not resolve ourselves pass
  // through us, as our own free variables.
  void update_symbols(Block& b, NameSet* bound, const FreeSet& newfree) {
    for (StrObject* name : newfree) {
      if (Symbol* s = b.find(name)) {
        // A method's free variable named like a class-level name: the class needs
        // the outer cell as well, without changing what the name means in its body.
        if (b.type == Type::Class && (s->flags & (kDefBound | kDefGlobal))) {
          s->flags |= kDefFreeClass;
        }
        continue;  // a cell, or already free here
      }
      if (bound && !bound->count(name)) continue;  // a global: nothing to pass
      Symbol& s = b.get(name);
      s.binding = Binding::Free;
    }
  }

  // -- Layout and write-back ----------------------------------------------------

  static bool needs_free_slot(const Block& b, const Symbol& s) {
    return s.binding == Binding::Free || (b.type == Type::Class && (s.flags & kDefFreeClass));
  }

  int add_slot(ast::Scope& scope, const StrObject* name) {
    scope.slot_names.emplace_back(identifier_text(name));
    return scope.nslots++;
  }

  // Frame layout: parameters in binding order, other locals and cells in order of
  // first mention, then free variables. A class frame holds only cells and free
  // variables: its names live in the class namespace.
  void number_slots(Block& b) {
    ast::Scope& scope = b.scope;
    scope.type = b.type;
    scope.name = b.name;
    if (b.type == Type::Module) return;
    if (b.is_function_like()) {
      for (StrObject* p : b.params) {
        Symbol* s = b.find(p);
        if (s && s->slot < 0) s->slot = add_slot(scope, p);
      }
      for (Symbol& s : b.symbols) {
        if ((s.binding == Binding::Local || s.binding == Binding::Cell) && s.slot < 0) {
          s.slot = add_slot(scope, s.name);
        }
      }
      for (Symbol& s : b.symbols) {
        if (s.binding == Binding::Cell) scope.cell_slots.push_back(s.slot);
      }
      std::sort(scope.cell_slots.begin(), scope.cell_slots.end());
    } else if (b.needs_class_closure) {
      b.class_cell_slot = add_slot(scope, m_class_cell);
      scope.class_cell_slot = b.class_cell_slot;
      scope.cell_slots.push_back(b.class_cell_slot);
    }
    for (Symbol& s : b.symbols) {
      if (needs_free_slot(b, s)) {
        s.slot = add_slot(scope, s.name);
        scope.free_slots.push_back(s.slot);
      }
    }
    Symbol* cls = b.find(m_class_cell);
    scope.uses_class_cell =
        b.is_function_like() && b.mentions_class && cls && cls->binding == Binding::Free;
    // An asynchronous generator expression is an async generator.
    if (b.is_comprehension() && b.comp_kind == ast::Kind::GeneratorExp && b.coroutine) scope.is_async = true;
    scope.has_yield = b.generator && b.is_function_like();
    scope.yield_count = b.yields;
    scope.is_generator = scope.has_yield || scope.is_async;
  }

  // closure_from: for each free variable of [child], the slot of [parent]'s frame
  // that holds the cell, read when [parent] creates [child]'s function.
  void link_closure(Block& child, Block& parent) {
    for (int slot : child.scope.free_slots) {
      const std::string& name = child.scope.slot_names[slot];
      int from = -1;
      if (parent.type == Type::Class && name == "__class__") {
        from = parent.class_cell_slot;
      } else if (Symbol* s = parent.find(intern_identifier(name))) {
        from = s->slot;
      }
      if (from < 0 && !m_error) {
        m_error = ResolveError{"internal resolver error: no cell for free variable '" + name + "'",
                               ast::Loc{}};
      }
      child.scope.closure_from.push_back(from);
    }
  }

  // compiler_set_qualname: "f.<locals>.g" under a function, "C.m" under a class;
  // a def whose name the parent declares global is qualified as a global.
  void set_qualname(Block& child, Block& parent) {
    std::string& q = child.scope.qualname;
    if (parent.type == Type::Module) {
      q = child.name;
      return;
    }
    if (child.type == Type::Function || child.type == Type::Class) {
      Symbol* s = parent.find(mangle(parent.private_name, child.name));
      if (s && s->binding == Binding::GlobalExplicit) {
        q = child.name;
        return;
      }
    }
    q = parent.scope.qualname;
    if (parent.type == Type::Function || parent.type == Type::Lambda) q += ".<locals>";
    q += "." + child.name;
  }

  static NameScope scope_of(const Block& b, const Symbol* s, ast::Ctx ctx) {
    if (b.type == Type::Module) return NameScope::Global;
    Binding binding = s ? s->binding : Binding::GlobalImplicit;
    if (b.type == Type::Class) {
      switch (binding) {
        case Binding::GlobalExplicit:
          return NameScope::Global;
        // A class body reads a free variable from its namespace first
        // (LOAD_CLASSDEREF); a `nonlocal` store goes to the cell itself.
        case Binding::Free:
        case Binding::Cell:
          return ctx == ast::Ctx::Load ? NameScope::ClassDeref : NameScope::Deref;
        default:
          return NameScope::ClassBody;  // LOAD_NAME: namespace, globals, builtins
      }
    }
    switch (binding) {
      case Binding::Local:
        return NameScope::Fast;
      case Binding::Cell:
      case Binding::Free:
        return NameScope::Deref;
      default:
        return NameScope::Global;
    }
  }

  void write_names(Block& b) {
    for (const NameUse& use : b.names) {
      ast::Name* n = use.node;
      const Symbol* s = use.symbol >= 0 ? &b.symbols[use.symbol] : b.find(n->interned);
      n->scope = scope_of(b, s, n->ctx);
      bool slotted = n->scope == NameScope::Fast || n->scope == NameScope::Deref ||
                     n->scope == NameScope::ClassDeref;
      n->slot = slotted ? s->slot : -1;
    }
  }

  void lay_out(Block& b) {
    number_slots(b);
    write_names(b);
    for (auto& child : b.children) {
      set_qualname(*child, b);
      lay_out(*child);
      link_closure(*child, b);
    }
  }

  StrObject* m_class_cell;  // the implicit "__class__" cell's name
  std::optional<ResolveError> m_error;
};

}  // namespace

std::optional<ResolveError> classify(Block& module) { return Classifier().run(module); }

}  // namespace hotpy::resolver
