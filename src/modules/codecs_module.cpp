// _codecs: the codec registry (register, lookup, encode, decode), the error-handler
// registry with CPython's built-in handlers, and the UTF-8 / ASCII / Latin-1 codec
// functions (over str.encode and bytes.decode's engine, objects/str_codecs.cpp).
// The other codecs are in codecs_unicode.cpp. Names and messages are CPython 3.11's,
// so its codecs.py and encodings package import unmodified.
#include "modules/codecs_internal.h"
#include "modules/import.h"
#include "modules/modules_state.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/codec_hooks.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"

namespace hotpy {

std::u32string str_code_points(const StrObject* s) {
  std::u32string out;
  out.reserve(static_cast<size_t>(s->m_length));
  const char* p = s->m_data.data();
  const char* end = p + s->m_data.size();
  while (p < end) out += static_cast<char32_t>(decode_utf8(p));
  return out;
}

Value str_from_code_points(const std::u32string& cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t c : cps) append_utf8(out, c);
  return new_str_len(std::move(out), static_cast<int64_t>(cps.size()));
}

std::string_view errors_arg(const Value& v) {
  if (v.is_null() || v.is_none() || !is_str(v)) return "strict";
  return as_str(v)->view();
}

bool codec_text_arg(const char* fname, const Value& v) {
  if (is_str(v)) return true;
  raise(&TypeErrorType, format("%s() argument 1 must be str, not %s", fname, type_name(v).c_str()));
  return false;
}

namespace {

void register_builtin_handlers();

ModulesState& state() {
  ModulesState& m = modules_state();
  if (m.codec_search_path.is_null()) {
    m.codec_search_path = new_list();
    m.codec_search_cache = new_dict();
    m.codec_error_registry = new_dict();
    register_builtin_handlers();
  }
  return m;
}

// CPython's _Py_normalize_encoding (codecs.lookup's normalizestring): ASCII letters
// in lower case; each run of other bytes (but '.') between two kept ones becomes one
// '_', and is dropped at either end.
std::string normalize_encoding(std::string_view name) {
  std::string n;
  n.reserve(name.size());
  bool punct = false;
  for (char c : name) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && c != '.') {
      punct = true;
      continue;
    }
    if (punct && !n.empty()) n += '_';
    punct = false;
    n += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return n;
}

// The handler registered under `name`, or Null with LookupError.
Value lookup_error_handler(std::string_view name) {
  Value h = dict_get_str(as_dict(state().codec_error_registry), intern(name));
  if (!h.is_null() || error_pending()) return h;
  return raise(&LookupErrorType, format("unknown error handler name '%.*s'", static_cast<int>(name.size()), name.data()));
}

bool is_builtin_handler(std::string_view e) {
  return e == "strict" || e == "ignore" || e == "replace" || e == "backslashreplace" || e == "xmlcharrefreplace" ||
         e == "namereplace" || e == "surrogateescape" || e == "surrogatepass";
}

// Calls a registered handler and checks its (replacement, position) result.
Value call_handler(std::string_view errors, const Value& exc, int64_t length, int64_t* resume, bool encoding) {
  Value handler = lookup_error_handler(errors);
  if (handler.is_null()) return handler;
  Value r = call(handler, &exc, 1);
  if (r.is_null()) return r;
  bool ok = is_tuple(r) && as_tuple(r)->m_items.size() == 2 &&
            (is_str(as_tuple(r)->m_items[0]) || (encoding && is_bytes(as_tuple(r)->m_items[0])));
  if (!ok)
    return raise(&TypeErrorType, encoding ? "encoding error handler must return (str/bytes, int) tuple"
                                          : "decoding error handler must return (str, int) tuple");
  if (!index_value(as_tuple(r)->m_items[1], resume)) return Value();
  if (*resume < 0) *resume += length;
  if (*resume < 0 || *resume > length)
    return raise(&IndexErrorType, format("position %lld from error handler out of bounds", (long long)*resume));
  return as_tuple(r)->m_items[0];
}

