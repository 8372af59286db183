// The code object behind a Python function (f.__code__): read-only views of the
// function's parameters and frame layout, for introspection (pydoc's signatures).
// hotpy runs the AST, so there is no bytecode; only the co_* attributes that
// describe the call interface and names are offered.
#include <algorithm>

#include "objects/errors.h"
#include "objects/function.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject CodeType("code");

namespace {

// CPython's co_flags bits that describe a function's interface.
constexpr int64_t kCoOptimized = 0x1, kCoNewLocals = 0x2, kCoVarargs = 0x4, kCoVarkeywords = 0x8,
                  kCoNested = 0x10, kCoGenerator = 0x20;

struct CodeObject : Object {
  std::shared_ptr<ast::Unit> m_unit;  // keeps the scope and parameters alive
  const ast::Scope* m_scope;
  const ast::Arguments* m_params;
  int m_first_line;
  explicit CodeObject(const FunctionObject* f)
      : Object(&CodeType),
        m_unit(f->m_unit),
        m_scope(f->m_scope),
        m_params(f->m_params),
        m_first_line(f->m_decorated_line ? f->m_decorated_line : f->m_first_line) {}
};

const CodeObject* code(const Value& v) { return v.as<CodeObject>(); }

Value names_tuple(const std::vector<std::string>& names, size_t begin, size_t end) {
  std::vector<Value> items;
  for (size_t i = begin; i < end && i < names.size(); i++) items.push_back(new_str(names[i]));
  return new_tuple(std::move(items));
}

Value co_name(const Value& s) { return new_str(code(s)->m_scope->name); }
Value co_qualname(const Value& s) { return new_str(code(s)->m_scope->qualname); }
Value co_filename(const Value& s) { return new_str(code(s)->m_unit->filename); }
Value co_firstlineno(const Value& s) { return Value::integer(code(s)->m_first_line); }
Value co_argcount(const Value& s) {
  const ast::Arguments* p = code(s)->m_params;
  return Value::integer(static_cast<int64_t>(p->posonlyargs.size() + p->args.size()));
}
Value co_posonlyargcount(const Value& s) {
  return Value::integer(static_cast<int64_t>(code(s)->m_params->posonlyargs.size()));
}
Value co_kwonlyargcount(const Value& s) {
  return Value::integer(static_cast<int64_t>(code(s)->m_params->kwonlyargs.size()));
}
// The frame's slots are the parameters (positional, keyword-only, *args, **kwargs),
// then locals, then free variables. co_varnames, as CPython's, is the parameters and
// the locals that no inner function captures (those are cell variables).
size_t param_count(const ast::Arguments* p) {
  return p->posonlyargs.size() + p->args.size() + p->kwonlyargs.size() + (p->vararg ? 1 : 0) +
         (p->kwarg ? 1 : 0);
}
std::vector<std::string> varnames(const CodeObject* c) {
  const ast::Scope* scope = c->m_scope;
  size_t end =
      scope->slot_names.size() - std::min(scope->slot_names.size(), scope->free_slots.size());
  size_t params = param_count(c->m_params);
  std::vector<std::string> names;
  for (size_t i = 0; i < end; i++) {
    bool captured = std::find(scope->cell_slots.begin(), scope->cell_slots.end(),
                              static_cast<int>(i)) != scope->cell_slots.end();
    if (i < params || !captured) names.push_back(scope->slot_names[i]);
  }
  return names;
}
Value co_nlocals(const Value& s) {
  return Value::integer(static_cast<int64_t>(varnames(code(s)).size()));
}
Value co_varnames(const Value& s) {
  std::vector<std::string> names = varnames(code(s));
  return names_tuple(names, 0, names.size());
}
Value co_freevars(const Value& s) {
  const ast::Scope* scope = code(s)->m_scope;
  std::vector<std::string> names;
  for (int slot : scope->free_slots) names.push_back(scope->slot_names[slot]);
  return names_tuple(names, 0, names.size());
}
Value co_flags(const Value& s) {
  const CodeObject* c = code(s);
  int64_t flags = kCoOptimized | kCoNewLocals;
  if (c->m_params->vararg) flags |= kCoVarargs;
  if (c->m_params->kwarg) flags |= kCoVarkeywords;
  if (!c->m_scope->free_slots.empty()) flags |= kCoNested;
  if (c->m_scope->is_generator) flags |= kCoGenerator;
  return Value::integer(flags);
}

Value code_repr(const Value& self) {
  const CodeObject* c = code(self);
  return new_str(format("<code object %s at %p, file \"%s\", line %d>", c->m_scope->name.c_str(),
                        static_cast<const void*>(c), c->m_unit->filename.c_str(), c->m_first_line));
}

// Made ready on the first f.__code__ rather than at start-up, which few programs reach.
void init_code_type() {
  CodeType.tp_repr = code_repr;
  type_ready(&CodeType, &ObjectType);
  type_add_getsets(&CodeType, {{"co_name", co_name},
                               {"co_qualname", co_qualname},
                               {"co_filename", co_filename},
                               {"co_firstlineno", co_firstlineno},
                               {"co_argcount", co_argcount},
                               {"co_posonlyargcount", co_posonlyargcount},
                               {"co_kwonlyargcount", co_kwonlyargcount},
                               {"co_nlocals", co_nlocals},
                               {"co_varnames", co_varnames},
                               {"co_freevars", co_freevars},
                               {"co_flags", co_flags}});
}

}  // namespace

Value new_code(const FunctionObject* f) {
  static std::once_flag once;
  ready_builtin_types(once, init_code_type);
  return Value::steal(new CodeObject(f));
}

}  // namespace hotpy
