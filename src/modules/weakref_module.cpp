// _weakref: the native half of the weakref module (stdlib/weakref.py builds the
// dictionaries, sets, WeakMethod and finalize on it), with CPython 3.11's names and
// messages. The reference types themselves live with the objects (objects/weakref.h).
#include "modules/native.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

namespace hotpy {

namespace {

bool one_arg(const char* fname, size_t nargs, KwNames* kw) {
  if (!no_keywords(fname, kw)) return false;
  if (nargs == 1) return true;
  raise(&TypeErrorType, format("%s() takes exactly one argument (%zu given)", fname, nargs));
  return false;
}

Value weakref_getweakrefcount(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("_weakref.getweakrefcount", nargs, kw)) return Value();
  return Value::integer(args[0].is_obj() ? int64_t(weakref_count(args[0].obj())) : 0);
}

Value weakref_getweakrefs(const Value* args, size_t nargs, KwNames* kw) {
  if (!one_arg("getweakrefs", nargs, kw)) return Value();
  return new_list(args[0].is_obj() ? weakrefs_of(args[0].obj()) : std::vector<Value>());
}

Value weakref_proxy(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("proxy", kw)) return Value();
  if (nargs < 1) return raise(&TypeErrorType, format("proxy expected at least 1 argument, got %zu", nargs));
  if (nargs > 2) return raise(&TypeErrorType, format("proxy expected at most 2 arguments, got %zu", nargs));
  TypeObject* type = is_callable(args[0]) ? &CallableProxyType : &ProxyType;
  return new_weakref(type, args[0], nargs > 1 ? args[1] : Value());
}

// _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weak reference
// (WeakValueDictionary's callback; a key already gone is fine).
Value weakref_remove_dead(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("_remove_dead_weakref", kw) || !check_nargs("_remove_dead_weakref", nargs, 2, 2)) return Value();
  if (!is_dict(args[0]))
    return raise(&TypeErrorType, format("_remove_dead_weakref() argument 1 must be dict, not %s",
                                        type_name(args[0]).c_str()));
  DictObject* d = as_dict(args[0]);
  Value v = dict_get(d, args[1]);
  if (v.is_null()) return error_pending() ? Value() : Value::none();
  if (is_weakref(v) && !v.as<WeakRefObject>()->m_referent && dict_del(d, args[1]) < 0) {
    if (!error_matches(&KeyErrorType)) return Value();
    clear_error();
  }
  return Value::none();
}

}  // namespace

Value init_weakref_module() {
  Value m = new_module("_weakref");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"getweakrefcount", weakref_getweakrefcount},
                             {"getweakrefs", weakref_getweakrefs},
                             {"proxy", weakref_proxy},
                             {"_remove_dead_weakref", weakref_remove_dead}});
  module_add(mod, "ref", Value::borrow(&ReferenceType));
  module_add(mod, "ReferenceType", Value::borrow(&ReferenceType));
  module_add(mod, "ProxyType", Value::borrow(&ProxyType));
  module_add(mod, "CallableProxyType", Value::borrow(&CallableProxyType));
  return m;
}

}  // namespace hotpy
