// The builtin functions that take one object and ask it something: len, abs, repr,
// hash, id, the attribute functions, the number conversions (chr, ord, hex, round,
// divmod, pow), format, iter and next.
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>

#include "builtins/builtins_internal.h"
#include "eval/generator.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

Value b_len(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("len", kw) || !builtin_arity("len", nargs, 1, 1)) return Value();
  int64_t n = length(args[0]);
  if (n < 0) return Value();
  return Value::integer(n);
}

// A dunder of a class written in Python (or inherited by one), looked up on the type.
Value heap_dunder(const Value& v, const char* name) {
  if (!(v.type()->m_flags & kHeapType)) return Value();
  return v.type()->lookup(intern(name));
}

Value b_abs(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("abs", kw) || !builtin_arity("abs", nargs, 1, 1)) return Value();
  const Value& v = args[0];
  if (v.is_int() && v.as_int() >= 0) return v;
  if (v.is_float()) return Value::number(std::fabs(v.as_float()));
  if (!heap_dunder(v, "__abs__").is_null()) return call_special(v, intern("__abs__"), nullptr, 0);
  if (is_int_like(v)) return int_abs(v);
  double d;
  if (float_value(v, &d)) return Value::number(std::fabs(d));
  if (!v.type()->lookup(intern("__abs__")).is_null()) return call_special(v, intern("__abs__"), nullptr, 0);
  return raise(&TypeErrorType, format("bad operand type for abs(): '%s'", type_name(v).c_str()));
}

// CPython counts a recursion level for every call of a one-argument builtin (METH_O:
// repr, ascii, hash), besides the level repr() itself counts: a __repr__ returning
// repr(self) is three levels a step there, and so here.
static const char* const kCallingWhere = " while calling a Python object";

Value b_repr(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("repr", kw) || !builtin_arity("repr", nargs, 1, 1)) return Value();
  if (!enter_recursion(kCallingWhere)) return Value();
  Value r = repr(args[0]);
  leave_recursion();
  return r;
}

Value b_ascii(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("ascii", kw) || !builtin_arity("ascii", nargs, 1, 1)) return Value();
  if (!enter_recursion(kCallingWhere)) return Value();
  Value r = repr(args[0]);
  leave_recursion();
  if (r.is_null() || as_str(r)->ascii()) return r;
  return new_str(ascii_escape(as_str(r)->view()));
}

Value b_hash(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("hash", kw) || !builtin_arity("hash", nargs, 1, 1)) return Value();
  if (!enter_recursion(kCallingWhere)) return Value();
  int64_t h = hash(args[0]);
  leave_recursion();
  if (h == -1 && error_pending()) return Value();
  return Value::integer(h);
}

// id(): the address of a heap object. Immediates have no address; equal immediates
// are the same object (Value::is), so their id is derived from tag and payload.
Value b_id(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("id", kw) || !builtin_arity("id", nargs, 1, 1)) return Value();
  const Value& v = args[0];
  if (v.is_obj()) return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.obj())));
  uint64_t bits = 0;
  switch (v.tag()) {
    case Tag::Int: bits = static_cast<uint64_t>(v.as_int()); break;
    case Tag::Float: { double d = v.as_float(); std::memcpy(&bits, &d, sizeof d); break; }
    case Tag::Bool: bits = v.as_bool(); break;
    default: break;
  }
  uint64_t id = ((bits * 0x9E3779B97F4A7C15ull) >> 8 << 4) | (static_cast<uint64_t>(v.tag()) + 1);
  return Value::integer(static_cast<int64_t>(id & INT64_MAX));
}

Value b_callable(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("callable", kw) || !builtin_arity("callable", nargs, 1, 1)) return Value();
  return Value::boolean(is_callable(args[0]));
}

Value b_isinstance(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("isinstance", kw) || !builtin_arity("isinstance", nargs, 2, 2)) return Value();
  int r = is_instance_of(args[0], args[1]);
  if (r < 0) return Value();
  return Value::boolean(r);
}