Value make_unicode_error(TypeObject* type, const char* encoding, Value object, int64_t start, int64_t end,
                         const char* reason) {
  Value args[5] = {new_str(encoding), std::move(object), Value::integer(start), Value::integer(end), new_str(reason)};
  return call(Value::borrow(type), args, 5);
}

void append_hex_escape(std::u32string& out, uint32_t cp) {
  std::string esc;
  str_impl::append_escaped_cp(esc, cp);
  for (char c : esc) out += static_cast<char32_t>(c);
}

}  // namespace

int64_t codec_decode_error(const char* encoding, std::string_view errors, std::string_view data, int64_t start,
                           int64_t end, const char* reason, std::u32string& text) {
  if (errors == "ignore") return end;
  if (errors == "replace") {
    text += U'\uFFFD';
    return end;
  }
  if (errors == "backslashreplace") {
    for (int64_t k = start; k < end; k++) append_hex_escape(text, static_cast<unsigned char>(data[k]));
    return end;
  }
  if (errors == "surrogateescape") {
    bool all_high = true;
    for (int64_t k = start; k < end; k++) all_high &= static_cast<unsigned char>(data[k]) >= 0x80;
    if (all_high) {
      for (int64_t k = start; k < end; k++) text += static_cast<char32_t>(0xDC00 + static_cast<unsigned char>(data[k]));
      return end;
    }
  }
  Value exc = make_unicode_error(&UnicodeDecodeErrorType, encoding, new_bytes(std::string(data)), start, end, reason);
  if (exc.is_null()) return -1;
  if (is_builtin_handler(errors)) {
    raise_value(exc);
    return -1;
  }
  int64_t resume;
  Value repl = call_handler(errors, exc, static_cast<int64_t>(data.size()), &resume, false);
  if (repl.is_null()) return -1;
  text += str_code_points(as_str(repl));
  return resume;
}

int64_t codec_encode_error(const char* encoding, std::string_view errors, const Value& str,
                           const std::u32string& cps, int64_t start, int64_t end, const char* reason,
                           EncodeReplacement* out) {
  out->text.clear();
  out->bytes.clear();
  out->is_bytes = false;
  if (errors == "ignore") return end;
  if (errors == "replace") {
    out->text.assign(static_cast<size_t>(end - start), U'?');
    return end;
  }
  if (errors == "backslashreplace" || errors == "namereplace") {
    for (int64_t k = start; k < end; k++) append_hex_escape(out->text, cps[k]);
    return end;
  }
  if (errors == "xmlcharrefreplace") {
    for (int64_t k = start; k < end; k++)
      for (char c : "&#" + std::to_string(cps[k]) + ";") out->text += static_cast<char32_t>(c);
    return end;
  }
  if (errors == "surrogateescape") {
    bool all_escaped = true;
    for (int64_t k = start; k < end; k++) all_escaped &= cps[k] >= 0xDC80 && cps[k] <= 0xDCFF;
    if (all_escaped) {
      for (int64_t k = start; k < end; k++) out->bytes += static_cast<char>(cps[k] - 0xDC00);
      out->is_bytes = true;
      return end;
    }
  }
  Value exc = make_unicode_error(&UnicodeEncodeErrorType, encoding, str, start, end, reason);
  if (exc.is_null()) return -1;
  if (is_builtin_handler(errors)) {
    raise_value(exc);
    return -1;
  }
  int64_t resume;
  Value repl = call_handler(errors, exc, static_cast<int64_t>(cps.size()), &resume, true);
  if (repl.is_null()) return -1;
  if (is_bytes(repl)) {
    out->bytes = std::string(bytes_view(repl));
    out->is_bytes = true;
  } else {
    out->text = str_code_points(as_str(repl));
  }
  return resume;
}

