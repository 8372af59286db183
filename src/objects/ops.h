// The abstract object protocol: what the evaluator and the builtins call to operate
// on any Value. Each function dispatches through the type's slots (object.h) and
// produces CPython's TypeError messages when a slot is missing.
#pragma once
#include <string>
#include <vector>

#include "objects/object.h"
#include "objects/str.h"

namespace hotpy {

// Number of keyword arguments of a call.
size_t kw_count(KwNames* kw);

Value repr(const Value& v);   // a str, or Null
Value to_str(const Value& v); // str(v)
// UTF-8 text of repr/str, for messages; on error returns "<unprintable>" and clears it.
std::string repr_text(const Value& v);
std::string str_text(const Value& v);

int64_t hash(const Value& v);                    // -1: error (TypeError: unhashable type)
// The TypeError of `a <op> b` when no operand supports it.
Value raise_binary_error(BinOp op, const Value& a, const Value& b);
int truthy(const Value& v);                      // -1 error, 0, 1
int64_t length(const Value& v);                  // -1: error
Value rich_compare(const Value& a, const Value& b, CmpOp op);  // full protocol incl. reflection
int compare_bool(const Value& a, const Value& b, CmpOp op);    // -1, 0, 1
int equal(const Value& a, const Value& b);       // identity shortcut, then ==; -1 on error
Value binary_op(BinOp op, const Value& a, const Value& b);
Value inplace_op(BinOp op, const Value& a, const Value& b);
Value unary_op(UnaryOp op, const Value& v);
int contains(const Value& container, const Value& item);  // `item in container`

Value get_attr(const Value& obj, StrObject* name);
// Like get_attr, but a missing attribute returns Null with no exception set.
Value get_attr_opt(const Value& obj, StrObject* name);
int set_attr(const Value& obj, StrObject* name, const Value& v);
int del_attr(const Value& obj, StrObject* name);
// Generic attribute protocol of `object` (descriptors, instance dict, class).
Value generic_getattr(const Value& obj, StrObject* name);
int generic_setattr(const Value& obj, StrObject* name, const Value& v);

Value get_item(const Value& obj, const Value& key);
int set_item(const Value& obj, const Value& key, const Value& v);
int del_item(const Value& obj, const Value& key);
// TypeError: `obj` has no __delitem__ (CPython's wording depends on `key`); returns -1.
int raise_no_item_deletion(const Value& obj, const Value& key);

Value get_iter(const Value& obj);
// Null with no exception pending means exhausted.
Value iter_next(const Value& it);

Value call(const Value& callable, const Value* args, size_t nargs, KwNames* kw = nullptr);
inline Value call0(const Value& f) { return call(f, nullptr, 0); }
inline Value call1(const Value& f, const Value& a) { return call(f, &a, 1); }
Value call_method(const Value& obj, StrObject* name, const Value* args, size_t nargs);
// Calls `body(all, nargs + 1)` where `all` is `first` followed by the nargs
// positional and the keyword values of `args` (on the stack for the usual few):
// how a bound method or a slot passes self on.
template <class Body>
Value with_first_arg(const Value& first, const Value* args, size_t nargs, KwNames* kw, Body&& body);
// type(self).<name>(self, args...): a special method, looked up on the class only
// (never in the instance or, for a class object, in its own dict), as CPython's
// _PyObject_LookupSpecial. AttributeError when the class has none.
Value call_special(const Value& self, StrObject* name, const Value* args, size_t nargs);
// call(f, first, args...).
Value call_with_first(const Value& f, const Value& first, const Value* args, size_t nargs, KwNames* kw);
// Fetches a method for an immediate call without making a bound method: on success
// `*self_needed` tells whether obj must be passed as the first argument.
Value get_method(const Value& obj, StrObject* name, bool* self_needed);

// Converts an int-like or an object with __index__ to int64 (TypeError/OverflowError).
bool index_value(const Value& v, int64_t* out);
// CPython's PyNumber_AsSsize_t: v (an int, or what its __index__ returns) as an
// int64. One too big raises `overflow` with "cannot fit 'T' into an index-sized
// integer" (T: v's type); with `overflow` null it is clamped to the int64 range.
bool index_ssize(const Value& v, int64_t* out, TypeObject* overflow);
bool is_callable(const Value& v);
int is_instance_of(const Value& obj, const Value& cls);   // isinstance() incl. tuples
int is_subclass_of(const Value& cls, const Value& base);

const char* binop_symbol(BinOp op);        // "+", "//", ...
const char* binop_dunder(BinOp op);        // "__add__"
const char* binop_rdunder(BinOp op);       // "__radd__"
const char* binop_idunder(BinOp op);       // "__iadd__"

// Guard for recursive reprs ("[...]"): enter returns 1 if `obj` is already being
// printed, 0 when entered, -1 on error.
int repr_enter(Object* obj);
void repr_leave(Object* obj);
// The guard as a scope: left however the repr ends, also when a failed allocation
// unwinds through it (else the object would print as "[...]" from then on).
class ReprGuard {
 public:
  explicit ReprGuard(Object* obj) : m_obj(obj), m_entered(repr_enter(obj) == 0) {}
  ~ReprGuard() {
    if (m_entered) repr_leave(m_obj);
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  // True when `obj` is already being printed further out: print the "..." form.
  bool recursive() const { return !m_entered; }

 private:
  Object* m_obj;
  bool m_entered;
};

template <class Body>
Value with_first_arg(const Value& first, const Value* args, size_t nargs, KwNames* kw, Body&& body) {
  size_t total = nargs + kw_count(kw) + 1;
  Value stack[8];
  std::vector<Value> heap;
  Value* all = stack;
  if (total > 8) {
    heap.resize(total);
    all = heap.data();
  }
  all[0] = first;
  for (size_t i = 1; i < total; i++) all[i] = args[i - 1];
  return body(all, nargs + 1);
}

}  // namespace hotpy
