// _json: the speedups CPython's json package imports when present (scanstring,
// make_scanner, make_encoder, encode_basestring[_ascii]), with CPython 3.11's
// results, positions and JSONDecodeError messages. Text is scanned as UTF-8 bytes
// (every JSON delimiter is ASCII); positions are converted to code points only where
// Python sees them (arguments, results, errors).
#include <cmath>
#include <cstring>
#include <iterator>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "eval/importer.h"
#include <algorithm>
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

TypeObject JsonScannerType("_json.Scanner");
TypeObject JsonEncoderType("_json.Encoder");

namespace {

// ---- positions: code points <-> bytes of the UTF-8 text

size_t cp_to_byte(const StrObject* s, int64_t cp) {
  std::string_view v = s->view();
  if (size_t(s->m_length) == v.size()) return size_t(cp);
  return str_offset(s, cp);
}

int64_t byte_to_cp(const StrObject* s, size_t byte) {
  std::string_view v = s->view();
  if (size_t(s->m_length) == v.size()) return int64_t(byte);
  return utf8_length(v.substr(0, byte));
}

// json.decoder.JSONDecodeError(msg, doc, pos); a plain ValueError with the same text
// when json.decoder cannot be imported.
// The position scanstring(s, 0) reports: the character before the start (-1).
constexpr size_t kBeforeStart = SIZE_MAX;
// scan_string's default start: the opening quote just before the text.
constexpr size_t kQuoteBefore = SIZE_MAX - 1;

Value decode_error(const char* msg, const Value& doc, size_t byte_pos) {
  int64_t pos = byte_pos == kBeforeStart ? -1 : byte_to_cp(as_str(doc), byte_pos);
  Value cls;
  Value mod = importer().import_module_level(intern("json.decoder"), nullptr,
                                             new_tuple({interned("JSONDecodeError")}), 0);
  if (!mod.is_null()) cls = get_attr(mod, intern("JSONDecodeError"));
  if (cls.is_null()) {
    clear_error();
    std::string_view text = as_str(doc)->view().substr(0, byte_pos == kBeforeStart ? 0 : byte_pos);
    int64_t line = 1 + int64_t(std::count(text.begin(), text.end(), '\n'));
    size_t nl = text.rfind('\n');
    int64_t col = nl == std::string_view::npos ? pos + 1 : pos - byte_to_cp(as_str(doc), nl + 1) + 1;
    return raise(&ValueErrorType, format("%s: line %lld column %lld (char %lld)", msg, (long long)line,
                                         (long long)col, (long long)pos));
  }
  Value args[3] = {new_str(msg), doc, Value::integer(pos)};
  Value exc = call(cls, args, 3);
  if (exc.is_null()) return exc;
  return raise_value(exc);
}

Value stop_iteration(const Value& doc, size_t byte_pos) {
  Value pos = Value::integer(byte_to_cp(as_str(doc), byte_pos));
  Value exc = call1(Value::borrow(&StopIterationType), pos);
  if (exc.is_null()) return exc;
  return raise_value(exc);
}

// ---- scanning

int hex4(std::string_view s, size_t at) {
  if (at + 4 > s.size()) return -1;
  int v = 0;
  for (size_t k = at; k < at + 4; k++) {
    char c = s[k];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

bool string_error(const char* msg, const Value& doc, size_t pos) {
  decode_error(msg, doc, pos);
  return false;
}

// The text of the string whose opening quote precedes `pos` in `out`; *end is just
// past its closing quote. `begin` is where the string starts, for the messages (the
// quote before pos, unless scanstring() was given another start). False with the
// error raised.
bool scan_string_text(const Value& doc, size_t pos, bool strict, size_t* end, std::string& out,
                      size_t begin = kQuoteBefore) {
  std::string_view s = as_str(doc)->view();
  if (begin == kQuoteBefore) begin = pos - 1;
  for (;;) {
    size_t chunk = pos;
    while (pos < s.size()) {
      auto c = static_cast<unsigned char>(s[pos]);
      if (c == '"' || c == '\\') break;
      if (c < 0x20 && strict) return string_error("Invalid control character at", doc, pos);
      pos++;
    }
    if (pos >= s.size()) return string_error("Unterminated string starting at", doc, begin);
    out.append(s.data() + chunk, pos - chunk);
    if (s[pos] == '"') {
      *end = pos + 1;
      return true;
    }
    pos++;  // the backslash
    if (pos >= s.size()) return string_error("Unterminated string starting at", doc, begin);
    char esc = s[pos++];
    switch (esc) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        // As CPython, the four digits must leave room for at least the closing quote.
        if (pos + 4 >= s.size()) return string_error("Invalid \\uXXXX escape", doc, pos - 1);
        int cp = hex4(s, pos);
        if (cp < 0) return string_error("Invalid \\uXXXX escape", doc, pos - 1);
        pos += 4;
        // A high surrogate followed by an escaped low one makes one character.
        if (cp >= 0xd800 && cp <= 0xdbff && pos + 6 < s.size() && s[pos] == '\\' && s[pos + 1] == 'u') {
          int low = hex4(s, pos + 2);
          if (low < 0) return string_error("Invalid \\uXXXX escape", doc, pos + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            pos += 6;
          }
        }
        append_utf8(out, uint32_t(cp));
        break;
      }
      default:
        return string_error("Invalid \\escape", doc, pos - 2);
    }
  }
}

Value scan_string(const Value& doc, size_t pos, bool strict, size_t* end, size_t begin = kQuoteBefore) {
  std::string out;
  if (!scan_string_text(doc, pos, strict, end, out, begin)) return Value();
  return new_str(std::move(out));
}

struct ScannerObject : GcObject {
  bool m_strict = true;
  Value m_object_hook, m_object_pairs_hook, m_parse_float, m_parse_int, m_parse_constant;
  // Keys seen during one call: a repeated key is the same str object (CPython's memo),
  // which saves making and hashing it again.
  std::unordered_map<std::string, Value> m_memo;
  std::vector<Value> m_items;  // the items of the arrays being parsed (parse_array)
  // Short string values seen during one call, one per slot by a hash of their text: a
  // repeated one ("t3", "ok", an enum-like field) is the same str object, which saves
  // its 80 bytes per occurrence (a str's identity is not promised; CPython shares
  // one-character strs the same way). Emptied at the end of the call, slot by slot
  // as m_short_used lists them.
  static constexpr size_t kShortSlots = 128;
  static constexpr size_t kShortBytes = 15;  // std::string's inline capacity
  Value m_short[kShortSlots];
  uint64_t m_short_used[kShortSlots / 64] = {};
  ScannerObject() : GcObject(&JsonScannerType) {}
  Value short_str(std::string text) {
    uint32_t h = uint32_t(text.size());
    for (char c : text) h = h * 31 + static_cast<unsigned char>(c);
    size_t i = (h ^ (h >> 7)) & (kShortSlots - 1);
    Value& slot = m_short[i];
    if (!slot.is_null() && as_str(slot)->view() == text) return slot;
    slot = new_str(std::move(text));
    m_short_used[i / 64] |= uint64_t{1} << (i % 64);
    return slot;
  }
  void clear_short() {
    for (size_t w = 0; w < kShortSlots / 64; w++) {
      for (uint64_t bits = m_short_used[w]; bits; bits &= bits - 1)
        m_short[w * 64 + size_t(__builtin_ctzll(bits))] = Value();
      m_short_used[w] = 0;
    }
  }
  void traverse(Visitor visit, void* arg) override {
    for (Value* v : {&m_object_hook, &m_object_pairs_hook, &m_parse_float, &m_parse_int, &m_parse_constant})
      if (v->is_obj()) visit(v->obj(), arg);
  }
  void clear() override {
    for (Value* v : {&m_object_hook, &m_object_pairs_hook, &m_parse_float, &m_parse_int, &m_parse_constant})
      *v = Value();
  }
};

// A string value: a short one through the scanner's cache of this call's strings.
Value scan_string_value(ScannerObject* sc, const Value& doc, size_t pos, size_t* end) {
  std::string out;
  if (!scan_string_text(doc, pos, sc->m_strict, end, out)) return Value();
  if (out.size() <= 1 || out.size() > ScannerObject::kShortBytes) return new_str(std::move(out));
  return sc->short_str(std::move(out));
}

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

Value scan_value(ScannerObject* sc, const Value& doc, size_t pos, size_t* end);

Value match_number(ScannerObject* sc, const Value& doc, size_t start, size_t* end) {
  std::string_view s = as_str(doc)->view();
  size_t pos = start, last = s.size() - 1;
  if (s[pos] == '-') {
    pos++;
    if (pos > last) return stop_iteration(doc, start);
  }
  if (s[pos] >= '1' && s[pos] <= '9') {
    pos++;
    while (pos <= last && is_digit(s[pos])) pos++;
  } else if (s[pos] == '0') {
    pos++;
  } else {
    return stop_iteration(doc, start);
  }
  bool is_float = false;
  if (pos < last && s[pos] == '.' && is_digit(s[pos + 1])) {
    is_float = true;
    pos += 2;
    while (pos <= last && is_digit(s[pos])) pos++;
  }
  if (pos < last && (s[pos] == 'e' || s[pos] == 'E')) {
    size_t e_start = pos++;
    if (pos < last && (s[pos] == '-' || s[pos] == '+')) pos++;
    while (pos <= last && is_digit(s[pos])) pos++;
    if (is_digit(s[pos - 1])) is_float = true;
    else pos = e_start;
  }
  *end = pos;
  std::string_view text = s.substr(start, pos - start);
  const Value& custom = is_float ? sc->m_parse_float : sc->m_parse_int;
  if (!custom.is(Value::borrow(is_float ? &FloatType : &IntType))) return call1(custom, new_str(text));
  if (is_float) return Value::number(std::strtod(std::string(text).c_str(), nullptr));
  if (text.size() <= 18) {
    int64_t v = 0;
    size_t k = text[0] == '-' ? 1 : 0;
    for (size_t i = k; i < text.size(); i++) v = v * 10 + (text[i] - '0');
    return Value::integer(k ? -v : v);
  }
  return int_from_string(text, 10);
}

Value parse_object(ScannerObject* sc, const Value& doc, size_t pos, size_t* end) {
  std::string_view s = as_str(doc)->view();
  size_t n = s.size();
  bool pairs = !sc->m_object_pairs_hook.is_none();
  Value result = pairs ? new_list() : new_dict();
  while (pos < n && is_ws(s[pos])) pos++;
  if (pos >= n || s[pos] != '}') {
    for (;;) {
      if (pos >= n || s[pos] != '"')
        return decode_error("Expecting property name enclosed in double quotes", doc, pos);
      size_t next;
      std::string key_text;
      if (!scan_string_text(doc, pos + 1, sc->m_strict, &next, key_text)) return Value();
      Value& memo_slot = sc->m_memo[key_text];
      if (memo_slot.is_null()) memo_slot = new_str(std::move(key_text));
      Value key = memo_slot;  // a hook may run this scanner again and clear the memo
      pos = next;
      while (pos < n && is_ws(s[pos])) pos++;
      if (pos >= n || s[pos] != ':') return decode_error("Expecting ':' delimiter", doc, pos);
      pos++;
      while (pos < n && is_ws(s[pos])) pos++;
      Value val = scan_value(sc, doc, pos, &next);
      if (val.is_null()) return val;
      pos = next;
      if (pairs) {
        as_list(result)->m_items.push_back(new_tuple({key, val}));
      } else if (dict_set(as_dict(result), key, val) < 0) {
        return Value();
      }
      while (pos < n && is_ws(s[pos])) pos++;
      if (pos < n && s[pos] == '}') break;
      if (pos >= n || s[pos] != ',') return decode_error("Expecting ',' delimiter", doc, pos);
      pos++;
      while (pos < n && is_ws(s[pos])) pos++;
    }
  }
  *end = pos + 1;
  if (pairs) return call1(sc->m_object_pairs_hook, result);
  if (!sc->m_object_hook.is_none()) return call1(sc->m_object_hook, result);
  return result;
}

// The items of an array gather on the scanner's stack, so that its list is made at
// its exact size: appended one by one, a 5-item list held room for 8 (and was
// reallocated 4 times). Every array level leaves the stack as it found it, also when a
// hook runs this scanner again. A long array moves to its list early, which then grows
// as a list does: copied from the stack at the end, it would be there twice at once.
constexpr size_t kItemsOnStack = 256;

// Appends to a long array's list, made on the first call from the items on the stack.
// Out of line: the item loop then inlines its one push_back.
[[gnu::noinline]] void add_long_item(std::vector<Value>& stack, size_t base, Value& list, Value item) {
  if (list.is_null()) {
    std::vector<Value> items;
    items.reserve(2 * kItemsOnStack);
    auto first = stack.begin() + static_cast<std::ptrdiff_t>(base);
    items.assign(std::make_move_iterator(first), std::make_move_iterator(stack.end()));
    stack.resize(base);
    list = new_list(std::move(items));
  }
  as_list(list)->m_items.push_back(std::move(item));
}

Value parse_array(ScannerObject* sc, const Value& doc, size_t pos, size_t* end) {
  std::string_view s = as_str(doc)->view();
  size_t n = s.size();
  std::vector<Value>& stack = sc->m_items;
  struct Restore {
    std::vector<Value>& stack;
    size_t base;
    ~Restore() { stack.resize(base); }
  } restore{stack, stack.size()};
  Value long_list;  // a long array's list, made once it left the stack
  size_t stack_limit = restore.base + kItemsOnStack;  // 0 from then on
  while (pos < n && is_ws(s[pos])) pos++;
  if (pos >= n || s[pos] != ']') {
    for (;;) {
      size_t next;
      Value val = scan_value(sc, doc, pos, &next);
      if (val.is_null()) return val;
      if (stack.size() < stack_limit) {
        stack.push_back(std::move(val));
      } else {
        add_long_item(stack, restore.base, long_list, std::move(val));
        stack_limit = 0;
      }
      pos = next;
      while (pos < n && is_ws(s[pos])) pos++;
      if (pos < n && s[pos] == ']') break;
      if (pos >= n || s[pos] != ',') return decode_error("Expecting ',' delimiter", doc, pos);
      pos++;
      while (pos < n && is_ws(s[pos])) pos++;
    }
  }
  if (pos >= n || s[pos] != ']') return decode_error("Expecting value", doc, n - 1);
  *end = pos + 1;
  if (!long_list.is_null()) {
    // Grown by doubling, it may hold room for nearly as many items again.
    std::vector<Value>& items = as_list(long_list)->m_items;
    if (items.capacity() - items.size() > items.size() / 8) items.shrink_to_fit();
    return long_list;
  }
  auto first = stack.begin() + static_cast<std::ptrdiff_t>(restore.base);
  return new_list(std::vector<Value>(std::make_move_iterator(first), std::make_move_iterator(stack.end())));
}

Value named_constant(ScannerObject* sc, const char* name, size_t pos, size_t* end) {
  *end = pos + std::strlen(name);
  return call1(sc->m_parse_constant, new_str(name));
}

Value scan_value(ScannerObject* sc, const Value& doc, size_t pos, size_t* end) {
  std::string_view s = as_str(doc)->view();
  if (pos >= s.size()) return stop_iteration(doc, pos);
  auto has = [&](const char* word) { return s.substr(pos, std::strlen(word)) == word; };
  switch (s[pos]) {
    case '"': return scan_string_value(sc, doc, pos + 1, end);
    case '{':
    case '[': {
      if (!enter_recursion(" while decoding a JSON object from a unicode string")) return Value();
      Value r = s[pos] == '{' ? parse_object(sc, doc, pos + 1, end) : parse_array(sc, doc, pos + 1, end);
      leave_recursion();
      return r;
    }
    case 'n':
      if (has("null")) { *end = pos + 4; return Value::none(); }
      break;
    case 't':
      if (has("true")) { *end = pos + 4; return Value::boolean(true); }
      break;
    case 'f':
      if (has("false")) { *end = pos + 5; return Value::boolean(false); }
      break;
    case 'N':
      if (has("NaN")) return named_constant(sc, "NaN", pos, end);
      break;
    case 'I':
      if (has("Infinity")) return named_constant(sc, "Infinity", pos, end);
      break;
    case '-':
      if (has("-Infinity")) return named_constant(sc, "-Infinity", pos, end);
      break;
    default: break;
  }
  return match_number(sc, doc, pos, end);
}

Value need_str(const Value& v) {
  return raise(&TypeErrorType, format("first argument must be a string, not %.80s", type_name(v).c_str()));
}

Value scanner_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("scan_once", args, nargs, kw, {"string", "idx"}, 2, a)) return Value();
  if (a[0].is_null() || a[1].is_null()) return raise(&TypeErrorType, "scan_once() missing required argument");
  if (!is_str(a[0])) return need_str(a[0]);
  int64_t idx;
  if (!index_value(a[1], &idx)) return Value();
  if (idx < 0) return raise(&ValueErrorType, "idx cannot be negative");
  const StrObject* s = as_str(a[0]);
  if (idx >= s->m_length) return stop_iteration(a[0], s->view().size());
  size_t end;
  auto* sc = self.as<ScannerObject>();
  Value v = scan_value(sc, a[0], cp_to_byte(s, idx), &end);
  sc->m_memo.clear();
  sc->clear_short();
  // Deep documents leave no big stack behind (unless a hook runs this call inside
  // another that still has items on it).
  if (sc->m_items.empty() && sc->m_items.capacity() > 4 * kItemsOnStack) std::vector<Value>().swap(sc->m_items);
  if (v.is_null()) return v;
  return new_tuple({v, Value::integer(byte_to_cp(s, end))});
}

