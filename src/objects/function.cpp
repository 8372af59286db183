// Function and method objects, the method-making descriptors, and super.
#include "objects/function.h"

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

void set_call_shape(FunctionObject* f) {
  const ast::Arguments* p = f->m_params;
  const ast::Scope& scope = *f->m_scope;
  f->m_nparams = uint32_t(p->posonlyargs.size() + p->args.size());
  f->m_simple_params = !p->vararg && !p->kwarg && p->kwonlyargs.empty();
  f->m_direct_nargs = f->m_simple_params && !scope.is_generator ? int32_t(f->m_nparams) : -1;
  // A body that is one `return expr` (a getter, a small helper) runs without a statement loop.
  const ast::StmtList* b = f->m_body;
  bool at_once = b && b->size() == 1 && (*b)[0]->kind == ast::Kind::Return &&
                 static_cast<const ast::Return*>((*b)[0])->value;
  f->m_entry = uint8_t((!scope.cell_slots.empty() || !scope.free_slots.empty() ? FunctionObject::kNeedsCells : 0) |
                      (scope.is_generator ? FunctionObject::kIsGenerator : 0));
  f->m_return_at_once = at_once ? (*b)[0] : nullptr;
  f->m_nslots = uint32_t(scope.nslots);
}

TypeObject CellType("cell");
TypeObject FunctionType("function");
TypeObject BuiltinFunctionType("builtin_function_or_method");
TypeObject MethodDescrType("method_descriptor");
TypeObject MethodType("method");
TypeObject StaticMethodType("staticmethod");
TypeObject ClassMethodType("classmethod");
TypeObject PropertyType("property");
TypeObject SuperType("super");

bool (*zero_arg_super)(Value* type, Value* obj) = nullptr;
DictObject* (*running_globals)() = nullptr;

CellObject::CellObject(Value v) : GcObject(&CellType), m_value(std::move(v)) {}
void CellObject::traverse(Visitor visit, void* arg) { visit_value(m_value, visit, arg); }
void CellObject::clear() { Value old = std::move(m_value); }

FunctionObject::FunctionObject() : GcObject(&FunctionType) {}
FunctionObject::~FunctionObject() {
  if (m_globals) decref(m_globals);
  if (m_dict) decref(m_dict);
}
void FunctionObject::traverse(Visitor visit, void* arg) {
  if (m_globals) visit(m_globals, arg);
  if (m_dict) visit(m_dict, arg);
  for (auto* vec : {&m_defaults, &m_kwdefaults, &m_closure})
    for (const Value& v : *vec) visit_value(v, visit, arg);
  for (const Value* v : {&m_annotations, &m_code, &m_name, &m_qualname, &m_doc, &m_module}) visit_value(*v, visit, arg);
}
// Keeps what a call needs (globals, closure cells: the collector clears those
// objects themselves) and drops the rest.
void FunctionObject::clear() {
  std::vector<Value> defaults;
  defaults.swap(m_defaults);
  std::vector<Value> kwdefaults(m_kwdefaults.size());  // all required
  kwdefaults.swap(m_kwdefaults);
  Value annotations = std::move(m_annotations);
  Value doc = std::exchange(m_doc, Value::none());
  Value module = std::exchange(m_module, Value::none());
  if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
}

BuiltinFunctionObject::BuiltinFunctionObject(const char* name, NativeFn fn, Value self)
    : GcObject(&BuiltinFunctionType), m_name(name), m_fn(fn), m_self(std::move(self)) {}
void BuiltinFunctionObject::traverse(Visitor visit, void* arg) { visit_value(m_self, visit, arg); }
Value new_builtin(const char* name, NativeFn fn, Value self) {
  return Value::steal(new BuiltinFunctionObject(name, fn, std::move(self)));
}

MethodDescrObject::MethodDescrObject(const char* name, NativeFn fn, TypeObject* owner)
    : GcObject(&MethodDescrType), m_name(name), m_fn(fn), m_owner(owner) {}

MethodObject::MethodObject(Value func, Value self)
    : GcObject(&MethodType), m_func(std::move(func)), m_self(std::move(self)) {}
void MethodObject::traverse(Visitor visit, void* arg) {
  visit_value(m_func, visit, arg);
  visit_value(m_self, visit, arg);
}
void MethodObject::clear() {
  Value func = std::exchange(m_func, Value::none());
  Value self = std::exchange(m_self, Value::none());
}
Value new_method(const Value& func, const Value& self) { return Value::steal(new MethodObject(func, self)); }