Value b_issubclass(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("issubclass", kw) || !builtin_arity("issubclass", nargs, 2, 2)) return Value();
  int r = is_subclass_of(args[0], args[1]);
  if (r < 0) return Value();
  return Value::boolean(r);
}

// ---------------------------------------------------------------------------
// Attributes by name

StrObject* attr_name(const Value& v) {
  if (is_str(v)) return as_str(v);
  raise(&TypeErrorType, format("attribute name must be string, not '%s'", type_name(v).c_str()));
  return nullptr;
}

Value b_getattr(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("getattr", kw) || !builtin_arity("getattr", nargs, 2, 3)) return Value();
  StrObject* name = attr_name(args[1]);
  if (!name) return Value();
  Value v = get_attr(args[0], name);
  if (v.is_null() && nargs == 3 && error_matches(&AttributeErrorType)) {
    clear_error();
    return args[2];
  }
  return v;
}

Value b_setattr(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("setattr", kw) || !builtin_arity("setattr", nargs, 3, 3)) return Value();
  StrObject* name = attr_name(args[1]);
  if (!name || set_attr(args[0], name, args[2]) < 0) return Value();
  return Value::none();
}

Value b_hasattr(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("hasattr", kw) || !builtin_arity("hasattr", nargs, 2, 2)) return Value();
  StrObject* name = attr_name(args[1]);
  if (!name) return Value();
  Value v = get_attr(args[0], name);
  if (!v.is_null()) return Value::boolean(true);
  if (!error_matches(&AttributeErrorType)) return Value();
  clear_error();
  return Value::boolean(false);
}

Value b_delattr(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("delattr", kw) || !builtin_arity("delattr", nargs, 2, 2)) return Value();
  StrObject* name = attr_name(args[1]);
  if (!name || del_attr(args[0], name) < 0) return Value();
  return Value::none();
}

// ---------------------------------------------------------------------------
// Numbers and characters

// An int for hex/oct/bin: int-likes as they are, others through __index__.
Value index_int(const Value& v) {
  if (is_int_like(v)) return v;
  if (v.is_obj() && !v.type()->lookup(intern("__index__")).is_null()) {
    Value r = call_special(v, intern("__index__"), nullptr, 0);
    if (r.is_null()) return r;
    if (!is_int_like(r))
      return raise(&TypeErrorType, format("__index__ returned non-int (type %s)", type_name(r).c_str()));
    return r;
  }
  return raise(&TypeErrorType, format("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
}

Value int_text(const Value& v, int base, const char* prefix) {
  Value n = index_int(v);
  if (n.is_null()) return n;
  std::string digits = int_to_string(n, base);
  if (!digits.empty() && digits[0] == '-') return new_str("-" + std::string(prefix) + digits.substr(1));
  return new_str(prefix + digits);
}

Value b_hex(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("hex", kw) || !builtin_arity("hex", nargs, 1, 1)) return Value();
  return int_text(args[0], 16, "0x");
}
Value b_oct(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("oct", kw) || !builtin_arity("oct", nargs, 1, 1)) return Value();
  return int_text(args[0], 8, "0o");
}
Value b_bin(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("bin", kw) || !builtin_arity("bin", nargs, 1, 1)) return Value();
  return int_text(args[0], 2, "0b");
}

Value b_chr(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("chr", kw) || !builtin_arity("chr", nargs, 1, 1)) return Value();
  Value n = index_int(args[0]);
  if (n.is_null()) return n;
  int64_t cp;
  const char* overflow = "Python int too large to convert to C int";
  if (!int_to_int64(n, &cp, overflow)) return Value();
  if (cp > INT_MAX || cp < INT_MIN) return raise(&OverflowErrorType, overflow);
  if (cp < 0 || cp > 0x10FFFF) return raise(&ValueErrorType, "chr() arg not in range(0x110000)");
  return str_from_codepoint(static_cast<uint32_t>(cp));
}

