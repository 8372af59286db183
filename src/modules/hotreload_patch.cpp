// Patching in place: after a module's code ran again, the functions and classes it
// defined before and defines again stay the old objects, which take the new code, so
// every reference taken before the reload (`from m import f`, a callback a host stored,
// a bound method, an instance's class) runs the new code. Each change is logged so a
// failed transaction puts everything back.
#include <algorithm>
#include <deque>
#include <unordered_map>

#include "eval/frame.h"
#include "modules/hotreload_internal.h"
#include "objects/errors.h"
#include "objects/instance.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

static std::string class_module_name(const TypeObject* t) {
  Value m = dict_get_str(t->m_dict, intern("__module__"));
  return is_str(m) ? as_str(m)->m_data : std::string();
}

// __slots__ as the names it lists; {"<other>"} when it is not plain strings.
static std::vector<std::string> slot_names(const TypeObject* t) {
  Value s = dict_get_str(t->m_dict, intern("__slots__"));
  std::vector<std::string> names;
  if (s.is_null()) return names;
  if (is_str(s)) return {as_str(s)->m_data};
  if (!is_type(s, &TupleType) && !is_type(s, &ListType)) return {"<other>"};
  for (const Value& v : s.as<ItemsObject>()->m_items) names.push_back(is_str(v) ? as_str(v)->m_data : "<other>");
  return names;
}

// A call of `f` running now (the reload started inside it, or below it) reads its code
// through f->m_unit, which patching replaces: it is pointed at a copy of the old unit
// that outlives it, so what it creates later (a nested def, a comprehension) and its
// traceback keep to the code it runs. Generators hold their own unit already.
static void pin_running_calls(FunctionObject* f) {
  std::deque<std::shared_ptr<ast::Unit>>* pinned = nullptr;
  for (Frame* frame = ts->current_frame; frame; frame = frame->back) {
    if (frame->unit != &f->m_unit) continue;
    if (!pinned) {
      pinned = &hot_state().pinned_units;
      pinned->push_back(f->m_unit);
    }
    frame->unit = &pinned->back();
  }
}

// What patching replaces in a function: its code (the fields a code object would
// carry, so no code object is made) and what goes with it.
static void capture_function_state(const Value& function, PatchLog::FunctionState* s) {
  FunctionObject* f = function.as<FunctionObject>();
  s->function = function;
  s->unit = f->m_unit;
  s->scope = f->m_scope;
  s->params = f->m_params;
  s->body = f->m_body;
  s->expr = f->m_expr;
  s->first_line = f->m_first_line;
  s->decorated_line = f->m_decorated_line;
  s->code = f->m_code;
  s->defaults = f->m_defaults;
  s->kwdefaults = f->m_kwdefaults;
  s->closure = f->m_closure;
  s->name = f->m_name;
  s->qualname = f->m_qualname;
  s->doc = f->m_doc;
  s->annotations = f->m_annotations;
  s->dict = f->m_dict ? Value::borrow(f->m_dict) : Value();
}

// Only called with the same free variables (checked before), so the closure fits.
static void install_function_state(FunctionObject* f, const PatchLog::FunctionState& s) {
  pin_running_calls(f);
  f->m_unit = s.unit;
  f->m_scope = s.scope;
  f->m_params = s.params;
  f->m_body = s.body;
  f->m_expr = s.expr;
  f->m_first_line = s.first_line;
  f->m_decorated_line = s.decorated_line;
  set_call_shape(f);
  f->m_code = s.code;
  f->m_defaults = s.defaults;
  f->m_kwdefaults = s.kwdefaults;
  f->m_closure = s.closure;
  f->m_name = s.name;
  f->m_qualname = s.qualname;
  f->m_doc = s.doc;
  f->m_annotations = s.annotations;
  DictObject* d = s.dict.is_null() ? nullptr : s.dict.as<DictObject>();
  if (d) incref(d);
  if (f->m_dict) decref(f->m_dict);
  f->m_dict = d;
}