WrapperWithDict::~WrapperWithDict() {
  if (m_dict) decref(m_dict);
}
StaticMethodObject::StaticMethodObject(Value f) : WrapperWithDict(&StaticMethodType), m_func(std::move(f)) {}
ClassMethodObject::ClassMethodObject(Value f) : WrapperWithDict(&ClassMethodType), m_func(std::move(f)) {}
PropertyObject::PropertyObject() : WrapperWithDict(&PropertyType) {}
void StaticMethodObject::traverse(Visitor visit, void* arg) {
  visit_value(m_func, visit, arg);
  if (m_dict) visit(m_dict, arg);
}
void StaticMethodObject::clear() {
  Value func = std::exchange(m_func, Value::none());
  if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
}
void ClassMethodObject::traverse(Visitor visit, void* arg) {
  visit_value(m_func, visit, arg);
  if (m_dict) visit(m_dict, arg);
}
void ClassMethodObject::clear() {
  Value func = std::exchange(m_func, Value::none());
  if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
}
void PropertyObject::traverse(Visitor visit, void* arg) {
  for (const Value* v : {&m_get, &m_set, &m_del, &m_doc, &m_name}) visit_value(*v, visit, arg);
  if (m_dict) visit(m_dict, arg);
}
void PropertyObject::clear() {
  Value get = std::move(m_get), set = std::move(m_set), del = std::move(m_del), doc = std::move(m_doc),
        name = std::move(m_name);
  if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
}

