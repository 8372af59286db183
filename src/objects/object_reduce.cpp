// object.__reduce_ex__, __reduce__ and __getstate__: how copy and pickle take apart an
// object whose class says nothing about it (CPython's reduce_newobj and
// object_getstate). Protocol 2 and later rebuild with copyreg.__newobj__(cls, *args)
// and the state; earlier protocols defer to copyreg._reduce_ex, as CPython does.
#include "objects/object_reduce.h"

#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

Value (*import_module_hook)(const char* name) = nullptr;

namespace {

Value import_copyreg() {
  if (!import_module_hook) return raise(&ImportErrorType, "No module named 'copyreg'");
  return import_module_hook("copyreg");
}

// object.__getstate__ without an override: the instance dict (None when empty), and the
// __slots__ values as a second dict when there are any. `required` refuses objects whose
// contents live in C++ fields nobody could restore (CPython's basicsize test).
Value default_state(const Value& obj, bool required) {
  TypeObject* type = obj.type();
  if (required && builtin_layout(type) != &ObjectType)
    return raise(&TypeErrorType, format("cannot pickle '%s' object", type->m_name.c_str()));
  Value state = Value::none();
  DictObject** d = obj.is_obj() ? obj.obj()->instance_dict() : nullptr;
  if (d && *d && (*d)->size() > 0) state = dict_copy(*d);
  if (state.is_null()) return state;
  Value copyreg = import_copyreg();
  if (copyreg.is_null()) return copyreg;
  Value slotnames_fn = get_attr(copyreg, intern("_slotnames"));
  if (slotnames_fn.is_null()) return slotnames_fn;
  Value names = call1(slotnames_fn, Value::borrow(type));
  if (names.is_null()) return names;
  if (!is_list(names)) return raise(&TypeErrorType, "copyreg._slotnames didn't return a list or None");
  Value slots = new_dict();
  for (const Value& n : as_list(names)->m_items) {
    if (!is_str(n)) continue;
    Value v = get_attr_opt(obj, as_str(n));
    if (v.is_null()) {
      if (error_pending()) return v;
      continue;
    }
    if (set_item(slots, n, v) < 0) return Value();
  }
  if (slots.as<DictObject>()->size() > 0) return new_tuple({state, slots});
  return state;
}

// obj.__getstate__(), through an override when the class has one.
Value get_state(const Value& obj, bool required) {
  Value own = obj.type()->lookup(intern("__getstate__"));
  if (own.is(dict_get_str(ObjectType.m_dict, intern("__getstate__")))) return default_state(obj, required);
  Value method = get_attr(obj, intern("__getstate__"));
  return method.is_null() ? method : call0(method);
}

// (args, kwargs) from __getnewargs_ex__ or __getnewargs__; args Null when neither exists.
bool new_arguments(const Value& obj, Value* args, Value* kwargs) {
  Value ex = get_attr_opt(obj, intern("__getnewargs_ex__"));
  if (!ex.is_null()) {
    Value r = call0(ex);
    if (r.is_null()) return false;
    if (!is_tuple(r) || as_tuple(r)->size() != 2) {
      raise(&TypeErrorType, format("__getnewargs_ex__ should return a tuple of length 2, not '%s'",
                                   type_name(r).c_str()));
      return false;
    }
    *args = as_tuple(r)->m_items[0];
    *kwargs = as_tuple(r)->m_items[1];
    if (!is_tuple(*args) || !is_dict(*kwargs)) {
      raise(&TypeErrorType, "__getnewargs_ex__ should return a tuple of (tuple, dict)");
      return false;
    }
    return true;
  }
  if (error_pending()) return false;
  Value plain = get_attr_opt(obj, intern("__getnewargs__"));
  if (plain.is_null()) return !error_pending();
  *args = call0(plain);
  if (args->is_null()) return false;
  if (!is_tuple(*args)) {
    raise(&TypeErrorType, format("__getnewargs__ should return a tuple, not '%s'", type_name(*args).c_str()));
    return false;
  }
  return true;
}

Value reduce_newobj(const Value& obj) {
  TypeObject* type = obj.type();
  if (!type->tp_new) return raise(&TypeErrorType, format("cannot pickle '%s' object", type->m_name.c_str()));
  Value args, kwargs;
  if (!new_arguments(obj, &args, &kwargs)) return Value();
  Value copyreg = import_copyreg();
  if (copyreg.is_null()) return copyreg;
  bool has_kwargs = !kwargs.is_null() && kwargs.as<DictObject>()->size() > 0;
  Value newobj, newargs;
  if (!has_kwargs) {
    newobj = get_attr(copyreg, intern("__newobj__"));
    std::vector<Value> items{Value::borrow(type)};
    if (!args.is_null())
      for (const Value& a : as_tuple(args)->m_items) items.push_back(a);
    newargs = new_tuple(std::move(items));
  } else {
    newobj = get_attr(copyreg, intern("__newobj_ex__"));
    newargs = new_tuple({Value::borrow(type), args, kwargs});
  }
  if (newobj.is_null()) return newobj;
  bool required = args.is_null() && !is_list(obj) && !is_dict(obj);
  Value state = get_state(obj, required);
  if (state.is_null()) return state;
  Value listitems = Value::none(), dictitems = Value::none();
  if (is_list(obj)) listitems = get_iter(obj);
  if (is_dict(obj)) {
    Value items = call_method(obj, intern("items"), nullptr, 0);
    dictitems = items.is_null() ? items : get_iter(items);
  }
  if (listitems.is_null() || dictitems.is_null()) return Value();
  return new_tuple({newobj, newargs, state, listitems, dictitems});
}

Value common_reduce(const Value& obj, int64_t proto) {
  if (proto >= 2) return reduce_newobj(obj);
  Value copyreg = import_copyreg();
  if (copyreg.is_null()) return copyreg;
  Value fn = get_attr(copyreg, intern("_reduce_ex"));
  if (fn.is_null()) return fn;
  Value p = Value::integer(proto);
  Value args[2] = {obj, p};
  return call(fn, args, 2);
}

Value object_reduce(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__reduce__", kw) || !check_nargs("__reduce__", nargs - 1, 0, 0)) return Value();
  return common_reduce(args[0], 0);
}

Value object_reduce_ex(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__reduce_ex__", kw) || !check_nargs("__reduce_ex__", nargs - 1, 1, 1)) return Value();
  int64_t proto;
  if (!index_value(args[1], &proto)) return Value();
  // A class that overrides __reduce__ (and not __reduce_ex__) is reduced by it.
  Value reduce = dict_get_str(ObjectType.m_dict, intern("__reduce__"));
  Value own = args[0].type()->lookup(intern("__reduce__"));
  if (!own.is_null() && !own.is(reduce)) {
    Value bound = get_attr(args[0], intern("__reduce__"));
    return bound.is_null() ? bound : call0(bound);
  }
  return common_reduce(args[0], proto);
}

Value object_getstate(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__getstate__", kw) || !check_nargs("__getstate__", nargs - 1, 0, 0)) return Value();
  return default_state(args[0], false);
}

// ---------------------------------------------------------------------------
// The builtin types' own reductions, as CPython defines them: containers rebuild from
// a list of their items, ranges and slices from their bounds, immutable values from
// __getnewargs__ (the plain value), so copy and pickle work on them and subclasses.

Value instance_dict_or_none(const Value& self) {
  DictObject** d = self.is_obj() ? self.obj()->instance_dict() : nullptr;
  return d && *d && (*d)->size() > 0 ? Value::borrow(*d) : Value::none();
}

// set, frozenset: (type(self), (list(self),), self.__dict__ or None)
Value set_reduce(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__reduce__", kw) || !check_nargs("__reduce__", nargs - 1, 0, 0)) return Value();
  Value items = call1(Value::borrow(&ListType), args[0]);
  if (items.is_null()) return items;
  return new_tuple({Value::borrow(args[0].type()), new_tuple({items}), instance_dict_or_none(args[0])});
}

// bytearray: (type(self), (bytes(self),), self.__dict__ or None)
Value bytearray_reduce_ex(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__reduce_ex__", kw) || !check_nargs("__reduce_ex__", nargs - 1, 0, 1)) return Value();
  Value data = call1(Value::borrow(&BytesType), args[0]);
  if (data.is_null()) return data;
  return new_tuple({Value::borrow(args[0].type()), new_tuple({data}), instance_dict_or_none(args[0])});
}

// range, slice: (type, (start, stop, step))
Value bounds_reduce(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__reduce__", kw) || !check_nargs("__reduce__", nargs - 1, 0, 0)) return Value();
  std::vector<Value> bounds;
  for (const char* name : {"start", "stop", "step"}) {
    Value v = get_attr(args[0], intern(name));
    if (v.is_null()) return v;
    bounds.push_back(v);
  }
  return new_tuple({Value::borrow(args[0].type()), new_tuple(std::move(bounds))});
}

// int, float, str, bytes, tuple: (base(self),), the value without the subclass.
template <TypeObject* kBase>
Value value_getnewargs(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__getnewargs__", kw) || !check_nargs("__getnewargs__", nargs - 1, 0, 0)) return Value();
  Value plain = call1(Value::borrow(kBase), args[0]);
  return plain.is_null() ? plain : new_tuple({plain});
}

Value complex_getnewargs(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("__getnewargs__", kw) || !check_nargs("__getnewargs__", nargs - 1, 0, 0)) return Value();
  Value re = get_attr(args[0], intern("real"));
  Value im = re.is_null() ? re : get_attr(args[0], intern("imag"));
  return im.is_null() ? im : new_tuple({re, im});
}

