// The class statement (Language Reference 8.8): run the body in a fresh namespace,
// then call the metaclass with (name, bases, namespace).
#include <alloca.h>

#include "eval/config.h"
#include "eval/eval.h"
#include "eval/frame.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

using namespace ast;

// The most derived metaclass among the explicit one and the bases' types.
static Value pick_metaclass(Value meta, const std::vector<Value>& bases) {
  for (const Value& b : bases) {
    TypeObject* bm = b.type();
    TypeObject* m = meta.as<TypeObject>();
    if (m->is_subtype(bm)) continue;
    if (bm->is_subtype(m)) {
      meta = Value::borrow(bm);
      continue;
    }
    return raise(&TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                 "subclass of the metaclasses of all its bases");
  }
  return meta;
}

Value build_class(Frame* f, const ClassDef* def) {
  std::vector<Value> bases;
  for (const Expr* b : def->bases) {
    if (b->kind == Kind::Starred) {
      Value it = eval(f, static_cast<const Starred*>(b)->value);
      if (it.is_null() || !collect_iterable(it, bases)) return Value();
      continue;
    }
    Value v = eval(f, b);
    if (v.is_null()) return v;
    bases.push_back(std::move(v));
  }
  // A base that is no class may stand for others (list[int] for list): its
  // __mro_entries__ says which; the bases as written are kept as __orig_bases__.
  Value orig_bases;
  for (size_t i = 0; i < bases.size(); ++i) {
    if (bases[i].type()->is_subtype(&TypeType)) continue;
    Value entries = get_attr_opt(bases[i], INTERN("__mro_entries__"));
    if (entries.is_null()) {
      if (error_pending() && !error_matches(&AttributeErrorType)) return Value();
      clear_error();
      continue;
    }
    if (orig_bases.is_null()) orig_bases = new_tuple(bases);
    Value r = call1(entries, orig_bases);
    if (r.is_null()) return r;
    if (!is_tuple(r)) return raise(&TypeErrorType, "__mro_entries__ must return a tuple");
    const auto& items = as_tuple(r)->m_items;
    bases.erase(bases.begin() + long(i));
    bases.insert(bases.begin() + long(i), items.begin(), items.end());
    i += items.size();
    --i;
  }
  Value meta;
  std::vector<Value> kwvalues;
  std::vector<Value> kwnames;
  for (const Keyword& k : def->keywords) {
    Value v = eval(f, k.value);
    if (v.is_null()) return v;
    if (k.arg == "metaclass") {
      meta = v;
      continue;
    }
    kwnames.push_back(Value::borrow(k.interned));
    kwvalues.push_back(std::move(v));
  }
  bool explicit_meta = !meta.is_null();
  if (!explicit_meta) meta = Value::borrow(bases.empty() ? &TypeType : bases[0].type());
  if (meta.type()->is_subtype(&TypeType)) {
    meta = pick_metaclass(meta, bases);
    if (meta.is_null()) return meta;
  }

  // The namespace: the metaclass's __prepare__(name, bases, **kwds) when it has one.
  Value ns;
  Value prepare = get_attr_opt(meta, INTERN("__prepare__"));
  if (prepare.is_null()) {
    if (error_pending() && !error_matches(&AttributeErrorType)) return Value();
    clear_error();
    ns = new_dict();
  } else {
    std::vector<Value> args = {new_str(def->name), new_tuple(bases)};
    args.insert(args.end(), kwvalues.begin(), kwvalues.end());
    Value kw = kwnames.empty() ? Value() : new_tuple(kwnames);
    ns = call(prepare, args.data(), 2, kw.is_null() ? nullptr : as_tuple(kw));
    if (ns.is_null()) return ns;
    if (!is_dict(ns) && ns.type()->lookup(INTERN("__getitem__")).is_null()) {
      std::string who = meta.type()->is_subtype(&TypeType) ? meta.as<TypeObject>()->m_name : "<metaclass>";
      return raise(&TypeErrorType,
                   format("%s.__prepare__() must return a mapping, not %s", who.c_str(), type_name(ns).c_str()));
    }
  }
  Value modname = dict_get_str(f->globals, INTERN("__name__"));
  // The namespace may be any mapping __prepare__ made: written through its
  // __setitem__, as the class body writes to it.
  auto ns_set = [&ns](StrObject* key, const Value& v) { return set_item(ns, Value::borrow(key), v) == 0; };
  if (!modname.is_null() && !ns_set(INTERN("__module__"), modname)) return Value();
  if (!ns_set(INTERN("__qualname__"), new_str(def->scope.qualname))) return Value();
  if (!def->body.empty() && def->body[0]->kind == Kind::ExprStmt && runtime_config().optimize < 2) {
    auto* first = static_cast<const ExprStmt*>(def->body[0])->value;
    if (first->kind == Kind::Constant && static_cast<const Constant*>(first)->type == Constant::Type::Str)
      if (!ns_set(INTERN("__doc__"), static_cast<const Constant*>(first)->value)) return Value();
  }

  const Scope& scope = def->scope;
  size_t n = scope.nslots;
  auto* slots = static_cast<Value*>(alloca(sizeof(Value) * (n ? n : 1)));
  for (size_t i = 0; i < n; i++) new (&slots[i]) Value();
  std::vector<Value> closure;
  for (int from : scope.closure_from) closure.push_back(f->slots[from]);
  init_cells(scope, slots, closure);
  Frame frame;
  frame.scope = &scope;
  frame.slots = slots;
  frame.globals = f->globals;
  frame.locals = ns.obj();
  frame.func = nullptr;
  frame.unit = f->unit;
  frame.line = def->loc.line;
  Value result = run_frame(&frame, def->body);
  if (!result.is_null() && !orig_bases.is_null() && !ns_set(INTERN("__orig_bases__"), orig_bases)) result = Value();
  // The methods' __class__ cell travels in the namespace as __classcell__;
  // type.__new__ fills it, and a metaclass that drops it is told so.
  CellObject* class_cell = scope.class_cell_slot >= 0 ? slots[scope.class_cell_slot].as<CellObject>() : nullptr;
  if (!result.is_null() && class_cell && !ns_set(INTERN("__classcell__"), slots[scope.class_cell_slot]))
    result = Value();
  if (!result.is_null()) {
    std::vector<Value> args = {new_str(def->name), new_tuple(bases), ns};
    args.insert(args.end(), kwvalues.begin(), kwvalues.end());
    Value kw = kwnames.empty() ? Value() : new_tuple(kwnames);
    result = call(meta, args.data(), 3, kw.is_null() ? nullptr : as_tuple(kw));
    if (!result.is_null() && class_cell && result.type()->is_subtype(&TypeType) &&
        !class_cell->m_value.is(result)) {
      std::string name_repr = repr_text(args[0]), cls_repr = repr_text(result);
      if (class_cell->m_value.is_null())
        result = raise(&RuntimeErrorType, format("__class__ not set defining %s as %s. Was __classcell__ "
                                                 "propagated to type.__new__?", name_repr.c_str(), cls_repr.c_str()));
      else
        result = raise(&TypeErrorType, format("__class__ set to %s defining %s as %s",
                                              repr_text(class_cell->m_value).c_str(), name_repr.c_str(),
                                              cls_repr.c_str()));
    }
  }
  for (size_t i = 0; i < n; i++) slots[i].~Value();
  return result;
}

}  // namespace hotpy
