// _json's encoder half: encode_basestring[_ascii] and make_encoder (c_make_encoder),
// which json.JSONEncoder uses for one-shot dumps without indent. The output must be
// byte-identical to CPython's, so the order of the type checks, the separators and
// the float/int reprs follow CPython 3.11's encoder_listencode_obj.
#include <atomic>
#include <cmath>
#include <mutex>
#include <utility>

#include "modules/native.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

extern TypeObject JsonEncoderType;

Value json_encode_basestring_ascii(const Value* args, size_t nargs, KwNames* kw);
Value json_encode_basestring(const Value* args, size_t nargs, KwNames* kw);

namespace {

const char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t c) {
  out += "\\u";
  for (int s = 12; s >= 0; s -= 4) out += kHex[(c >> s) & 15];
}

// Appends the JSON string literal of UTF-8 text; `ascii` escapes everything
// outside printable ASCII (astral characters as surrogate pairs).
void append_quoted(std::string& out, std::string_view s, bool ascii) {
  out += '"';
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto c = static_cast<unsigned char>(*p);
    if (c >= 0x80) {
      if (!ascii) {
        out += *p++;
        continue;
      }
      uint32_t cp = decode_utf8(p);
      if (cp >= 0x10000) {
        cp -= 0x10000;
        append_u_escape(out, 0xd800 | (cp >> 10));
        append_u_escape(out, 0xdc00 | (cp & 0x3ff));
      } else {
        append_u_escape(out, cp);
      }
      continue;
    }
    p++;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || (ascii && c == 0x7f)) append_u_escape(out, c);
        else out += static_cast<char>(c);
    }
  }
  out += '"';
}

struct EncoderObject : GcObject {
  Value m_markers, m_default, m_encoder, m_indent, m_key_separator, m_item_separator;
  bool m_sort_keys = false, m_skipkeys = false, m_allow_nan = true;
  int m_fast = 0;  // 1: encode_basestring_ascii, 2: encode_basestring, 0: call m_encoder
  EncoderObject() : GcObject(&JsonEncoderType) {}
  void traverse(Visitor visit, void* arg) override {
    for (Value* v : {&m_markers, &m_default, &m_encoder, &m_indent, &m_key_separator, &m_item_separator})
      if (v->is_obj()) visit(v->obj(), arg);
  }
  void clear() override {
    for (Value* v : {&m_markers, &m_default, &m_encoder, &m_indent, &m_key_separator, &m_item_separator})
      *v = Value();
  }
};

bool encode_string(EncoderObject* e, std::string& out, const Value& s) {
  if (e->m_fast) {
    append_quoted(out, as_str(s)->view(), e->m_fast == 1);
    return true;
  }
  Value r = call1(e->m_encoder, s);
  if (r.is_null()) return false;
  if (!is_str(r)) {
    raise(&TypeErrorType, format("encoder() must return a string, not %.80s", type_name(r).c_str()));
    return false;
  }
  out += as_str(r)->view();
  return true;
}

bool encode_float(EncoderObject* e, std::string& out, double d) {
  if (!std::isfinite(d)) {
    if (!e->m_allow_nan) {
      raise(&ValueErrorType, "Out of range float values are not JSON compliant");
      return false;
    }
    out += d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
    return true;
  }
  out += float_repr(d);
  return true;
}

bool encode_int(std::string& out, const Value& v) {
  Value r = int_repr(int_exact(v));
  if (r.is_null()) return false;
  out += as_str(r)->view();
  return true;
}

bool encode_obj(EncoderObject* e, std::string& out, const Value& obj);

// Circular-reference bookkeeping, keyed by id(obj) as CPython's markers dict.
bool mark(EncoderObject* e, const Value& obj, Value* ident) {
  if (e->m_markers.is_none()) return true;
  *ident = Value::integer(int64_t(reinterpret_cast<intptr_t>(obj.obj())));
  int has = dict_contains(as_dict(e->m_markers), *ident);
  if (has < 0) return false;
  if (has) {
    raise(&ValueErrorType, "Circular reference detected");
    return false;
  }
  return dict_set(as_dict(e->m_markers), *ident, obj) == 0;
}

bool unmark(EncoderObject* e, const Value& ident) {
  return ident.is_null() || dict_del(as_dict(e->m_markers), ident) == 0;
}