// staticmethod(f) / classmethod(f) look like f: its __module__, __name__, __qualname__,
// __doc__ and __annotations__ are copied into the wrapper's dict (CPython's functools_wraps).
static bool copy_wrapped_attributes(const Value& wrapper, const Value& wrapped) {
  for (const char* name : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
    Value v = get_attr_opt(wrapped, intern(name));
    if (v.is_null()) {
      if (error_pending()) return false;
      continue;
    }
    if (set_attr(wrapper, intern(name), v) < 0) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// function

static Value function_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  return call_function(self.as<FunctionObject>(), args, nargs, kw);
}
static Value function_descr_get(const Value& f, const Value& obj, TypeObject*) {
  if (obj.is_null()) return f;
  return new_method(f, obj);
}
static Value function_repr(const Value& self) {
  auto* f = self.as<FunctionObject>();
  return new_str(format("<function %s at %p>", str_text(f->m_qualname).c_str(), static_cast<void*>(f)));
}
static Value fn_name_get(const Value& s) { return s.as<FunctionObject>()->m_name; }
static int fn_name_set(const Value& s, const Value& v) {
  if (!is_str(v)) {
    raise(&TypeErrorType, "__name__ must be set to a string object");
    return -1;
  }
  s.as<FunctionObject>()->m_name = v;
  return 0;
}
static Value fn_qualname_get(const Value& s) { return s.as<FunctionObject>()->m_qualname; }
static int fn_qualname_set(const Value& s, const Value& v) {
  if (!is_str(v)) {
    raise(&TypeErrorType, "__qualname__ must be set to a string object");
    return -1;
  }
  s.as<FunctionObject>()->m_qualname = v;
  return 0;
}
static Value fn_doc_get(const Value& s) { return s.as<FunctionObject>()->m_doc; }
static int fn_doc_set(const Value& s, const Value& v) {
  s.as<FunctionObject>()->m_doc = v.is_null() ? Value::none() : v;
  return 0;
}
static Value fn_module_get(const Value& s) { return s.as<FunctionObject>()->m_module; }
static int fn_module_set(const Value& s, const Value& v) {
  s.as<FunctionObject>()->m_module = v.is_null() ? Value::none() : v;
  return 0;
}
static Value fn_defaults_get(const Value& s) {
  auto* f = s.as<FunctionObject>();
  if (f->m_defaults.empty()) return Value::none();
  return new_tuple(f->m_defaults);
}
static int fn_defaults_set(const Value& s, const Value& v) {
  auto* f = s.as<FunctionObject>();
  f->m_defaults.clear();
  if (v.is_null() || v.is_none()) return 0;
  if (!is_tuple(v)) {
    raise(&TypeErrorType, "__defaults__ must be set to a tuple object");
    return -1;
  }
  f->m_defaults = as_tuple(v)->m_items;
  return 0;
}
static Value fn_kwdefaults_get(const Value& s) {
  auto* f = s.as<FunctionObject>();
  Value d = new_dict();
  bool any = false;
  for (size_t i = 0; i < f->m_kwdefaults.size(); i++) {
    if (f->m_kwdefaults[i].is_null()) continue;
    dict_set_str(as_dict(d), intern(f->m_params->kwonlyargs[i].name), f->m_kwdefaults[i]);
    any = true;
  }
  return any ? d : Value::none();
}
static Value fn_globals_get(const Value& s) { return Value::borrow(s.as<FunctionObject>()->m_globals); }
static Value fn_closure_get(const Value& s) {
  auto* f = s.as<FunctionObject>();
  if (f->m_closure.empty()) return Value::none();
  return new_tuple(f->m_closure);
}
static Value fn_code_get(const Value& s) {
  auto* f = s.as<FunctionObject>();
  if (f->m_code.is_null()) f->m_code = new_code(f);
  return f->m_code;
}
static int fn_code_set(const Value& s, const Value& v) { return function_set_code(s.as<FunctionObject>(), v); }
static Value fn_annotations_get(const Value& s) {
  auto* f = s.as<FunctionObject>();
  if (f->m_annotations.is_null()) f->m_annotations = new_dict();
  return f->m_annotations;
}
static int fn_annotations_set(const Value& s, const Value& v) {
  if (!v.is_null() && !v.is_none() && !is_dict(v)) {
    raise(&TypeErrorType, "__annotations__ must be set to a dict object");
    return -1;
  }
  s.as<FunctionObject>()->m_annotations = v.is_none() ? Value() : v;
  return 0;
}
static Value fn_dict_get(const Value& s) {
  auto* f = s.as<FunctionObject>();
  if (!f->m_dict) f->m_dict = new DictObject();
  return Value::borrow(f->m_dict);
}

// ---------------------------------------------------------------------------
// builtin functions and method descriptors

static Value builtin_call_impl(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  auto* b = self.as<BuiltinFunctionObject>();
  if (b->m_self.is_null()) return b->m_fn(args, nargs, kw);
  return with_first_arg(b->m_self, args, nargs, kw, [&](const Value* all, size_t n) { return b->m_fn(all, n, kw); });
}
static Value builtin_repr(const Value& self) {
  auto* b = self.as<BuiltinFunctionObject>();
  if (b->m_self.is_null() || is_module(b->m_self))
    return new_str(format("<built-in function %s>", b->m_name));
  return new_str(format("<built-in method %s of %s object at %p>", b->m_name, type_name(b->m_self).c_str(),
                        static_cast<void*>(b->m_self.is_obj() ? b->m_self.obj() : nullptr)));
}
static Value builtin_name_get(const Value& s) { return new_str(s.as<BuiltinFunctionObject>()->m_name); }
// "list.append" for a method of an instance, "dict.fromkeys" of a class, "len" of a module.
static Value builtin_qualname_get(const Value& s) {
  auto* b = s.as<BuiltinFunctionObject>();
  if (b->m_self.is_null() || b->m_self.is_none() || is_module(b->m_self)) return new_str(b->m_name);
  const TypeObject* owner =
      b->m_self.type()->is_subtype(&TypeType) ? b->m_self.as<TypeObject>() : b->m_self.type();
  return new_str(owner->m_qualname + "." + b->m_name);
}
static Value builtin_module_get(const Value& s) {
  const Value& m = s.as<BuiltinFunctionObject>()->m_module;
  return m.is_null() ? Value::none() : m;
}

static Value builtin_self_get(const Value& s) {
  const Value& v = s.as<BuiltinFunctionObject>()->m_self;
  return v.is_null() ? Value::none() : v;
}

static Value method_descr_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  auto* d = self.as<MethodDescrObject>();
  if (nargs < 1)
    return raise(&TypeErrorType, format("unbound method %s.%s() needs an argument", d->m_owner->m_name.c_str(),
                                        d->m_name));
  if (!args[0].type()->is_subtype(d->m_owner))
    return raise(&TypeErrorType, format("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                        d->m_name, d->m_owner->m_name.c_str(), type_name(args[0]).c_str()));
  return d->m_fn(args, nargs, kw);
}
static Value method_descr_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null()) return descr;
  auto* d = descr.as<MethodDescrObject>();
  if (!obj.type()->is_subtype(d->m_owner))
    return raise(&TypeErrorType, format("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                        d->m_name, d->m_owner->m_name.c_str(), type_name(obj).c_str()));
  return new_builtin(d->m_name, d->m_fn, obj);
}
static Value method_descr_repr(const Value& self) {
  auto* d = self.as<MethodDescrObject>();
  return new_str(format("<method '%s' of '%s' objects>", d->m_name, d->m_owner->m_name.c_str()));
}
static Value method_descr_name_get(const Value& s) { return new_str(s.as<MethodDescrObject>()->m_name); }
static Value method_descr_qualname_get(const Value& s) {
  auto* d = s.as<MethodDescrObject>();
  return new_str(d->m_owner->m_qualname + "." + d->m_name);
}
static Value method_descr_objclass_get(const Value& s) { return Value::borrow(s.as<MethodDescrObject>()->m_owner); }

// __new__ of a builtin type as a callable: args[0] (bound) is the type owning the
// slot, args[1] the class to make.
static Value tp_new_wrapper(const Value* args, size_t nargs, KwNames* kw) {
  auto* owner = args[0].as<TypeObject>();
  if (nargs < 2) return raise(&TypeErrorType, format("%s.__new__(): not enough arguments", owner->m_name.c_str()));
  if (!args[1].type()->is_subtype(&TypeType))
    return raise(&TypeErrorType, format("%s.__new__(X): X is not a type object (%s)", owner->m_name.c_str(),
                                        type_name(args[1]).c_str()));
  auto* cls = args[1].as<TypeObject>();
  if (!cls->is_subtype(owner))
    return raise(&TypeErrorType, format("%s.__new__(%s): %s is not a subtype of %s", owner->m_name.c_str(),
                                        cls->m_name.c_str(), cls->m_name.c_str(), owner->m_name.c_str()));
  // The nearest builtin base of cls must make its instances with this very __new__
  // (object.__new__(int) would make an int without its value): CPython's tp_new_wrapper.
  const TypeObject* builtin_base = cls;
  while (builtin_base->m_base && (builtin_base->m_flags & kHeapType)) builtin_base = builtin_base->m_base;
  if (builtin_base->tp_new != owner->tp_new)
    return raise(&TypeErrorType, format("%s.__new__(%s) is not safe, use %s.__new__()", owner->m_name.c_str(),
                                        cls->m_name.c_str(), cls->m_name.c_str()));
  return owner->tp_new(cls, args + 2, nargs - 2, kw);
}
Value new_builtin_new(TypeObject* type) { return new_builtin("__new__", tp_new_wrapper, Value::borrow(type)); }

// ---------------------------------------------------------------------------
// bound methods

static Value method_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  auto* m = self.as<MethodObject>();
  return call_with_first(m->m_func, m->m_self, args, nargs, kw);
}
static Value method_repr(const Value& self) {
  auto* m = self.as<MethodObject>();
  Value qn = get_attr_opt(m->m_func, INTERN("__qualname__"));
  std::string name = qn.is_null() ? "?" : str_text(qn);
  Value r = repr(m->m_self);
  if (r.is_null()) return r;
  return new_str(format("<bound method %s of %s>", name.c_str(), as_str(r)->m_data.c_str()));
}
static Value method_getattr(const Value& self, StrObject* name) {
  auto* m = self.as<MethodObject>();
  if (name->view() == "__self__") return m->m_self;
  if (name->view() == "__func__") return m->m_func;
  // The function's own metadata shows through the method (CPython's getsets).
  std::string_view n = name->view();
  if (n == "__doc__" || n == "__name__" || n == "__qualname__" || n == "__module__") return get_attr(m->m_func, name);
  Value v = generic_getattr(self, name);
  if (!v.is_null() || !error_matches(&AttributeErrorType)) return v;
  clear_error();
  return get_attr(m->m_func, name);
}
// types.MethodType(func, instance).
static Value method_new(TypeObject*, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("method", kw)) return Value();
  if (nargs != 2) return raise(&TypeErrorType, format("method expected 2 arguments, got %zu", nargs));
  if (!is_callable(args[0])) return raise(&TypeErrorType, "first argument must be callable");
  if (args[1].is_none()) return raise(&TypeErrorType, "instance must not be None");
  return new_method(args[0], args[1]);
}
static Value method_richcompare(const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_type(b, &MethodType)) return NotImplemented;
  auto* x = a.as<MethodObject>();
  auto* y = b.as<MethodObject>();
  bool same = x->m_func.is(y->m_func) && x->m_self.is(y->m_self);
  return Value::boolean(op == CmpOp::Eq ? same : !same);
}
static int64_t method_hash(const Value& self) {
  auto* m = self.as<MethodObject>();
  int64_t a = hash(m->m_func);
  if (a == -1) return -1;
  int64_t b = m->m_self.is_obj() ? static_cast<int64_t>(reinterpret_cast<uintptr_t>(m->m_self.obj()) >> 4) : 0;
  int64_t h = a ^ b;
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------------------
// staticmethod, classmethod, property

// A subclass's instance is made empty and filled by __init__, which subclasses call
// through super().__init__(f) with arguments of their own (CPython's cm_init/sm_init).
static Value staticmethod_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  bool exact = type == &StaticMethodType;
  if (exact && nargs != 1) return raise(&TypeErrorType, format("staticmethod expected 1 argument, got %zu", nargs));
  auto* s = new StaticMethodObject(exact ? args[0] : Value::none());
  s->set_type(type);
  Value hold = Value::steal(s);
  return !exact || copy_wrapped_attributes(hold, args[0]) ? hold : Value();
}
static int staticmethod_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (self.type() == &StaticMethodType) return 0;  // staticmethod_new did it all
  if (!no_keywords("staticmethod", kw)) return -1;
  if (nargs != 1) {
    raise(&TypeErrorType, format("staticmethod expected 1 argument, got %zu", nargs));
    return -1;
  }
  self.as<StaticMethodObject>()->m_func = args[0];
  return copy_wrapped_attributes(self, args[0]) ? 0 : -1;
}
static Value staticmethod_get(const Value& self, const Value&, TypeObject*) {
  return self.as<StaticMethodObject>()->m_func;
}
static Value staticmethod_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  return call(self.as<StaticMethodObject>()->m_func, args, nargs, kw);
}
static Value staticmethod_func(const Value& s) { return s.as<StaticMethodObject>()->m_func; }