namespace {

Value builtin_codec_name(std::string_view encoding, uint32_t* limit);
bool ensure_encodings_imported();

// ---- the registries

Value codecs_register(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("register", kw) || !check_nargs("register", nargs, 1, 1)) return Value();
  if (!is_callable(args[0])) return raise(&TypeErrorType, "argument must be callable");
  // CPython sets its registry up (importing encodings) before the first registration.
  if (!ensure_encodings_imported()) return Value();
  as_list(state().codec_search_path)->m_items.push_back(args[0]);
  return Value::none();
}

Value codecs_unregister(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("unregister", kw) || !check_nargs("unregister", nargs, 1, 1)) return Value();
  auto& items = as_list(state().codec_search_path)->m_items;
  for (size_t i = 0; i < items.size(); i++)
    if (items[i].is_obj() && args[0].is_obj() && items[i].obj() == args[0].obj()) {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
      state().codec_search_cache = new_dict();
      break;
    }
  return Value::none();
}

// As CPython, the encodings package is imported the first time a codec is looked up
// (it registers its search function); without it only registered codecs are found.
bool ensure_encodings_imported() {
  // Once per interpreter (each has its own registry): a failure means no such package.
  bool& tried = state().encodings_import_tried;
  if (tried) return true;
  tried = true;
  Value m = import_module_level(intern("encodings"), nullptr, Value::none(), 0);
  if (m.is_null()) {
    if (!error_matches(&ImportErrorType)) return false;
    clear_error();
  }
  return true;
}

}  // namespace

Value codec_lookup(std::string_view encoding) {
  ModulesState& s = state();
  Value key = new_str(normalize_encoding(encoding));
  Value hit = dict_get(as_dict(s.codec_search_cache), key);
  if (!hit.is_null() || error_pending()) return hit;
  if (!ensure_encodings_imported()) return Value();
  std::vector<Value> funcs = as_list(s.codec_search_path)->m_items;
  for (const Value& f : funcs) {
    Value r = call(f, &key, 1);
    if (r.is_null()) return r;
    if (r.is_none()) continue;
    if (!is_tuple(r) || as_tuple(r)->m_items.size() != 4)
      return raise(&TypeErrorType, "codec search functions must return 4-tuples");
    if (dict_set(as_dict(s.codec_search_cache), key, r) < 0) return Value();
    return r;
  }
  return raise(&LookupErrorType, format("unknown encoding: %.*s", static_cast<int>(encoding.size()), encoding.data()));
}

namespace {

Value codecs_lookup(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("lookup", kw) || !check_nargs("lookup", nargs, 1, 1)) return Value();
  if (!is_str(args[0]))
    return raise(&TypeErrorType, format("lookup() argument must be str, not %s", type_name(args[0]).c_str()));
  return codec_lookup(as_str(args[0])->view());
}

// encode/decode(obj, encoding='utf-8', errors='strict'): through the codec's function.
Value run_codec(const char* fname, const Value* args, size_t nargs, KwNames* kw, int which) {
  Value a[3];
  if (!bind_args(fname, args, nargs, kw, {"obj", "encoding", "errors"}, 3, a)) return Value();
  std::string_view encoding = "utf-8";
  if (!a[1].is_null()) {
    if (!is_str(a[1]))
      return raise(&TypeErrorType, format("%s() argument 'encoding' must be str, not %s", fname,
                                          type_name(a[1]).c_str()));
    encoding = as_str(a[1])->view();
  }
  if (!a[2].is_null() && !is_str(a[2]))
    return raise(&TypeErrorType, format("%s() argument 'errors' must be str, not %s", fname, type_name(a[2]).c_str()));
  // The codecs built in need no registry (nor the encodings package).
  uint32_t limit;
  if (!builtin_codec_name(encoding, &limit).is_null() || utf_codec_function(normalize_encoding(encoding), which == 0)) {
    std::string_view errors = a[2].is_null() ? std::string_view("strict") : as_str(a[2])->view();
    if (which == 0) {
      if (!is_str(a[0]))
        return raise(&TypeErrorType, format("utf_8_encode() argument 1 must be str, not %s", type_name(a[0]).c_str()));
      return str_encode(as_str(a[0]), encoding, errors);
    }
    std::string_view data;
    if (!need_buffer(a[0], &data)) return Value();
    return bytes_decode(data, encoding, errors);
  }
  Value info = codec_lookup(encoding);
  if (info.is_null()) return info;
  Value cargs[2] = {a[0], a[2].is_null() ? new_str("strict") : a[2]};
  Value r = call(as_tuple(info)->m_items[which], cargs, 2);
  if (r.is_null()) return r;
  if (!is_tuple(r) || as_tuple(r)->m_items.size() != 2)
    return raise(&TypeErrorType, which == 0 ? "encoder must return a tuple (object, integer)"
                                            : "decoder must return a tuple (object,integer)");
  return as_tuple(r)->m_items[0];
}