Value b_ord(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("ord", kw) || !builtin_arity("ord", nargs, 1, 1)) return Value();
  const Value& v = args[0];
  int64_t len;
  if (is_str(v)) {
    StrObject* s = as_str(v);
    if (s->m_length == 1) {
      const char* p = s->m_data.data();
      return Value::integer(decode_utf8(p));
    }
    len = s->m_length;
  } else if (is_byteseq(v)) {
    std::string_view b = byteseq_view(v);
    if (b.size() == 1) return Value::integer(static_cast<unsigned char>(b[0]));
    len = static_cast<int64_t>(b.size());
  } else {
    return raise(&TypeErrorType,
                 format("ord() expected string of length 1, but %s found", type_name(v).c_str()));
  }
  return raise(&TypeErrorType,
               format("ord() expected a character, but string of length %lld found", static_cast<long long>(len)));
}

Value b_round(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("round", args, nargs, kw, {"number", "ndigits"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "round() missing required argument 'number' (pos 1)");
  if (a[1].is_none()) a[1] = Value();
  return number_round(a[0], a[1]);
}

// A binary dunder of a class, then the reflected one of the other operand.
Value dunder_pair(const Value& a, const Value& b, const char* name, const char* rname) {
  if (!a.type()->lookup(intern(name)).is_null()) {
    Value r = call_method(a, intern(name), &b, 1);
    if (r.is_null() || !r.is(NotImplemented)) return r;
  }
  if (a.type() != b.type() && !b.type()->lookup(intern(rname)).is_null()) {
    Value r = call_method(b, intern(rname), &a, 1);
    if (r.is_null() || !r.is(NotImplemented)) return r;
  }
  return NotImplemented;
}

Value b_divmod(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("divmod", kw) || !builtin_arity("divmod", nargs, 2, 2)) return Value();
  const Value &a = args[0], &b = args[1];
  bool heap = (a.type()->m_flags | b.type()->m_flags) & kHeapType;
  if (!heap) {
    Value r = number_divmod(a, b);
    if (r.is_null() || !r.is(NotImplemented)) return r;
  }
  Value r = dunder_pair(a, b, "__divmod__", "__rdivmod__");
  if (r.is_null() || !r.is(NotImplemented)) return r;
  return raise(&TypeErrorType, format("unsupported operand type(s) for divmod(): '%s' and '%s'",
                                      type_name(a).c_str(), type_name(b).c_str()));
}

bool is_number(const Value& v) {
  double d;
  return is_int_like(v) || float_value(v, &d);
}