static Value classmethod_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  bool exact = type == &ClassMethodType;
  if (exact && nargs != 1) return raise(&TypeErrorType, format("classmethod expected 1 argument, got %zu", nargs));
  auto* c = new ClassMethodObject(exact ? args[0] : Value::none());
  c->set_type(type);
  Value hold = Value::steal(c);
  return !exact || copy_wrapped_attributes(hold, args[0]) ? hold : Value();
}
static int classmethod_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (self.type() == &ClassMethodType) return 0;
  if (!no_keywords("classmethod", kw)) return -1;
  if (nargs != 1) {
    raise(&TypeErrorType, format("classmethod expected 1 argument, got %zu", nargs));
    return -1;
  }
  self.as<ClassMethodObject>()->m_func = args[0];
  return copy_wrapped_attributes(self, args[0]) ? 0 : -1;
}
static Value classmethod_get(const Value& self, const Value& obj, TypeObject* owner) {
  if (!owner) owner = obj.type();
  // A builtin classmethod (dict.fromkeys) binds as a builtin method, as CPython's
  // classmethod_descriptor: its __self__ is the class, its __qualname__ "dict.fromkeys".
  const Value& f = self.as<ClassMethodObject>()->m_func;
  if (is_type(f, &BuiltinFunctionType) && f.as<BuiltinFunctionObject>()->m_self.is_null())
    return new_builtin(f.as<BuiltinFunctionObject>()->m_name, f.as<BuiltinFunctionObject>()->m_fn,
                       Value::borrow(owner));
  // Whatever else has __get__ binds to the class itself (3.9-3.12): classmethod(property),
  // classmethod(staticmethod(f)).
  if (!is_type(f, &FunctionType) && f.type()->tp_descr_get)
    return f.type()->tp_descr_get(f, Value::borrow(owner), owner->m_type);
  return new_method(f, Value::borrow(owner));
}
static Value classmethod_func(const Value& s) { return s.as<ClassMethodObject>()->m_func; }