Value codecs_encode(const Value* args, size_t nargs, KwNames* kw) { return run_codec("encode", args, nargs, kw, 0); }
Value codecs_decode(const Value* args, size_t nargs, KwNames* kw) { return run_codec("decode", args, nargs, kw, 1); }

Value codecs_register_error(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("register_error", kw) || !check_nargs("register_error", nargs, 2, 2) ||
      !codec_text_arg("register_error", args[0]))
    return Value();
  if (!is_callable(args[1])) return raise(&TypeErrorType, "handler must be callable");
  if (dict_set(as_dict(state().codec_error_registry), args[0], args[1]) < 0) return Value();
  return Value::none();
}

Value codecs_lookup_error(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("lookup_error", kw) || !check_nargs("lookup_error", nargs, 1, 1) ||
      !codec_text_arg("lookup_error", args[0]))
    return Value();
  return lookup_error_handler(as_str(args[0])->view());
}

// ---- the built-in error handlers as functions (what lookup_error returns)

struct ErrorInfo {
  Value exc;
  bool encode = false, decode = false, translate = false;
  int64_t start = 0, end = 0;
  Value object;
};

bool error_info(const Value& exc, ErrorInfo* info) {
  info->exc = exc;
  info->encode = is_instance(exc, &UnicodeEncodeErrorType);
  info->decode = is_instance(exc, &UnicodeDecodeErrorType);
  info->translate = is_instance(exc, &UnicodeTranslateErrorType);
  if (!info->encode && !info->decode && !info->translate) {
    raise(&TypeErrorType, format("don't know how to handle %s in error callback", type_name(exc).c_str()));
    return false;
  }
  Value s = get_attr(exc, intern("start")), e = get_attr(exc, intern("end"));
  info->object = get_attr(exc, intern("object"));
  return !s.is_null() && !e.is_null() && !info->object.is_null() && index_value(s, &info->start) &&
         index_value(e, &info->end);
}

Value wrong_exception(const ErrorInfo& info) {
  return raise(&TypeErrorType, format("don't know how to handle %s in error callback", type_name(info.exc).c_str()));
}

Value handler_result(std::u32string text, int64_t end) {
  return new_tuple({str_from_code_points(text), Value::integer(end)});
}

Value strict_errors(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("strict_errors", nargs, 1, 1)) return Value();
  if (!is_instance(args[0], &BaseExceptionType)) return raise(&TypeErrorType, "codec must pass exception instance");
  return raise_value(args[0]);
}

Value ignore_errors(const Value* args, size_t nargs, KwNames*) {
  ErrorInfo info;
  if (!check_nargs("ignore_errors", nargs, 1, 1) || !error_info(args[0], &info)) return Value();
  return handler_result(U"", info.end);
}

Value replace_errors(const Value* args, size_t nargs, KwNames*) {
  ErrorInfo info;
  if (!check_nargs("replace_errors", nargs, 1, 1) || !error_info(args[0], &info)) return Value();
  size_t n = static_cast<size_t>(std::max<int64_t>(0, info.end - info.start));
  if (info.decode) return handler_result(U"\uFFFD", info.end);
  return handler_result(std::u32string(n, info.encode ? U'?' : U'\uFFFD'), info.end);
}