Value scanner_new(TypeObject*, const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("make_scanner", args, nargs, kw, {"context"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "make_scanner() missing required argument 'context' (pos 1)");
  Value sc = Value::steal(new ScannerObject());
  auto* p = sc.as<ScannerObject>();
  Value strict = get_attr(a[0], intern("strict"));
  if (strict.is_null()) return strict;
  int t = truthy(strict);
  if (t < 0) return Value();
  p->m_strict = t;
  struct { const char* name; Value* slot; } fields[] = {{"object_hook", &p->m_object_hook},
                                                        {"object_pairs_hook", &p->m_object_pairs_hook},
                                                        {"parse_float", &p->m_parse_float},
                                                        {"parse_int", &p->m_parse_int},
                                                        {"parse_constant", &p->m_parse_constant}};
  for (auto& f : fields) {
    *f.slot = get_attr(a[0], intern(f.name));
    if (f.slot->is_null()) return Value();
  }
  return sc;
}

Value scanner_get(const Value& self, Value ScannerObject::*field) { return self.as<ScannerObject>()->*field; }
Value sc_strict(const Value& self) { return Value::boolean(self.as<ScannerObject>()->m_strict); }
Value sc_object_hook(const Value& self) { return scanner_get(self, &ScannerObject::m_object_hook); }
Value sc_object_pairs_hook(const Value& self) { return scanner_get(self, &ScannerObject::m_object_pairs_hook); }
Value sc_parse_float(const Value& self) { return scanner_get(self, &ScannerObject::m_parse_float); }
Value sc_parse_int(const Value& self) { return scanner_get(self, &ScannerObject::m_parse_int); }
Value sc_parse_constant(const Value& self) { return scanner_get(self, &ScannerObject::m_parse_constant); }

Value json_scanstring(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("scanstring", kw) || !check_nargs("scanstring", nargs, 2, 3)) return Value();
  if (!is_str(args[0])) return need_str(args[0]);
  int64_t end;
  if (!index_value(args[1], &end)) return Value();
  bool strict = true;
  if (nargs > 2) {
    int t = truthy(args[2]);
    if (t < 0) return Value();
    strict = t;
  }
  const StrObject* s = as_str(args[0]);
  if (end < 0 || end > s->m_length) return raise(&ValueErrorType, "end is out of bounds");
  size_t after;
  size_t begin = end == 0 ? kBeforeStart : cp_to_byte(s, end - 1);
  Value v = scan_string(args[0], cp_to_byte(s, end), strict, &after, begin);
  if (v.is_null()) return v;
  return new_tuple({v, Value::integer(byte_to_cp(s, after))});
}

}  // namespace