static Value property_new(TypeObject* type, const Value*, size_t, KwNames*) {
  auto* p = new PropertyObject();
  p->set_type(type);
  return Value::steal(p);
}
static int property_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("property", args, nargs, kw, {"fget", "fset", "fdel", "doc"}, 4, a)) return -1;
  auto* p = self.as<PropertyObject>();
  auto opt = [](const Value& v) { return v.is_null() || v.is_none() ? Value() : v; };
  p->m_get = opt(a[0]);
  p->m_set = opt(a[1]);
  p->m_del = opt(a[2]);
  p->m_doc = a[3];
  bool from_getter = (p->m_doc.is_null() || p->m_doc.is_none()) && !p->m_get.is_null();
  if (from_getter) p->m_doc = get_attr_opt(p->m_get, INTERN("__doc__"));
  if (error_pending()) clear_error();
  // A subclass's own __doc__ (None) would hide the getset: the getter's doc goes in
  // the instance dict (3.11's property_init; an explicit doc stays hidden there).
  if (from_getter && !p->m_doc.is_null() && self.type() != &PropertyType)
    return set_attr(self, INTERN("__doc__"), p->m_doc);
  return 0;
}
// "property 'x' of 'C' object has no setter" (the name when __set_name__ gave one).
static Value raise_missing_accessor(const PropertyObject* p, const Value& obj, const char* accessor) {
  std::string owner = repr_text(new_str(obj.type()->m_qualname));
  std::string name = p->m_name.is_null() ? "" : repr_text(p->m_name) + " ";
  return raise(&AttributeErrorType,
               format("property %sof %s object has no %s", name.c_str(), owner.c_str(), accessor));
}
static Value property_get(const Value& self, const Value& obj, TypeObject*) {
  if (obj.is_null()) return self;
  auto* p = self.as<PropertyObject>();
  if (p->m_get.is_null()) return raise_missing_accessor(p, obj, "getter");
  return call1(p->m_get, obj);
}
static int property_set(const Value& self, const Value& obj, const Value& v) {
  auto* p = self.as<PropertyObject>();
  const Value& f = v.is_null() ? p->m_del : p->m_set;
  if (f.is_null()) {
    raise_missing_accessor(p, obj, v.is_null() ? "deleter" : "setter");
    return -1;
  }
  Value args[2] = {obj, v};
  Value r = call(f, args, v.is_null() ? 1 : 2);
  return r.is_null() ? -1 : 0;
}
// getter/setter/deleter return a copy with one accessor replaced.
static Value property_copy(const Value& self, int which, const Value& f) {
  auto* p = self.as<PropertyObject>();
  auto* c = new PropertyObject();
  c->set_type(p->m_type);
  c->m_get = p->m_get;
  c->m_set = p->m_set;
  c->m_del = p->m_del;
  c->m_doc = p->m_doc;
  c->m_name = p->m_name;
  (which == 0 ? c->m_get : which == 1 ? c->m_set : c->m_del) = f.is_none() ? Value() : f;
  return Value::steal(c);
}
static Value property_getter(const Value* a, size_t n, KwNames*) {
  return check_nargs("getter", n - 1, 1, 1) ? property_copy(a[0], 0, a[1]) : Value();
}
static Value property_setter(const Value* a, size_t n, KwNames*) {
  return check_nargs("setter", n - 1, 1, 1) ? property_copy(a[0], 1, a[1]) : Value();
}
static Value property_deleter(const Value* a, size_t n, KwNames*) {
  return check_nargs("deleter", n - 1, 1, 1) ? property_copy(a[0], 2, a[1]) : Value();
}
static Value property_set_name(const Value* a, size_t n, KwNames*) {
  if (n != 3) return raise(&TypeErrorType, format("__set_name__() takes 2 positional arguments but %zu were given", n - 1));
  a[0].as<PropertyObject>()->m_name = a[2];
  return Value::none();
}
// True when any of `funcs` says it is abstract: what abc counts for a property or
// a classmethod/staticmethod wrapping an abstract method.
static Value any_abstract(std::initializer_list<const Value*> funcs) {
  for (const Value* f : funcs) {
    if (f->is_null()) continue;
    Value v = get_attr_opt(*f, INTERN("__isabstractmethod__"));
    if (v.is_null()) {
      if (error_pending()) return Value();
      continue;
    }
    int t = truthy(v);
    if (t < 0) return Value();
    if (t) return Value::boolean(true);
  }
  return Value::boolean(false);
}
static Value property_isabstract(const Value& s) {
  auto* p = s.as<PropertyObject>();
  return any_abstract({&p->m_get, &p->m_set, &p->m_del});
}
static Value staticmethod_isabstract(const Value& s) { return any_abstract({&s.as<StaticMethodObject>()->m_func}); }
static Value classmethod_isabstract(const Value& s) { return any_abstract({&s.as<ClassMethodObject>()->m_func}); }
static Value property_fget(const Value& s) {
  const Value& v = s.as<PropertyObject>()->m_get;
  return v.is_null() ? Value::none() : v;
}
static Value property_fset(const Value& s) {
  const Value& v = s.as<PropertyObject>()->m_set;
  return v.is_null() ? Value::none() : v;
}
static Value property_fdel(const Value& s) {
  const Value& v = s.as<PropertyObject>()->m_del;
  return v.is_null() ? Value::none() : v;
}
static Value property_doc(const Value& s) {
  const Value& v = s.as<PropertyObject>()->m_doc;
  return v.is_null() ? Value::none() : v;
}
static int property_doc_set(const Value& s, const Value& v) {
  s.as<PropertyObject>()->m_doc = v;
  return 0;
}