bool encode_list(EncoderObject* e, std::string& out, const Value& seq) {
  const std::vector<Value>& items = is_list(seq) ? as_list(seq)->m_items : as_tuple(seq)->m_items;
  if (items.empty()) {
    out += "[]";
    return true;
  }
  Value ident;
  if (!mark(e, seq, &ident)) return false;
  out += '[';
  std::string_view sep = as_str(e->m_item_separator)->view();
  // The list may change under a default() call: index it afresh each time.
  for (size_t i = 0; i < items.size(); i++) {
    if (i) out += sep;
    Value item = items[i];
    if (!encode_obj(e, out, item)) return false;
  }
  out += ']';
  return unmark(e, ident);
}

bool encode_dict(EncoderObject* e, std::string& out, const Value& dct) {
  DictObject* d = as_dict(dct);
  if (d->m_used == 0) {
    out += "{}";
    return true;
  }
  Value ident;
  if (!mark(e, dct, &ident)) return false;
  std::vector<Value> items;
  if (dct.type() == &DictType) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) items.push_back(new_tuple({k, v}));
  } else {
    Value got = call_method(dct, intern("items"), nullptr, 0);
    if (got.is_null() || !collect_iterable(got, items)) return false;
  }
  if (e->m_sort_keys && !sort_values(items, Value(), false)) return false;
  out += '{';
  std::string_view key_sep = as_str(e->m_key_separator)->view();
  std::string_view item_sep = as_str(e->m_item_separator)->view();
  bool first = true;
  for (const Value& pair : items) {
    if (!is_tuple(pair) || as_tuple(pair)->size() != 2) {
      raise(&ValueErrorType, "items must return tuples of 2");
      return false;
    }
    const Value& key = as_tuple(pair)->m_items[0];
    const Value& value = as_tuple(pair)->m_items[1];
    std::string key_text;
    if (is_str(key)) {
      if (!first) out += item_sep;
      if (!encode_string(e, out, key)) return false;
    } else {
      if (double f; float_value(key, &f)) {
        if (!encode_float(e, key_text, f)) return false;
      } else if (key.is_bool() || key.is_none()) {
        key_text = key.is_none() ? "null" : key.as_bool() ? "true" : "false";
      } else if (is_int_like(key)) {
        if (!encode_int(key_text, key)) return false;
      } else if (e->m_skipkeys) {
        continue;
      } else {
        raise(&TypeErrorType,
              format("keys must be str, int, float, bool or None, not %.100s", type_name(key).c_str()));
        return false;
      }
      if (!first) out += item_sep;
      if (!encode_string(e, out, new_str(std::move(key_text)))) return false;
    }
    first = false;
    out += key_sep;
    if (!encode_obj(e, out, value)) return false;
  }
  out += '}';
  return unmark(e, ident);
}

bool encode_obj(EncoderObject* e, std::string& out, const Value& obj) {
  if (obj.is_none()) {
    out += "null";
    return true;
  }
  if (obj.is_bool()) {
    out += obj.as_bool() ? "true" : "false";
    return true;
  }
  if (is_str(obj)) return encode_string(e, out, obj);
  if (is_int_like(obj)) return encode_int(out, obj);
  if (double f; float_value(obj, &f)) return encode_float(e, out, f);
  bool is_seq = is_list(obj) || is_tuple(obj);
  if (is_seq || is_dict(obj)) {
    if (!enter_recursion(" while encoding a JSON object")) return false;
    bool ok = is_seq ? encode_list(e, out, obj) : encode_dict(e, out, obj);
    leave_recursion();
    return ok;
  }
  Value ident;
  if (!mark(e, obj, &ident)) return false;
  Value replaced = call1(e->m_default, obj);
  if (replaced.is_null()) return false;
  if (!enter_recursion(" while encoding a JSON object")) return false;
  bool ok = encode_obj(e, out, replaced);
  leave_recursion();
  return ok && unmark(e, ident);
}

bool is_native(const Value& f, NativeFn fn) {
  return f.type() == &BuiltinFunctionType && f.as<BuiltinFunctionObject>()->m_fn == fn;
}

Value encoder_new(TypeObject*, const Value* args, size_t nargs, KwNames* kw) {
  Value a[9];
  if (!bind_args("make_encoder", args, nargs, kw,
                 {"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys",
                  "skipkeys", "allow_nan"},
                 9, a))
    return Value();
  for (const Value& v : a)
    if (v.is_null()) return raise(&TypeErrorType, format("make_encoder() takes exactly 9 arguments (%zu given)", nargs));
  if (!a[0].is_none() && !is_dict(a[0]))
    return raise(&TypeErrorType,
                 format("make_encoder() argument 1 must be dict or None, not %.200s", type_name(a[0]).c_str()));
  for (int i : {4, 5})
    if (!is_str(a[i]))
      return raise(&TypeErrorType, format("make_encoder() argument %d must be str, not %.200s", i + 1,
                                          type_name(a[i]).c_str()));
  Value enc = Value::steal(new EncoderObject());
  auto* e = enc.as<EncoderObject>();
  e->m_markers = a[0];
  e->m_default = a[1];
  e->m_encoder = a[2];
  e->m_indent = a[3];
  e->m_key_separator = a[4];
  e->m_item_separator = a[5];
  bool* flags[] = {&e->m_sort_keys, &e->m_skipkeys, &e->m_allow_nan};
  for (int i = 0; i < 3; i++) {
    int t = truthy(a[6 + i]);
    if (t < 0) return Value();
    *flags[i] = t;
  }
  e->m_fast = is_native(a[2], json_encode_basestring_ascii) ? 1 : is_native(a[2], json_encode_basestring) ? 2 : 0;
  return enc;
}