// Code points [start, end) of a UnicodeEncodeError's str, or the bytes of a decode error.
std::u32string error_span(const ErrorInfo& info) {
  std::u32string span;
  if (is_str(info.object)) {
    std::u32string all = str_code_points(as_str(info.object));
    for (int64_t k = info.start; k < info.end && k < static_cast<int64_t>(all.size()); k++) span += all[k];
  } else {
    std::string_view b;
    if (buffer_view(info.object, &b))
      for (int64_t k = info.start; k < info.end && k < static_cast<int64_t>(b.size()); k++)
        span += static_cast<unsigned char>(b[k]);
  }
  return span;
}

Value backslashreplace_errors(const Value* args, size_t nargs, KwNames*) {
  ErrorInfo info;
  if (!check_nargs("backslashreplace_errors", nargs, 1, 1) || !error_info(args[0], &info)) return Value();
  std::u32string out;
  for (char32_t c : error_span(info)) append_hex_escape(out, c);
  return handler_result(out, info.end);
}

Value xmlcharrefreplace_errors(const Value* args, size_t nargs, KwNames*) {
  ErrorInfo info;
  if (!check_nargs("xmlcharrefreplace_errors", nargs, 1, 1) || !error_info(args[0], &info)) return Value();
  if (!info.encode) return wrong_exception(info);
  std::u32string out;
  for (char32_t c : error_span(info))
    for (char d : "&#" + std::to_string(c) + ";") out += static_cast<char32_t>(d);
  return handler_result(out, info.end);
}

Value namereplace_errors(const Value* args, size_t nargs, KwNames*) {
  ErrorInfo info;
  if (!check_nargs("namereplace_errors", nargs, 1, 1) || !error_info(args[0], &info)) return Value();
  if (!info.encode) return wrong_exception(info);
  std::u32string out;
  for (char32_t c : error_span(info)) append_hex_escape(out, c);
  return handler_result(out, info.end);
}

Value surrogateescape_errors(const Value* args, size_t nargs, KwNames*) {
  ErrorInfo info;
  if (!check_nargs("surrogateescape_errors", nargs, 1, 1) || !error_info(args[0], &info)) return Value();
  std::u32string span = error_span(info);
  if (info.decode) {
    std::u32string out;
    for (char32_t c : span) {
      if (c < 0x80) return raise_value(info.exc);
      out += 0xDC00 + c;
    }
    return handler_result(out, info.end);
  }
  if (!info.encode) return wrong_exception(info);
  std::string out;
  for (char32_t c : span) {
    if (c < 0xDC80 || c > 0xDCFF) return raise_value(info.exc);
    out += static_cast<char>(c - 0xDC00);
  }
  return new_tuple({new_bytes(std::move(out)), Value::integer(info.end)});
}

// surrogatepass for UTF-8 (the codecs that know other encodings handle it themselves).
Value surrogatepass_errors(const Value* args, size_t nargs, KwNames*) {
  ErrorInfo info;
  if (!check_nargs("surrogatepass_errors", nargs, 1, 1) || !error_info(args[0], &info)) return Value();
  std::u32string span = error_span(info);
  if (info.encode) {
    std::string out;
    for (char32_t c : span) {
      if (c < 0xD800 || c > 0xDFFF) return raise_value(info.exc);
      append_utf8(out, c);
    }
    return new_tuple({new_bytes(std::move(out)), Value::integer(info.end)});
  }
  if (!info.decode || span.size() < 3) return info.decode ? raise_value(info.exc) : wrong_exception(info);
  uint32_t cp = ((span[0] & 0x0F) << 12) | ((span[1] & 0x3F) << 6) | (span[2] & 0x3F);
  if ((span[0] & 0xF0) != 0xE0 || cp < 0xD800 || cp > 0xDFFF) return raise_value(info.exc);
  return handler_result(std::u32string(1, cp), info.start + 3);
}