// ---------------------------------------------------------------------------
// super(type, obj): attribute lookup that starts after `type` in obj's MRO.

struct SuperObject : GcObject {
  Value m_type;      // the class the method was defined in
  Value m_obj;       // the instance (or class, for classmethods)
  TypeObject* m_obj_type;
  SuperObject() : GcObject(&SuperType) {}
  void traverse(Visitor visit, void* arg) override {
    visit_value(m_type, visit, arg);
    visit_value(m_obj, visit, arg);
  }
};

static Value super_new(TypeObject*, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("super", kw) || !check_nargs("super", nargs, 0, 2)) return Value();
  Value type, obj;
  if (nargs == 0) {
    if (!zero_arg_super || !zero_arg_super(&type, &obj)) {
      if (!error_pending()) raise(&RuntimeErrorType, "super(): no arguments");
      return Value();
    }
  } else {
    type = args[0];
    if (nargs == 2) obj = args[1];
  }
  if (!type.type()->is_subtype(&TypeType))
    return raise(&TypeErrorType, format("super() argument 1 must be a type, not %s", type_name(type).c_str()));
  auto* s = new SuperObject();
  Value hold = Value::steal(s);
  s->m_type = type;
  s->m_obj = obj;
  if (!obj.is_null()) {
    auto* t = type.as<TypeObject>();
    if (obj.type()->is_subtype(t)) {
      s->m_obj_type = obj.type();
    } else if (obj.type()->is_subtype(&TypeType) && obj.as<TypeObject>()->is_subtype(t)) {
      s->m_obj_type = obj.as<TypeObject>();
    } else {
      return raise(&TypeErrorType, "super(type, obj): obj must be an instance or subtype of type");
    }
  }
  return hold;
}