void undo_patches(PatchLog& log) {
  for (auto it = log.retyped.rbegin(); it != log.retyped.rend(); ++it)
    it->first.as<Object>()->set_type(it->second.as<TypeObject>());
  for (auto it = log.classes.rbegin(); it != log.classes.rend(); ++it) {
    // The namespace as it was, in its order; then the slots its dunders give and the
    // cached lookups follow, as a setattr on the class would have made them.
    TypeObject* t = it->cls.as<TypeObject>();
    dict_clear(t->m_dict);
    for (auto& [k, v] : it->items) dict_set(t->m_dict, k, v);
    update_slots(t);
    type_modified(t);
  }
  for (auto it = log.functions.rbegin(); it != log.functions.rend(); ++it)
    install_function_state(it->function.as<FunctionObject>(), *it);
  for (auto it = log.cells.rbegin(); it != log.cells.rend(); ++it)
    it->first.as<CellObject>()->m_value = it->second;
  clear_error();
  log = PatchLog();
}

namespace {

class Patcher {
 public:
  Patcher(const ModuleRun& run, PatchLog& log, Differ& differ, bool drop_removed)
      : m_run(run), m_log(log), m_drop(drop_removed), m_differ(differ) {}

  // Pairs (old, new) of the classes bound at the module's top level that can be
  // patched: same metaclass and __slots__, and the same bases once the module's own
  // patched classes are mapped to their old objects (so a hierarchy patches as a
  // whole); refusing one can refuse its subclasses, hence the loop.
  void pair_classes(const std::vector<std::pair<Value, Value>>& candidates) {
    for (auto& [o, n] : candidates) m_new_to_old[n.as<Object>()] = o;
    for (bool dropped = true; dropped;) {
      dropped = false;
      for (auto& [o, n] : candidates) {
        auto it = m_new_to_old.find(n.as<Object>());
        if (it == m_new_to_old.end() || class_patchable(o.as<TypeObject>(), n.as<TypeObject>())) continue;
        m_new_to_old.erase(it);
        dropped = true;
      }
    }
  }
  bool paired(const Value& n) const { return m_new_to_old.count(n.as<Object>()) != 0; }
  void pair(const Value& o, const Value& n) { m_new_to_old[n.as<Object>()] = o; }
  Value old_of(const Value& v) const {
    if (!v.is_obj()) return Value();
    auto it = m_new_to_old.find(v.as<Object>());
    return it == m_new_to_old.end() ? Value() : it->second;
  }

  // The same def run again: a function of this module, or one a function of another
  // module made for it (a decorator's wrapper), of the same name.
  static bool same_def(const Value& o, const Value& n) {
    if (!is_type(o, &FunctionType) || !is_type(n, &FunctionType)) return false;
    const FunctionObject *f = o.as<FunctionObject>(), *g = n.as<FunctionObject>();
    return f->m_globals == g->m_globals && equal_immutable(f->m_qualname, g->m_qualname);
  }
  static bool function_patchable(const Value& o, const Value& n) {
    return same_def(o, n) && same_free_variables(o.as<FunctionObject>(), n.as<FunctionObject>());
  }
  bool module_class(const Value& v) const {
    return is_class(v) && (v.as<TypeObject>()->m_flags & kHeapType) &&
           class_module_name(v.as<TypeObject>()) == m_run.name;
  }

  void patch_function(const Value& o, const Value& n) {
    if (!m_patched.insert(o.as<Object>()).second) return;  // an alias of one done already
    PatchLog::FunctionState before, after;
    capture_function_state(o, &before);
    capture_function_state(n, &after);
    install_function_state(o.as<FunctionObject>(), after);
    m_log.functions.push_back(std::move(before));
  }

  // The old class takes the new class body's namespace; its methods are patched.
  bool patch_class(const Value& o, const Value& n) {
    TypeObject *c = o.as<TypeObject>(), *nc = n.as<TypeObject>();
    if (!m_patched.insert(c).second) return true;
    pair(o, n);
    PatchLog::ClassState s;
    s.cls = o;
    size_t pos = 0;
    Value k, v;
    while (dict_next(c->m_dict, &pos, &k, &v)) s.items.emplace_back(k, v);
    m_log.classes.push_back(s);
    std::vector<std::string> slots = slot_names(nc);
    pos = 0;
    while (dict_next(nc->m_dict, &pos, &k, &v)) redirect_class_cell(v, nc, c);
    pos = 0;
    while (dict_next(nc->m_dict, &pos, &k, &v)) {
      if (!is_str(k)) continue;
      const std::string& name = as_str(k)->m_data;
      // The instance layout stays the old class's: its own __dict__, __weakref__ and
      // slot descriptors.
      if (name == "__dict__" || name == "__weakref__" || std::count(slots.begin(), slots.end(), name)) continue;
      Value ov = dict_get(c->m_dict, k);
      if (ov.is(v) || (!ov.is_null() && patch_member(ov, v))) continue;
      if (set_attr(o, as_str(k), v) < 0) return false;
    }
    if (m_drop)
      for (auto& [key, value] : s.items)
        if (is_str(key) && !is_dunder(as_str(key)->m_data) && dict_get(nc->m_dict, key).is_null() &&
            del_attr(o, as_str(key)) < 0)
          return false;
    type_modified(c);
    return true;
  }