// ---- UTF-8, ASCII, Latin-1: the engine str.encode and bytes.decode use

Value encode_with(const char* fname, const char* encoding, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args(fname, args, nargs, kw, {"str", "errors"}, 2, a) || !codec_text_arg(fname, a[0])) return Value();
  const StrObject* s = as_str(a[0]);
  Value b = str_encode(s, encoding, errors_arg(a[1]));
  if (b.is_null()) return b;
  return new_tuple({b, Value::integer(s->m_length)});
}

// Bytes at the end of `data` that begin a UTF-8 sequence not yet complete (kept
// for the next call when final is false).
size_t incomplete_utf8_tail(std::string_view data) {
  size_t n = data.size();
  for (size_t back = 1; back <= 3 && back <= n; back++) {
    auto c = static_cast<unsigned char>(data[n - back]);
    if ((c & 0xC0) == 0x80) continue;
    size_t need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

// Decodes with a built-in codec and a registered error handler: each error is
// found by strict decoding and handed to the handler.
Value decode_custom_handler(std::string_view data, std::string_view encoding, std::string_view errors) {
  std::string enc(encoding);
  std::u32string text;
  int64_t pos = 0, n = static_cast<int64_t>(data.size());
  while (pos < n) {
    Value part = bytes_decode(data.substr(static_cast<size_t>(pos)), encoding, "strict");
    if (!part.is_null()) {
      text += str_code_points(as_str(part));
      break;
    }
    if (!error_matches(&UnicodeDecodeErrorType)) return Value();
    Value exc = fetch_error();
    int64_t start = 0, end = 0;
    Value sv = get_attr(exc, intern("start")), ev = get_attr(exc, intern("end"));
    Value reason = get_attr(exc, intern("reason"));
    if (sv.is_null() || ev.is_null() || reason.is_null() || !index_value(sv, &start) || !index_value(ev, &end))
      return Value();
    Value good = bytes_decode(data.substr(static_cast<size_t>(pos), static_cast<size_t>(start)), encoding, "strict");
    if (good.is_null()) return good;
    text += str_code_points(as_str(good));
    pos = codec_decode_error(enc.c_str(), errors, data, pos + start, pos + end, as_str(reason)->m_data.c_str(), text);
    if (pos < 0) return Value();
  }
  return str_from_code_points(text);
}

// Encodes with UTF-8, ASCII or Latin-1 (`limit` the first code point it cannot
// encode; UTF-8 cannot encode surrogates) and a registered error handler.
Value encode_custom_handler(const Value& str, const char* name, uint32_t limit, std::string_view errors) {
  std::u32string cps = str_code_points(as_str(str));
  auto encodable = [&](uint32_t c) { return limit > 0x10FFFF ? c < 0xD800 || c > 0xDFFF : c < limit; };
  auto put = [&](std::string& out, uint32_t c) {
    if (limit > 0x10FFFF)
      append_utf8(out, c);
    else
      out += static_cast<char>(c);
  };
  const char* reason = limit == 0x80 ? "ordinal not in range(128)"
                       : limit == 0x100 ? "ordinal not in range(256)"
                                        : "surrogates not allowed";
  std::string out;
  int64_t n = static_cast<int64_t>(cps.size());
  for (int64_t i = 0; i < n;) {
    if (encodable(cps[i])) {
      put(out, cps[i++]);
      continue;
    }
    int64_t end = i + 1;
    while (end < n && !encodable(cps[end])) end++;
    EncodeReplacement r;
    int64_t next = codec_encode_error(name, errors, str, cps, i, end, reason, &r);
    if (next < 0) return Value();
    if (r.is_bytes) out += r.bytes;
    for (char32_t c : r.text) {
      if (!encodable(c)) {
        codec_encode_error(name, "strict", str, cps, i, end, reason, &r);
        return Value();
      }
      put(out, c);
    }
    i = next;
  }
  return new_bytes(std::move(out));
}

// The codec str.encode / bytes.decode use when objects/str_codecs.cpp does not know
// the encoding or the error handler: UTF-8/ASCII/Latin-1 with a registered handler
// here, any other encoding through the registry, refusing non-text encodings.
Value builtin_codec_name(std::string_view encoding, uint32_t* limit) {
  std::string n = normalize_encoding(encoding);
  if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") {
    *limit = 0x110000;
    return new_str("utf-8");
  }
  if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us") {
    *limit = 0x80;
    return new_str("ascii");
  }
  if (n == "latin_1" || n == "latin1" || n == "iso_8859_1" || n == "iso8859_1" || n == "8859" || n == "cp819" ||
      n == "latin" || n == "l1" || n == "iso_ir_100" || n == "csisolatin1") {
    *limit = 0x100;
    return new_str("latin-1");
  }
  return Value();
}