static Value super_getattr(const Value& self, StrObject* name) {
  auto* s = self.as<SuperObject>();
  if (!s->m_obj.is_null() && name->view() != "__class__") {
    const auto& mro = s->m_obj_type->m_mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != s->m_type.as<TypeObject>()) i++;
    for (i++; i < mro.size(); i++) {
      Value v = dict_get_str(mro[i]->m_dict, name);
      if (v.is_null()) continue;
      auto get = v.type()->tp_descr_get;
      if (!get) return v;
      // A classmethod reached through super() of a class binds to that class.
      Value inst = s->m_obj.is(Value::borrow(s->m_obj_type)) ? Value() : s->m_obj;
      return get(v, inst, s->m_obj_type);
    }
  }
  return generic_getattr(self, name);
}
static Value super_repr(const Value& self) {
  auto* s = self.as<SuperObject>();
  std::string obj = s->m_obj.is_null() ? "NULL" : "<" + s->m_obj_type->m_name + " object>";
  return new_str(format("<super: <class '%s'>, %s>", s->m_type.as<TypeObject>()->m_name.c_str(), obj.c_str()));
}
static Value super_thisclass(const Value& self) { return self.as<SuperObject>()->m_type; }
static Value super_self(const Value& self) {
  const Value& v = self.as<SuperObject>()->m_obj;
  return v.is_null() ? Value::none() : v;
}
static Value super_self_class(const Value& self) {
  auto* s = self.as<SuperObject>();
  return s->m_obj.is_null() ? Value::none() : Value::borrow(s->m_obj_type);
}