 private:
  bool class_patchable(const TypeObject* o, const TypeObject* n) const {
    if (o->m_type != n->m_type || o->m_nslots != n->m_nslots || slot_names(o) != slot_names(n) ||
        o->m_bases.size() != n->m_bases.size() || guards_attributes(o->m_type))
      return false;
    for (size_t i = 0; i < n->m_bases.size(); i++) {
      Value mapped = old_of(Value::borrow(n->m_bases[i]));
      const TypeObject* base = mapped.is_null() ? n->m_bases[i] : mapped.as<TypeObject>();
      if (base != o->m_bases[i]) return false;
    }
    return true;
  }

  // A metaclass with its own __setattr__ or __delattr__ (enum's) guards its classes'
  // namespaces: the new one cannot be put in, so such a class is rebound instead.
  static bool guards_attributes(const TypeObject* meta) {
    for (const char* name : {"__setattr__", "__delattr__"})
      if (!meta->lookup(intern(name)).is(TypeType.lookup(intern(name)))) return true;
    return false;
  }

  // A method using super() or __class__ reads its class from a cell that holds the new
  // class; it must hold the old one the module keeps.
  void redirect_class_cell(const Value& member, TypeObject* from, TypeObject* to) {
    Value f = member;
    if (is_type(f, &StaticMethodType)) f = f.as<StaticMethodObject>()->m_func;
    else if (is_type(f, &ClassMethodType)) f = f.as<ClassMethodObject>()->m_func;
    if (is_type(f, &PropertyType)) {
      auto* p = f.as<PropertyObject>();
      for (const Value& accessor : {p->m_get, p->m_set, p->m_del})
        if (!accessor.is_null()) redirect_class_cell(accessor, from, to);
      return;
    }
    if (!is_type(f, &FunctionType)) return;
    FunctionObject* fn = f.as<FunctionObject>();
    const ast::Scope* scope = fn->m_scope;
    for (size_t k = 0; k < scope->free_slots.size() && k < fn->m_closure.size(); k++) {
      if (scope->slot_names[scope->free_slots[k]] != "__class__" || !is_type(fn->m_closure[k], &CellType)) continue;
      CellObject* cell = fn->m_closure[k].as<CellObject>();
      if (!cell->m_value.is_obj() || cell->m_value.as<Object>() != from) continue;
      m_log.cells.emplace_back(fn->m_closure[k], cell->m_value);
      cell->m_value = Value::borrow(to);
    }
  }

  // A class member: the old one stays, patched, when both are functions (also inside
  // staticmethod, classmethod, property) or both patchable classes.
  bool patch_member(const Value& o, const Value& n) {
    TypeObject* t = o.type();
    if (t != n.type()) return false;
    if (t == &FunctionType) {
      if (!function_patchable(o, n)) return false;
      if (m_differ.value_changed(o, n)) patch_function(o, n);
      return true;
    }
    if (t == &StaticMethodType)
      return patch_member(o.as<StaticMethodObject>()->m_func, n.as<StaticMethodObject>()->m_func);
    if (t == &ClassMethodType)
      return patch_member(o.as<ClassMethodObject>()->m_func, n.as<ClassMethodObject>()->m_func);
    if (t == &PropertyType) {
      auto *p = o.as<PropertyObject>(), *q = n.as<PropertyObject>();
      std::pair<Value, Value> accessors[] = {{p->m_get, q->m_get}, {p->m_set, q->m_set}, {p->m_del, q->m_del}};
      for (auto& [a, b] : accessors)
        if (a.is_null() != b.is_null() || (!a.is_null() && !function_patchable(a, b))) return false;
      for (auto& [a, b] : accessors)
        if (!a.is_null() && m_differ.value_changed(a, b)) patch_function(a, b);
      p->m_doc = q->m_doc;
      return true;
    }
    if (module_class(o) && module_class(n) && class_patchable(o.as<TypeObject>(), n.as<TypeObject>()))
      return patch_class(o, n);
    return false;
  }