Value b_pow(const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("pow", args, nargs, kw, {"base", "exp", "mod"}, 3, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "pow() missing required argument 'base' (pos 1)");
  if (a[1].is_null()) return raise(&TypeErrorType, "pow() missing required argument 'exp' (pos 2)");
  if (a[2].is_null() || a[2].is_none()) return binary_op(BinOp::Pow, a[0], a[1]);
  if (is_int_like(a[0]) && is_int_like(a[1]) && is_int_like(a[2])) return int_pow_mod(a[0], a[1], a[2]);
  if (is_number(a[0]) && is_number(a[1]) && is_number(a[2]))
    return raise(&TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers");
  // A class's __pow__(self, other, mod).
  if (!heap_dunder(a[0], "__pow__").is_null()) {
    Value r = call_special(a[0], intern("__pow__"), &a[1], 2);
    if (r.is_null() || !r.is(NotImplemented)) return r;
  }
  return raise(&TypeErrorType, format("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                                      type_name(a[0]).c_str(), type_name(a[1]).c_str(), type_name(a[2]).c_str()));
}

Value b_format(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("format", args, nargs, kw, {"value", "format_spec"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "format() missing required argument 'value' (pos 1)");
  if (a[1].is_null()) a[1] = empty_str();
  if (!is_str(a[1]))
    return raise(&TypeErrorType, format("format() argument 2 must be str, not %s", type_name(a[1]).c_str()));
  return format_value(a[0], a[1]);
}

// ---------------------------------------------------------------------------
// iter() and next()

// iter(callable, sentinel): calls until the result equals the sentinel.
TypeObject CallIterType("callable_iterator");
struct CallIterObject : GcObject {
  Value m_callable;  // Null once exhausted
  Value m_sentinel;
  CallIterObject(Value c, Value s) : GcObject(&CallIterType), m_callable(std::move(c)), m_sentinel(std::move(s)) {}
  void traverse(Visitor visit, void* arg) override {
    if (m_callable.is_obj()) visit(m_callable.obj(), arg);
    if (m_sentinel.is_obj()) visit(m_sentinel.obj(), arg);
  }
};

Value calliter_next(const Value& self) {
  auto* it = self.as<CallIterObject>();
  if (it->m_callable.is_null()) return Value();
  Value v = call0(it->m_callable);
  if (v.is_null()) {
    if (error_matches(&StopIterationType)) {
      clear_error();
      it->m_callable = Value();
    }
    return v;
  }
  int eq = equal(v, it->m_sentinel);
  if (eq < 0) return Value();
  if (eq) {
    it->m_callable = Value();
    return Value();
  }
  return v;
}

Value b_iter(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("iter", kw) || !builtin_arity("iter", nargs, 1, 2)) return Value();
  if (nargs == 1) return get_iter(args[0]);
  if (!is_callable(args[0])) return raise(&TypeErrorType, "iter(v, w): v must be callable");
  return Value::steal(new CallIterObject(args[0], args[1]));
}

Value b_next(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("next", kw) || !builtin_arity("next", nargs, 1, 2)) return Value();
  auto f = args[0].type()->tp_next;
  if (!f) return raise(&TypeErrorType, format("'%s' object is not an iterator", type_name(args[0]).c_str()));
  // A generator's return value and a __next__'s own StopIteration reach the caller
  // (tp_next reports only that the iterator is exhausted).
  Value v;
  ts->stop_exc = Value();
  if (args[0].type() == &GeneratorType)
    v = generator_next(args[0]);
  else if (args[0].type()->m_flags & kHeapType)
    v = call_special(args[0], intern("__next__"), nullptr, 0);
  else
    v = f(args[0]);
  if (!v.is_null()) return v;
  if (error_pending()) {
    if (nargs < 2 || !error_matches(&StopIterationType)) return v;
    clear_error();
  }
  Value stop = std::move(ts->stop_exc);
  if (nargs == 2) return args[1];
  // tp_next reports exhaustion without an exception: next() raises the StopIteration
  // that ended the innermost iterator (enumerate/map/zip over it), or a new one.
  // That one was raised already, with its context: it goes on as it is.
  return stop.is_null() ? raise_value(Value::borrow(&StopIterationType)) : throw_value(stop);
}

}  // namespace

void add_core_builtins(ModuleObject* m) {
  static std::once_flag once;
  ready_builtin_types(once, [] {
    CallIterType.tp_iter = iter_self;
    CallIterType.tp_next = calliter_next;
    type_ready(&CallIterType, &ObjectType);
  });
  module_add_functions(m, {{"len", b_len},
                           {"abs", b_abs},
                           {"repr", b_repr},
                           {"ascii", b_ascii},
                           {"hash", b_hash},
                           {"id", b_id},
                           {"callable", b_callable},
                           {"isinstance", b_isinstance},
                           {"issubclass", b_issubclass},
                           {"getattr", b_getattr},
                           {"setattr", b_setattr},
                           {"hasattr", b_hasattr},
                           {"delattr", b_delattr},
                           {"hex", b_hex},
                           {"oct", b_oct},
                           {"bin", b_bin},
                           {"chr", b_chr},
                           {"ord", b_ord},
                           {"round", b_round},
                           {"divmod", b_divmod},
                           {"pow", b_pow},
                           {"format", b_format},
                           {"iter", b_iter},
                           {"next", b_next}});
  dict_get_str(m->m_dict, intern("len")).obj()->m_kind_bits = kBuiltinLen;
  dict_get_str(m->m_dict, intern("isinstance")).obj()->m_kind_bits = kBuiltinIsInstance;
}

}  // namespace hotpy