// The encoder half lives in json_encoder.cpp.
void ready_json_encoder_type();
Value json_encode_basestring_ascii(const Value* args, size_t nargs, KwNames* kw);
Value json_encode_basestring(const Value* args, size_t nargs, KwNames* kw);

static void ready_json_types() {
  JsonScannerType.m_qualname = "Scanner";
  JsonScannerType.tp_new = scanner_new;
  JsonScannerType.tp_call = scanner_call;
  type_ready(&JsonScannerType, &ObjectType);
  type_add_getsets(&JsonScannerType, {{"strict", sc_strict},
                                      {"object_hook", sc_object_hook},
                                      {"object_pairs_hook", sc_object_pairs_hook},
                                      {"parse_float", sc_parse_float},
                                      {"parse_int", sc_parse_int},
                                      {"parse_constant", sc_parse_constant}});
  type_add_value(&JsonScannerType, "__module__", interned("_json"));
  ready_json_encoder_type();
}

Value init_json_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_json_types);
  Value m = new_module("_json");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"scanstring", json_scanstring},
                             {"encode_basestring_ascii", json_encode_basestring_ascii},
                             {"encode_basestring", json_encode_basestring}});
  module_add(mod, "make_scanner", Value::borrow(&JsonScannerType));
  module_add(mod, "make_encoder", Value::borrow(&JsonEncoderType));
  module_add(mod, "__doc__", new_str("json speedups\n"));
  return m;
}

}  // namespace hotpy