Value text_codec(std::string_view encoding, int which) {
  Value info = codec_lookup(encoding);
  if (info.is_null()) return info;
  Value is_text = get_attr_opt(info, intern("_is_text_encoding"));
  if (!is_text.is_null() && !truthy(is_text))
    return raise(&LookupErrorType, format("'%.*s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                                          static_cast<int>(encoding.size()), encoding.data(),
                                          which == 0 ? "encode" : "decode"));
  clear_error();
  return as_tuple(info)->m_items[which];
}

Value registry_encode(const StrObject* s, std::string_view encoding, std::string_view errors) {
  Value str = Value::borrow(const_cast<StrObject*>(s));
  uint32_t limit;
  Value builtin = builtin_codec_name(encoding, &limit);
  if (!builtin.is_null()) return encode_custom_handler(str, as_str(builtin)->m_data.c_str(), limit, errors);
  if (NativeFn fn = utf_codec_function(normalize_encoding(encoding), true)) {
    Value args[2] = {str, new_str(errors)};
    Value r = fn(args, 2, nullptr);
    return r.is_null() ? r : as_tuple(r)->m_items[0];
  }
  Value encoder = text_codec(encoding, 0);
  if (encoder.is_null()) return encoder;
  Value args[2] = {str, new_str(errors)};
  Value r = call(encoder, args, 2);
  if (r.is_null()) return r;
  if (!is_tuple(r) || as_tuple(r)->m_items.size() != 2)
    return raise(&TypeErrorType, "encoder must return a tuple (object, integer)");
  Value b = as_tuple(r)->m_items[0];
  if (is_bytes(b)) return b;
  if (is_bytearray(b)) return new_bytes(std::string(byteseq_view(b)));
  return raise(&TypeErrorType, format("'%.*s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode "
                                      "to arbitrary types",
                                      static_cast<int>(encoding.size()), encoding.data(), type_name(b).c_str()));
}

Value registry_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
  uint32_t limit;
  Value builtin = builtin_codec_name(encoding, &limit);
  if (!builtin.is_null()) return decode_custom_handler(data, as_str(builtin)->view(), errors);
  if (NativeFn fn = utf_codec_function(normalize_encoding(encoding), false)) {
    Value args[3] = {new_bytes(std::string(data)), new_str(errors), Value::boolean(true)};
    Value r = fn(args, 3, nullptr);
    return r.is_null() ? r : as_tuple(r)->m_items[0];
  }
  Value decoder = text_codec(encoding, 1);
  if (decoder.is_null()) return decoder;
  Value args[2] = {new_bytes(std::string(data)), new_str(errors)};
  Value r = call(decoder, args, 2);
  if (r.is_null()) return r;
  if (!is_tuple(r) || as_tuple(r)->m_items.size() != 2)
    return raise(&TypeErrorType, "decoder must return a tuple (object,integer)");
  Value s = as_tuple(r)->m_items[0];
  if (is_str(s)) return s;
  return raise(&TypeErrorType, format("'%.*s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode "
                                      "to arbitrary types",
                                      static_cast<int>(encoding.size()), encoding.data(), type_name(s).c_str()));
}