// Types that define the method themselves keep theirs (their descriptors are immortal:
// replacing one would strand it).
void add_method(TypeObject* type, const char* name, NativeFn fn) {
  if (!dict_get_str(type->m_dict, intern(name)).is_null()) return;
  type_add_value(type, name, Value::steal(new MethodDescrObject(name, fn, type)));
}

}  // namespace

void add_builtin_reduce_methods() {
  add_method(&SetType, "__reduce__", set_reduce);
  add_method(&FrozenSetType, "__reduce__", set_reduce);
  add_method(&BytearrayType, "__reduce_ex__", bytearray_reduce_ex);
  add_method(&RangeType, "__reduce__", bounds_reduce);
  add_method(&SliceType, "__reduce__", bounds_reduce);
  add_method(&IntType, "__getnewargs__", value_getnewargs<&IntType>);
  add_method(&FloatType, "__getnewargs__", value_getnewargs<&FloatType>);
  add_method(&StrType, "__getnewargs__", value_getnewargs<&StrType>);
  add_method(&BytesType, "__getnewargs__", value_getnewargs<&BytesType>);
  add_method(&TupleType, "__getnewargs__", value_getnewargs<&TupleType>);
  add_method(&ComplexType, "__getnewargs__", complex_getnewargs);
}

void add_object_reduce_methods() {
  for (auto [name, fn] : {std::pair<const char*, NativeFn>{"__reduce__", object_reduce},
                          {"__reduce_ex__", object_reduce_ex},
                          {"__getstate__", object_getstate}})
    type_add_value(&ObjectType, name, Value::steal(new MethodDescrObject(name, fn, &ObjectType)));
}

}  // namespace hotpy