// A program that dumps a big document usually dumps one of about its size again. Its
// text grows by doubling, and each bigger block is fresh memory while the smaller one
// is copied out of it (a 3.7 MB text touched 2 MB + 3.7 MB at once); with room for the
// last big text reserved at the start, it is written once in place. Room not written
// is never touched (no resident memory); a small text in a big reservation is copied
// out of it.
constexpr size_t kBigOutput = size_t{1} << 20;
std::atomic<size_t> last_big_output{0};

Value encoder_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("_iterencode", args, nargs, kw, {"obj", "_current_indent_level"}, 2, a)) return Value();
  if (a[1].is_null())
    return raise(&TypeErrorType, "_iterencode() missing required argument '_current_indent_level' (pos 2)");
  int64_t level;
  if (!index_value(a[1], &level)) return Value();
  std::string out;
  size_t hint = last_big_output.load(std::memory_order_relaxed);
  if (hint) out.reserve(hint + hint / 8);
  if (!encode_obj(self.as<EncoderObject>(), out, a[0])) return Value();
  last_big_output.store(out.size() >= kBigOutput ? out.size() : 0, std::memory_order_relaxed);
  if (hint && out.capacity() / 2 > out.size()) out.shrink_to_fit();
  return new_list({new_str(std::move(out))});
}

Value enc_get(const Value& self, Value EncoderObject::*field) { return self.as<EncoderObject>()->*field; }
Value enc_markers(const Value& self) { return enc_get(self, &EncoderObject::m_markers); }
Value enc_default(const Value& self) { return enc_get(self, &EncoderObject::m_default); }
Value enc_encoder(const Value& self) { return enc_get(self, &EncoderObject::m_encoder); }
Value enc_indent(const Value& self) { return enc_get(self, &EncoderObject::m_indent); }
Value enc_key_separator(const Value& self) { return enc_get(self, &EncoderObject::m_key_separator); }
Value enc_item_separator(const Value& self) { return enc_get(self, &EncoderObject::m_item_separator); }
Value enc_sort_keys(const Value& self) { return Value::boolean(self.as<EncoderObject>()->m_sort_keys); }
Value enc_skipkeys(const Value& self) { return Value::boolean(self.as<EncoderObject>()->m_skipkeys); }

Value quote_arg(const char* fname, const Value* args, size_t nargs, KwNames* kw, bool ascii) {
  if (!no_keywords(fname, kw) || !check_nargs(fname, nargs, 1, 1)) return Value();
  if (!is_str(args[0]))
    return raise(&TypeErrorType, format("first argument must be a string, not %.80s", type_name(args[0]).c_str()));
  std::string out;
  append_quoted(out, as_str(args[0])->view(), ascii);
  return new_str(std::move(out));
}

}  // namespace

Value json_encode_basestring_ascii(const Value* args, size_t nargs, KwNames* kw) {
  return quote_arg("encode_basestring_ascii", args, nargs, kw, true);
}

Value json_encode_basestring(const Value* args, size_t nargs, KwNames* kw) {
  return quote_arg("encode_basestring", args, nargs, kw, false);
}

void ready_json_encoder_type() {
  JsonEncoderType.m_qualname = "Encoder";
  JsonEncoderType.tp_new = encoder_new;
  JsonEncoderType.tp_call = encoder_call;
  type_ready(&JsonEncoderType, &ObjectType);
  type_add_getsets(&JsonEncoderType, {{"markers", enc_markers},
                                      {"default", enc_default},
                                      {"encoder", enc_encoder},
                                      {"indent", enc_indent},
                                      {"key_separator", enc_key_separator},
                                      {"item_separator", enc_item_separator},
                                      {"sort_keys", enc_sort_keys},
                                      {"skipkeys", enc_skipkeys}});
  type_add_value(&JsonEncoderType, "__module__", interned("_json"));
}

}  // namespace hotpy
