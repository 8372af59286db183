// What counts as a change for hotreload's report: a function whose source text (its
// def, decorators included) or immutable defaults differ; a class whose metaclass,
// bases or namespace differ; any other value that is a different object, except an
// equal immutable builtin value (a string re-created by the same line is no change).
#include <cstring>
#include <unordered_map>

#include "modules/hotreload_internal.h"
#include "objects/complex.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

bool is_dunder(const std::string& name) {
  return name.size() > 4 && name.compare(0, 2, "__") == 0 && name.compare(name.size() - 2, 2, "__") == 0;
}

NameSet top_level_bindings(const ast::Unit* unit) {
  NameSet names;
  if (!unit) return names;
  // Module-level stores and `global` ones in functions resolve to the module dict
  // (def, class and import targets are Name(Store) nodes too).
  for (const ast::Node* n : unit->nodes)
    if (n->kind == ast::Kind::Name) {
      auto* name = static_cast<const ast::Name*>(n);
      if (name->ctx == ast::Ctx::Store && name->scope == ast::NameScope::Global) names.insert(name->id);
    }
  return names;
}

bool equal_immutable(const Value& a, const Value& b) {
  if (a.is(b)) return true;
  TypeObject* t = a.type();
  if (t != b.type()) return false;
  if (t == &TupleType) {
    auto& x = a.as<TupleObject>()->m_items;
    auto& y = b.as<TupleObject>()->m_items;
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); i++)
      if (!equal_immutable(x[i], y[i])) return false;
    return true;
  }
  if (t == &StrType) return as_str(a)->m_data == as_str(b)->m_data;
  bool plain = t == &NoneType || t == &BoolType || t == &IntType || t == &FloatType || t == &ComplexType ||
               t == &BytesType;
  if (t == &FrozenSetType) {
    // Only sets of plain values compare without running user code.
    plain = true;
    Value it = get_iter(a), item;
    if (it.is_null()) return clear_error(), false;
    while (plain && !(item = iter_next(it)).is_null()) {
      TypeObject* e = item.type();
      plain = e == &NoneType || e == &BoolType || e == &IntType || e == &FloatType || e == &StrType ||
              e == &BytesType;
    }
    clear_error();
  }
  if (!plain) return false;
  Value eq = rich_compare(a, b, CmpOp::Eq);
  int r = eq.is_null() ? -1 : truthy(eq);
  if (r < 0) clear_error();
  return r > 0;
}

// The source lines of a function: from its first decorator (or def) to the end of its
// body, found through the unit's line starts (made once per unit).
class SourceText {
 public:
  std::string_view of(const FunctionObject* f) {
    ast::Unit* unit = f->m_unit.get();
    std::vector<size_t>& starts = unit->line_starts;
    if (starts.empty()) {
      const std::string& text = unit->source;
      starts.push_back(0);
      for (const char* p = text.data(), *end = p + text.size();
           (p = static_cast<const char*>(memchr(p, '\n', size_t(end - p)))); p++)
        starts.push_back(size_t(p - text.data()) + 1);
      starts.push_back(text.size());
    }
    int first = f->m_decorated_line ? f->m_decorated_line : f->m_first_line;
    int last = first;
    if (f->m_body && !f->m_body->empty()) last = f->m_body->back()->loc.end_line;
    else if (f->m_expr) last = f->m_expr->loc.end_line;
    if (first < 1 || size_t(first) >= starts.size()) return {};
    size_t begin = starts[first - 1];
    size_t end = starts[std::min(size_t(std::max(last, first)), starts.size() - 1)];
    return std::string_view(unit->source).substr(begin, end - begin);
  }
};

static std::vector<std::string> free_names(const FunctionObject* f) {
  std::vector<std::string> names;
  for (int slot : f->m_scope->free_slots) names.push_back(f->m_scope->slot_names[slot]);
  return names;
}

bool same_free_variables(const FunctionObject* a, const FunctionObject* b) { return free_names(a) == free_names(b); }

// Defaults come from the def's text; they differ when an immutable value does (a default
// naming a global constant that changed). A new mutable default ([] again) is no change.
static bool same_defaults(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++) {
    if (a[i].is(b[i]) || a[i].is_null() != b[i].is_null()) {
      if (a[i].is_null() != b[i].is_null()) return false;
      continue;
    }
    if (a[i].type() != b[i].type()) return false;
    if (!equal_immutable(a[i], b[i])) {
      TypeObject* t = a[i].type();
      bool immutable = t == &NoneType || t == &BoolType || t == &IntType || t == &FloatType ||
                       t == &ComplexType || t == &StrType || t == &BytesType || t == &TupleType ||
                       t == &FrozenSetType;
      if (immutable) return false;
    }
  }
  return true;
}