void init_function_types() {
  type_ready(&CellType, &ObjectType);

  FunctionType.tp_call = function_call;
  FunctionType.tp_new = function_new;
  FunctionType.tp_descr_get = function_descr_get;
  FunctionType.tp_repr = function_repr;
  type_ready(&FunctionType, &ObjectType);
  type_add_getsets(&FunctionType, {{"__name__", fn_name_get, fn_name_set},
                                   {"__qualname__", fn_qualname_get, fn_qualname_set},
                                   {"__doc__", fn_doc_get, fn_doc_set},
                                   {"__module__", fn_module_get, fn_module_set},
                                   {"__defaults__", fn_defaults_get, fn_defaults_set},
                                   {"__kwdefaults__", fn_kwdefaults_get},
                                   {"__globals__", fn_globals_get},
                                   {"__closure__", fn_closure_get},
                                   {"__code__", fn_code_get, fn_code_set},
                                   {"__annotations__", fn_annotations_get, fn_annotations_set},
                                   {"__dict__", fn_dict_get}});

  BuiltinFunctionType.tp_call = builtin_call_impl;
  BuiltinFunctionType.tp_repr = builtin_repr;
  type_ready(&BuiltinFunctionType, &ObjectType);
  type_add_getsets(&BuiltinFunctionType, {{"__name__", builtin_name_get}, {"__qualname__", builtin_qualname_get},
                                          {"__self__", builtin_self_get}, {"__module__", builtin_module_get}});

  MethodDescrType.tp_call = method_descr_call;
  MethodDescrType.tp_descr_get = method_descr_get;
  MethodDescrType.tp_repr = method_descr_repr;
  type_ready(&MethodDescrType, &ObjectType);
  type_add_getsets(&MethodDescrType, {{"__name__", method_descr_name_get},
                                      {"__qualname__", method_descr_qualname_get},
                                      {"__objclass__", method_descr_objclass_get}});

  MethodType.tp_new = method_new;
  MethodType.tp_call = method_call;
  MethodType.tp_repr = method_repr;
  MethodType.tp_getattr = method_getattr;
  MethodType.tp_richcompare = method_richcompare;
  MethodType.tp_hash = method_hash;
  type_ready(&MethodType, &ObjectType);

  StaticMethodType.m_flags |= kBaseType;
  StaticMethodType.tp_new = staticmethod_new;
  StaticMethodType.tp_init = staticmethod_init;
  StaticMethodType.tp_descr_get = staticmethod_get;
  StaticMethodType.tp_call = staticmethod_call;
  type_ready(&StaticMethodType, &ObjectType);
  type_add_getsets(&StaticMethodType,
                   {{"__func__", staticmethod_func},
                    {"__wrapped__", staticmethod_func},
                    {"__isabstractmethod__", staticmethod_isabstract}});

  ClassMethodType.m_flags |= kBaseType;
  ClassMethodType.tp_new = classmethod_new;
  ClassMethodType.tp_init = classmethod_init;
  ClassMethodType.tp_descr_get = classmethod_get;
  type_ready(&ClassMethodType, &ObjectType);
  type_add_getsets(&ClassMethodType,
                   {{"__func__", classmethod_func},
                    {"__wrapped__", classmethod_func},
                    {"__isabstractmethod__", classmethod_isabstract}});

  PropertyType.m_flags |= kBaseType;
  PropertyType.tp_new = property_new;
  PropertyType.tp_init = property_init;
  PropertyType.tp_descr_get = property_get;
  PropertyType.tp_descr_set = property_set;
  type_ready(&PropertyType, &ObjectType,
             {{"getter", property_getter},
              {"setter", property_setter},
              {"deleter", property_deleter},
              {"__set_name__", property_set_name}});
  type_add_getsets(&PropertyType, {{"fget", property_fget},
                                   {"fset", property_fset},
                                   {"fdel", property_fdel},
                                   {"__doc__", property_doc, property_doc_set},
                                   {"__isabstractmethod__", property_isabstract}});

  SuperType.tp_new = super_new;
  SuperType.tp_init = nullptr;
  SuperType.tp_getattr = super_getattr;
  SuperType.tp_repr = super_repr;
  type_ready(&SuperType, &ObjectType);
  type_add_getsets(&SuperType, {{"__thisclass__", super_thisclass},
                                {"__self__", super_self},
                                {"__self_class__", super_self_class}});
  SuperType.tp_init = [](const Value&, const Value*, size_t, KwNames*) { return 0; };
}

}  // namespace hotpy