  const ModuleRun& m_run;
  PatchLog& m_log;
  bool m_drop;
  Differ& m_differ;
  std::unordered_map<Object*, Value> m_new_to_old;
  std::unordered_set<Object*> m_patched;
};

// Names gathered as their str keys (cheap to move while sorting), then copied out.
class Names {
 public:
  void add(const Value& key) { m_keys.push_back(key); }
  std::vector<std::string> sorted() {
    std::sort(m_keys.begin(), m_keys.end(),
              [](const Value& a, const Value& b) { return as_str(a)->m_data < as_str(b)->m_data; });
    std::vector<std::string> out;
    out.reserve(m_keys.size());
    for (const Value& k : m_keys) out.push_back(as_str(k)->m_data);
    return out;
  }

 private:
  std::vector<Value> m_keys;
};

}  // namespace

bool finish_module(const ModuleRun& run, const HotReloadOptions& options, PatchLog& log, ModuleChanges* out) {
  // What the namespace held, as a dict (its str keys keep their hashes: no copies).
  Value before = new_dict();
  for (auto& [k, v] : run.before)
    if (is_str(k) && dict_set(as_dict(before), k, v) < 0) return false;
  const NameSet& old_names = *run.old_names;
  const NameSet& new_names = *run.new_names;

  // The report's names, decided before anything is patched.
  Differ differ;
  Patcher patcher(run, log, differ, options.drop_removed);
  std::vector<std::pair<Value, Value>> classes, functions;  // (old, new) at the top level
  std::vector<Value> class_keys, function_keys;  // the name, or Null when unchanged
  Names added, changed_names, removed, patched;
  size_t pos = 0;
  Value k, v;
  while (dict_next(run.dict, &pos, &k, &v)) {
    if (!is_str(k) || is_dunder(as_str(k)->m_data)) continue;
    Value o = dict_get(as_dict(before), k);
    if (o.is_null()) {
      added.add(k);
      continue;
    }
    bool changed = differ.value_changed(o, v);
    if (changed) changed_names.add(k);
    if (!options.patch || o.is(v)) continue;
    if (patcher.module_class(o) && patcher.module_class(v)) {
      classes.emplace_back(o, v);
      class_keys.push_back(changed ? k : Value());
    } else if (Patcher::function_patchable(o, v)) {
      functions.emplace_back(o, v);
      function_keys.push_back(changed ? k : Value());
    }
  }
  for (auto& [key, o] : run.before) {
    if (!is_str(key) || is_dunder(as_str(key)->m_data)) continue;
    const std::string& name = as_str(key)->m_data;
    bool gone = dict_get(run.dict, key).is_null();
    bool stale = !gone && old_names.count(name) && !new_names.count(name);
    if (gone || stale) removed.add(key);
    if (stale && options.drop_removed && dict_del(run.dict, key) < 0) return false;
  }

  if (options.patch) {
    patcher.pair_classes(classes);
    for (size_t i = 0; i < classes.size(); i++) {
      auto& [o, n] = classes[i];
      if (!patcher.paired(n)) continue;
      // An unchanged class is simply kept; a changed one takes the new namespace.
      if (!class_keys[i].is_null()) {
        if (!patcher.patch_class(o, n)) return false;
        patched.add(class_keys[i]);
      }
    }
    for (size_t i = 0; i < functions.size(); i++) {
      auto& [o, n] = functions[i];
      if (!function_keys[i].is_null()) {
        patcher.patch_function(o, n);
        patched.add(function_keys[i]);
      }
      patcher.pair(o, n);
    }
    // Every top-level binding of a replaced object (aliases too) is the old one again;
    // instances the new code made of a patched class become the old class's.
    std::vector<std::pair<Value, Value>> rebind;
    pos = 0;
    while (dict_next(run.dict, &pos, &k, &v)) {
      Value old = patcher.old_of(v);
      if (!old.is_null()) {
        rebind.emplace_back(k, old);
        continue;
      }
      Value old_class = v.is_obj() ? patcher.old_of(Value::borrow(v.type())) : Value();
      if (!old_class.is_null() && is_class(old_class) && !is_class(v)) {
        log.retyped.emplace_back(v, Value::borrow(v.type()));
        v.as<Object>()->set_type(old_class.as<TypeObject>());
      }
    }
    for (auto& [key, old] : rebind)
      if (dict_set(run.dict, key, old) < 0) return false;
  }
  out->added = added.sorted();
  out->changed = changed_names.sorted();
  out->removed = removed.sorted();
  out->patched = patched.sorted();
  return true;
}

}  // namespace hotpy