Differ::Differ() : m_text(std::make_unique<SourceText>()) {}
Differ::~Differ() = default;

bool Differ::function_changed(const FunctionObject* a, const FunctionObject* b) {
  if (m_text->of(a) != m_text->of(b) || !same_free_variables(a, b) ||
      !equal_immutable(a->m_qualname, b->m_qualname) || !same_defaults(a->m_defaults, b->m_defaults) ||
      !same_defaults(a->m_kwdefaults, b->m_kwdefaults) || a->m_closure.size() != b->m_closure.size())
    return true;
  // What the closure holds is part of the function: a decorator's wrapper has the same
  // text before and after, the function it wraps may not.
  if (!m_comparing.insert(a).second) return false;
  bool changed = false;
  for (size_t i = 0; i < a->m_closure.size() && !changed; i++) {
    const Value &x = a->m_closure[i], &y = b->m_closure[i];
    if (!is_type(x, &CellType) || !is_type(y, &CellType)) {
      changed = !x.is(y);
      continue;
    }
    const Value &u = x.as<CellObject>()->m_value, &v = y.as<CellObject>()->m_value;
    changed = u.is_null() != v.is_null() || (!u.is_null() && value_changed(u, v));
  }
  m_comparing.erase(a);
  return changed;
}

bool is_class(const Value& v) { return v.is_obj() && is_instance(v, &TypeType); }

bool Differ::class_changed(const TypeObject* a, const TypeObject* b) {
  if (a->m_type != b->m_type || a->m_qualname != b->m_qualname || a->m_bases.size() != b->m_bases.size())
    return true;
  // A base the reload re-created counts as the same when it did not change itself.
  for (size_t i = 0; i < a->m_bases.size(); i++)
    if (value_changed(Value::borrow(a->m_bases[i]), Value::borrow(b->m_bases[i]))) return true;
  size_t pos = 0, count_a = 0;
  Value key, va;
  while (dict_next(a->m_dict, &pos, &key, &va)) {
    if (!is_str(key)) return true;
    const std::string& k = as_str(key)->m_data;
    if (k == "__dict__" || k == "__weakref__") continue;
    count_a++;
    Value vb = dict_get(b->m_dict, key);
    if (vb.is_null() || member_changed(va, vb)) return clear_error(), true;
  }
  size_t count_b = 0;
  pos = 0;
  while (dict_next(b->m_dict, &pos, &key, &va))
    if (!is_str(key) || (as_str(key)->m_data != "__dict__" && as_str(key)->m_data != "__weakref__")) count_b++;
  return count_a != count_b;
}

bool Differ::member_changed(const Value& a, const Value& b) {
  if (a.is(b)) return false;
  TypeObject* t = a.type();
  if (t != b.type()) return true;
  if (t == &StaticMethodType) return member_changed(a.as<StaticMethodObject>()->m_func, b.as<StaticMethodObject>()->m_func);
  if (t == &ClassMethodType) return member_changed(a.as<ClassMethodObject>()->m_func, b.as<ClassMethodObject>()->m_func);
  if (t == &PropertyType) {
    auto *p = a.as<PropertyObject>(), *q = b.as<PropertyObject>();
    auto differs = [&](const Value& x, const Value& y) {
      return x.is_null() != y.is_null() || (!x.is_null() && member_changed(x, y));
    };
    return differs(p->m_get, q->m_get) || differs(p->m_set, q->m_set) || differs(p->m_del, q->m_del);
  }
  return value_changed(a, b);
}

bool Differ::value_changed(const Value& a, const Value& b) {
  if (a.is(b)) return false;
  if (is_type(a, &FunctionType) && is_type(b, &FunctionType))
    return function_changed(a.as<FunctionObject>(), b.as<FunctionObject>());
  if (is_class(a) && is_class(b)) {
    const TypeObject *x = a.as<TypeObject>(), *y = b.as<TypeObject>();
    if (!(x->m_flags & kHeapType) || !(y->m_flags & kHeapType)) return true;
    // A class nested in itself through its namespace would recurse forever.
    if (!m_comparing.insert(x).second) return false;
    bool changed = class_changed(x, y);
    m_comparing.erase(x);
    return changed;
  }
  return !equal_immutable(a, b);
}

}  // namespace hotpy
