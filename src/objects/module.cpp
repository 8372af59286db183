// Module objects.
#include "objects/module.h"

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"

namespace hotpy {

TypeObject ModuleType("module");

ModuleObject::ModuleObject(std::string_view name) : GcObject(&ModuleType), m_dict(new DictObject()) {
  m_prev = ts->last_module;
  (ts->last_module ? ts->last_module->m_next : ts->first_module) = this;
  ts->last_module = this;
  dict_set_str(m_dict, intern("__name__"), new_str(name));
  dict_set_str(m_dict, intern("__doc__"), Value::none());
  dict_set_str(m_dict, intern("__package__"), Value::none());
  dict_set_str(m_dict, intern("__spec__"), Value::none());
}
ModuleObject::~ModuleObject() {
  if (ts) {  // else freed with no interpreter running: in no list any more
    (m_prev ? m_prev->m_next : ts->first_module) = m_next;
    (m_next ? m_next->m_prev : ts->last_module) = m_prev;
  }
  decref(m_dict);
}

std::vector<Value> live_modules() {
  std::vector<Value> all;
  for (ModuleObject* m = ts->first_module; m; m = m->m_next) all.push_back(Value::borrow(m));
  return all;
}
void ModuleObject::traverse(Visitor visit, void* arg) { visit(m_dict, arg); }

Value new_module(std::string_view name) { return Value::steal(new ModuleObject(name)); }

static std::string module_name(const Value& self) {
  Value n = dict_get_str(self.as<ModuleObject>()->m_dict, intern("__name__"));
  return is_str(n) ? as_str(n)->m_data : "?";
}

static Value module_repr(const Value& self) {
  DictObject* d = self.as<ModuleObject>()->m_dict;
  std::string name = repr_text(new_str(module_name(self)));
  Value file = dict_get_str(d, intern("__file__"));
  if (is_str(file)) return new_str(format("<module %s from %s>", name.c_str(), repr_text(file).c_str()));
  // Modules of the native table say so; one made by ModuleType(name) does not.
  Value spec = dict_get_str(d, intern("__spec__"));
  Value origin = spec.is_null() || spec.is_none() ? Value() : get_attr_opt(spec, intern("origin"));
  if (origin.is_null()) clear_error();
  if (is_str(origin) && as_str(origin)->view() == "built-in")
    return new_str(format("<module %s (built-in)>", name.c_str()));
  return new_str(format("<module %s>", name.c_str()));
}

static Value module_getattr(const Value& self, StrObject* name) {
  DictObject* d = self.as<ModuleObject>()->m_dict;
  Value v = dict_get_str(d, name);
  if (!v.is_null()) return v;
  v = generic_getattr(self, name);
  if (!v.is_null() || !error_matches(&AttributeErrorType)) return v;
  clear_error();
  // A module-level __getattr__ (PEP 562) gets the last word.
  Value hook = dict_get_str(d, intern("__getattr__"));
  if (!hook.is_null()) return call1(hook, Value::borrow(name));
  return raise_attribute_error(self, name,
                               format("module '%s' has no attribute '%s'", module_name(self).c_str(), name->m_data.c_str()));
}

static Value module_new(TypeObject* type, const Value* args, size_t nargs, KwNames*) {
  if (nargs < 1 || !is_str(args[0])) return raise(&TypeErrorType, "module() argument 'name' must be str");
  auto* m = new ModuleObject(as_str(args[0])->view());
  m->set_type(type);
  if (nargs > 1) dict_set_str(m->m_dict, intern("__doc__"), args[1]);
  return Value::steal(m);
}

void init_module_type() {
  ModuleType.m_flags |= kBaseType;
  ModuleType.tp_repr = module_repr;
  ModuleType.tp_getattr = module_getattr;
  ModuleType.tp_setattr = generic_setattr;
  ModuleType.tp_new = module_new;
  type_ready(&ModuleType, &ObjectType);
}

}  // namespace hotpy