[[maybe_unused]] const bool registry_hooks_installed = [] {
  codec_registry_encode = registry_encode;
  codec_registry_decode = registry_decode;
  return true;
}();

Value decode_with(const char* fname, const char* encoding, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args(fname, args, nargs, kw, {"data", "errors", "final"}, 3, a)) return Value();
  std::string_view data;
  if (!need_buffer(a[0], &data)) return Value();
  int final = a[2].is_null() ? 0 : truthy(a[2]);
  if (final < 0) return Value();
  if (!final && encoding[0] == 'u') data = data.substr(0, data.size() - incomplete_utf8_tail(data));
  std::string_view errors = errors_arg(a[1]);
  Value s;
  if (is_builtin_handler(errors) && errors != "namereplace" && errors != "xmlcharrefreplace") {
    s = bytes_decode(data, encoding, errors);
  } else {
    s = decode_custom_handler(data, encoding, errors);
  }
  if (s.is_null()) return s;
  return new_tuple({s, Value::integer(static_cast<int64_t>(data.size()))});
}

Value utf_8_encode(const Value* a, size_t n, KwNames* k) { return encode_with("utf_8_encode", "utf-8", a, n, k); }
Value utf_8_decode(const Value* a, size_t n, KwNames* k) { return decode_with("utf_8_decode", "utf-8", a, n, k); }
Value ascii_encode(const Value* a, size_t n, KwNames* k) { return encode_with("ascii_encode", "ascii", a, n, k); }
Value ascii_decode(const Value* a, size_t n, KwNames* k) { return decode_with("ascii_decode", "ascii", a, n, k); }
Value latin_1_encode(const Value* a, size_t n, KwNames* k) { return encode_with("latin_1_encode", "latin-1", a, n, k); }
Value latin_1_decode(const Value* a, size_t n, KwNames* k) { return decode_with("latin_1_decode", "latin-1", a, n, k); }

void register_builtin_handlers() {
  DictObject* reg = as_dict(state().codec_error_registry);
  if (dict_get_str(reg, intern("strict")).is_null()) {
    struct Handler {
      const char* key;
      MethodDef fn;
    };
    static const Handler kHandlers[] = {{"strict", {"strict_errors", strict_errors}},
                                        {"ignore", {"ignore_errors", ignore_errors}},
                                        {"replace", {"replace_errors", replace_errors}},
                                        {"xmlcharrefreplace", {"xmlcharrefreplace_errors", xmlcharrefreplace_errors}},
                                        {"backslashreplace", {"backslashreplace_errors", backslashreplace_errors}},
                                        {"namereplace", {"namereplace_errors", namereplace_errors}},
                                        {"surrogateescape", {"surrogateescape_errors", surrogateescape_errors}},
                                        {"surrogatepass", {"surrogatepass_errors", surrogatepass_errors}}};
    for (const Handler& h : kHandlers) dict_set_str(reg, intern(h.key), new_builtin(h.fn.name, h.fn.fn));
  }
}

}  // namespace

Value init_codecs_module() {
  Value m = new_module("_codecs");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"register", codecs_register},
                             {"unregister", codecs_unregister},
                             {"lookup", codecs_lookup},
                             {"encode", codecs_encode},
                             {"decode", codecs_decode},
                             {"register_error", codecs_register_error},
                             {"lookup_error", codecs_lookup_error},
                             {"utf_8_encode", utf_8_encode},
                             {"utf_8_decode", utf_8_decode},
                             {"ascii_encode", ascii_encode},
                             {"ascii_decode", ascii_decode},
                             {"latin_1_encode", latin_1_encode},
                             {"latin_1_decode", latin_1_decode}});
  add_unicode_codec_functions(mod);
  return m;
}

}  // namespace hotpy
