// Text formatting: builtin format(), str.__format__'s spec mini-language, str.format /
// format_map (PEP 3101, following CPython's unicode_format.h step for step so the
// errors come out in the same order), and printf-style `%` formatting. Numbers are
// rendered by number_format.cpp; this file parses and dispatches.
#include <algorithm>
#include <new>
#include <vector>

#include "objects/bytes_internal.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/ops.h"
#include "objects/str_internal.h"
#include "objects/str_unicode.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

StrObject* format_name() {
  static StrObject* name = intern("__format__");
  return name;
}

// ---- the format-spec mini-language, as far as str uses it

struct FormatSpec {
  uint32_t fill = ' ';
  char align = '\0';      // '<' '>' '^' '=' or none
  char sign = '\0';
  bool no_neg_zero = false;
  bool alternate = false;
  int64_t width = -1;
  char grouping = '\0';   // ',' or '_'
  int64_t precision = -1;
  uint32_t type;
};

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads decimal digits (any script) at cps[*pos]; returns how many were read, -1 on
// overflow ("Too many decimal digits in format string").
int read_integer(const std::vector<uint32_t>& cps, size_t* pos, int64_t* out) {
  int64_t acc = 0;
  int n = 0;
  while (*pos < cps.size()) {
    int d = unicode::decimal_value(cps[*pos]);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) {
      raise(&ValueErrorType, "Too many decimal digits in format string");
      return -1;
    }
    acc = acc * 10 + d;
    ++*pos;
    ++n;
  }
  *out = acc;
  return n;
}

// CPython's parse_internal_render_format_spec with str's defaults (type 's', align '<').
bool parse_spec(std::string_view text, const char* type_name_for_errors, FormatSpec* f) {
  std::vector<uint32_t> cps;
  for (const char *p = text.data(), *end = p + text.size(); p < end;) cps.push_back(decode_utf8(p));
  size_t pos = 0, n = cps.size();
  bool fill_given = false;
  f->type = 's';
  if (n - pos >= 2 && is_align(cps[pos + 1])) {
    f->fill = cps[pos];
    f->align = static_cast<char>(cps[pos + 1]);
    fill_given = true;
    pos += 2;
  } else if (n - pos >= 1 && is_align(cps[pos])) {
    f->align = static_cast<char>(cps[pos]);
    ++pos;
  }
  if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' '))
    f->sign = static_cast<char>(cps[pos++]);
  if (pos < n && cps[pos] == 'z') {
    f->no_neg_zero = true;
    ++pos;
  }
  if (pos < n && cps[pos] == '#') {
    f->alternate = true;
    ++pos;
  }
  if (!fill_given && pos < n && cps[pos] == '0') {
    f->fill = '0';  // str's default alignment is '<', so no '=' here
    ++pos;
  }
  int got = read_integer(cps, &pos, &f->width);
  if (got < 0) return false;
  if (got == 0) f->width = -1;
  if (pos < n && cps[pos] == ',') {
    f->grouping = ',';
    ++pos;
  }
  if (pos < n && cps[pos] == '_') {
    if (f->grouping) {
      raise(&ValueErrorType, "Cannot specify both ',' and '_'.");
      return false;
    }
    f->grouping = '_';
    ++pos;
  }
  if (pos < n && cps[pos] == ',' && f->grouping == '_') {
    raise(&ValueErrorType, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < n && cps[pos] == '.') {
    ++pos;
    got = read_integer(cps, &pos, &f->precision);
    if (got < 0) return false;
    if (got == 0) {
      raise(&ValueErrorType, "Format specifier missing precision");
      return false;
    }
  }
  if (n - pos > 1) {
    raise(&ValueErrorType, format("Invalid format specifier '%.*s' for object of type '%s'",
                                  static_cast<int>(text.size()), text.data(),
                                  type_name_for_errors));
    return false;
  }
  if (n - pos == 1) f->type = cps[pos];
  if (f->grouping && f->type != 'd' && f->type != 'e' && f->type != 'f' && f->type != 'g' &&
      f->type != 'E' && f->type != 'G' && f->type != '%' && f->type != 'F') {
    bool underscore_ok =
        f->grouping == '_' && (f->type == 'b' || f->type == 'o' || f->type == 'x' || f->type == 'X');
    if (!underscore_ok) {
      if (f->type > 32 && f->type < 128)
        raise(&ValueErrorType, format("Cannot specify '%c' with '%c'.", f->grouping,
                                      static_cast<char>(f->type)));
      else
        raise(&ValueErrorType, format("Cannot specify '%c' with '\\x%x'.", f->grouping, f->type));
      return false;
    }
  }
  return true;
}

// Appends `text` (of `length` code points) padded to the spec's width.
void append_padded(std::string& out, std::string_view text, int64_t length, const FormatSpec& f,
                   char default_align) {
  int64_t pad = f.width > length ? f.width - length : 0;
  char align = f.align ? f.align : default_align;
  int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  std::string fill;
  append_utf8(fill, f.fill);
  // One request for the whole result, as CPython makes: an impossible width fails at
  // once instead of growing the string until the machine runs out. The statement
  // running this turns bad_alloc into MemoryError (exec_block).
  if (uint64_t(pad) > kMaxAllocation / fill.size()) throw std::bad_alloc();
  out.reserve(out.size() + text.size() + size_t(pad) * fill.size());
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += text;
  for (int64_t i = left; i < pad; ++i) out += fill;
}

}  // namespace

Value str_format_spec(const StrObject* s, std::string_view spec) {
  if (spec.empty()) {
    if (s->m_type == &StrType) return Value::borrow(const_cast<StrObject*>(s));
    return new_str_len(s->m_data, s->m_length);
  }
  FormatSpec f;
  if (!parse_spec(spec, "str", &f)) return Value();
  if (f.type != 's') {
    if (f.type > 32 && f.type < 128)
      return raise(&ValueErrorType, format("Unknown format code '%c' for object of type 'str'",
                                           static_cast<char>(f.type)));
    return raise(&ValueErrorType,
                 format("Unknown format code '\\x%x' for object of type 'str'", f.type));
  }
  if (f.sign == ' ') return raise(&ValueErrorType, "Space not allowed in string format specifier");
  if (f.sign) return raise(&ValueErrorType, "Sign not allowed in string format specifier");
  if (f.no_neg_zero)
    return raise(&ValueErrorType,
                 "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate)
    return raise(&ValueErrorType, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=')
    return raise(&ValueErrorType, "'=' alignment not allowed in string format specifier");
  std::string_view text = s->view();
  int64_t length = s->m_length;
  if (f.precision >= 0 && f.precision < length) {
    text = text.substr(0, str_offset(s, f.precision));
    length = f.precision;
  }
  if (f.width <= length && text.size() == s->m_data.size() && s->m_type == &StrType)
    return Value::borrow(const_cast<StrObject*>(s));
  std::string out;
  append_padded(out, text, length, f, '<');
  return new_str_len(std::move(out), std::max(length, f.width));
}

namespace {

// format(v, spec) once the spec is known to be a str; `spec_obj` is that str when the
// caller has one (else it is made only if v's own __format__ must be called).
Value format_with_spec(const Value& v, std::string_view spec, const Value* spec_obj) {
  // The exact builtin types skip the __format__ lookup, as CPython's render_field.
  if (is_exact_str(v)) return str_format_spec(as_str(v), spec);
  // Subclasses may override __format__: only the exact types take the shortcut.
  if (v.is_int() || (is_bigint(v) && v.type() == &IntType)) return format_int(v, spec);
  if (v.is_float()) return format_float(v.as_float(), spec);
  Value made;
  if (!spec_obj) {
    made = new_str(spec);
    spec_obj = &made;
  }
  Value r = call_special(v, format_name(), spec_obj, 1);
  if (r.is_null() || is_str(r)) return r;
  return raise(&TypeErrorType,
               format("__format__ must return a str, not %s", type_name(r).c_str()));
}

}  // namespace

Value format_value(const Value& v, const Value& spec) {
  if (!is_str(spec))
    return raise(&TypeErrorType,
                 format("format() argument 2 must be str, not %s", type_name(spec).c_str()));
  return format_with_spec(v, as_str(spec)->view(), &spec);
}

namespace str_impl {

Value method___format__(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_onearg("str.__format__()", nargs - 1, kw)) return Value();
  if (!is_str(args[1]))
    return raise(&TypeErrorType, format("__format__() argument must be str, not %s",
                                        type_name(args[1]).c_str()));
  // An empty spec means str(self), which a subclass may have redefined.
  if (as_str(args[1])->m_data.empty() && !is_exact_str(args[0])) return to_str(args[0]);
  return str_format_spec(as_str(args[0]), as_str(args[1])->view());
}

}  // namespace str_impl

// ---- str.format and format_map

namespace {

// Where replacement fields find their values.
struct FieldSource {
  const Value* args = nullptr;  // positional; null for format_map
  size_t nargs = 0;
  KwNames* kwnames = nullptr;   // format(): keyword names, values at kwvalues
  const Value* kwvalues = nullptr;
  Value mapping;                // format_map(): any mapping
  enum { kInit, kAuto, kManual } numbering = kInit;
  int64_t next_auto = 0;
};

// A field name or index made only of decimal digits (of any script, as CPython's
// Py_UNICODE_TODECIMAL) is a number; false otherwise, or on overflow with an error set.
bool is_digits(std::string_view s, int64_t* out) {
  if (s.empty()) return false;
  int64_t v = 0;
  bool ascii = true;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    if (c < '0' || c > '9') return false;
    if (v > (INT64_MAX - (c - '0')) / 10) {
      raise(&ValueErrorType, "Too many decimal digits in format string");
      return false;
    }
    v = v * 10 + (c - '0');
  }
  if (ascii) {
    *out = v;
    return true;
  }
  std::vector<uint32_t> cps;
  for (const char *p = s.data(), *end = p + s.size(); p < end;) cps.push_back(decode_utf8(p));
  size_t pos = 0;
  if (read_integer(cps, &pos, &v) < 0 || pos != cps.size()) return false;
  *out = v;
  return true;
}

Value keyword_value(FieldSource& src, std::string_view name) {
  Value key = new_str(name);
  if (!src.mapping.is_null()) return get_item(src.mapping, key);
  if (src.kwnames) {
    for (size_t i = 0; i < src.kwnames->size(); ++i)
      if (as_str(src.kwnames->m_items[i])->view() == name) return src.kwvalues[i];
  }
  return raise_key_error(key);
}

// The object a field name designates: "0", "", "name", then ".attr" / "[key]" parts.
Value field_object(FieldSource& src, std::string_view field) {
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string_view first = field.substr(0, i);
  int64_t index = -1;
  if (!is_digits(first, &index)) {
    if (error_pending()) return Value();
    index = -1;
  }
  bool empty = first.empty();
  if (empty || index != -1) {
    if (src.numbering == FieldSource::kInit)
      src.numbering = empty ? FieldSource::kAuto : FieldSource::kManual;
    if (src.numbering == FieldSource::kManual && empty)
      return raise(&ValueErrorType,
                   "cannot switch from manual field specification to automatic field numbering");
    if (src.numbering == FieldSource::kAuto && !empty)
      return raise(&ValueErrorType,
                   "cannot switch from automatic field numbering to manual field specification");
    if (empty) index = src.next_auto++;
  }
  Value obj;
  if (index == -1) {
    obj = keyword_value(src, first);
  } else {
    if (!src.args) return raise(&ValueErrorType, "Format string contains positional fields");
    if (static_cast<uint64_t>(index) >= src.nargs)
      return raise(&IndexErrorType,
                   format("Replacement index %lld out of range for positional args tuple",
                          static_cast<long long>(index)));
    obj = src.args[index];
  }
  if (obj.is_null()) return obj;
  // The rest: .name and [key] in any order.
  while (i < field.size()) {
    char c = field[i++];
    size_t start = i;
    Value next;
    if (c == '.') {
      while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
      if (i == start) return raise(&ValueErrorType, "Empty attribute in format string");
      Value name = new_str(field.substr(start, i - start));
      next = get_attr(obj, as_str(name));
    } else if (c == '[') {
      while (i < field.size() && field[i] != ']') ++i;
      if (i == field.size()) return raise(&ValueErrorType, "Missing ']' in format string");
      std::string_view key = field.substr(start, i - start);
      ++i;  // past ']'
      if (key.empty()) return raise(&ValueErrorType, "Empty attribute in format string");
      int64_t k;
      if (is_digits(key, &k)) {
        next = get_item(obj, Value::integer(k));
      } else {
        if (error_pending()) return Value();
        next = get_item(obj, new_str(key));
      }
    } else {
      return raise(&ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (next.is_null()) return next;
    obj = std::move(next);
  }
  return obj;
}

bool build_string(std::string_view fmt, FieldSource& src, int depth, std::string& out);

// An empty spec on an exact str or a small int is the text itself (what their
// __format__ would make): appended with no str object in between. False for
// anything else, which goes through format_with_spec.
bool append_plain(const Value& v, std::string& out) {
  if (v.is_int()) {
    char buf[24];
    out += small_int_digits(v.as_int(), buf);
    return true;
  }
  if (is_exact_str(v)) {
    out += as_str(v)->m_data;
    return true;
  }
  return false;
}

// One replacement field, from just after its '{'; advances *pos past its '}'.
bool render_field(std::string_view fmt, size_t* pos, FieldSource& src, int depth,
                  std::string& out) {
  size_t i = *pos, n = fmt.size();
  size_t name_start = i;
  char c = '\0';
  while (i < n) {
    c = fmt[i++];
    if (c == '{') {
      raise(&ValueErrorType, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (i < n && fmt[i] != ']') ++i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  std::string_view field = fmt.substr(name_start, i - 1 - name_start);
  char conversion = '\0';
  uint32_t conversion_cp = 0;
  std::string_view spec;
  bool expand = false;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (i >= n) {
        raise(&ValueErrorType, "end of string while looking for conversion specifier");
        return false;
      }
      const char* p = fmt.data() + i;
      conversion_cp = decode_utf8(p);
      i = p - fmt.data();
      conversion = conversion_cp < 128 ? static_cast<char>(conversion_cp) : '?';
      if (i < n) {
        char d = fmt[i++];
        if (d == '}') goto have_field;
        if (d != ':') {
          raise(&ValueErrorType, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    size_t spec_start = i;
    int count = 1;
    while (i < n) {
      char d = fmt[i++];
      if (d == '{') {
        expand = true;
        ++count;
      } else if (d == '}' && --count == 0) {
        spec = fmt.substr(spec_start, i - 1 - spec_start);
        goto have_field;
      }
    }
    raise(&ValueErrorType, "unmatched '{' in format spec");
    return false;
  } else if (c != '}') {
    raise(&ValueErrorType, "expected '}' before end of string");
    return false;
  }
have_field:
  *pos = i;
  Value obj = field_object(src, field);
  if (obj.is_null()) return false;
  if (conversion) {
    switch (conversion) {
      case 'r': obj = repr(obj); break;
      case 's': obj = to_str(obj); break;
      case 'a': {
        Value r = repr(obj);
        if (r.is_null()) return false;
        obj = new_str(ascii_escape(as_str(r)->view()));
        break;
      }
      default:
        if (conversion_cp > 32 && conversion_cp < 127)
          raise(&ValueErrorType, format("Unknown conversion specifier %c", conversion));
        else
          raise(&ValueErrorType, format("Unknown conversion specifier \\x%x", conversion_cp));
        return false;
    }
    if (obj.is_null()) return false;
  }
  std::string expanded;
  if (expand) {
    if (!build_string(spec, src, depth - 1, expanded)) return false;
    spec = expanded;
  }
  if (spec.empty() && append_plain(obj, out)) return true;
  Value text = format_with_spec(obj, spec, nullptr);
  if (text.is_null()) return false;
  out += as_str(text)->m_data;
  return true;
}

bool build_string(std::string_view fmt, FieldSource& src, int depth, std::string& out) {
  if (depth <= 0) {
    raise(&ValueErrorType, "Max string recursion exceeded");
    return false;
  }
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t start = i;
    while (i < n && fmt[i] != '{' && fmt[i] != '}') ++i;
    out.append(fmt, start, i - start);
    if (i >= n) break;
    char c = fmt[i++];
    if (i < n && fmt[i] == c) {  // '{{' or '}}'
      out += c;
      ++i;
      continue;
    }
    if (c == '}') {
      raise(&ValueErrorType, "Single '}' encountered in format string");
      return false;
    }
    if (i >= n) {
      raise(&ValueErrorType, "Single '{' encountered in format string");
      return false;
    }
    if (!render_field(fmt, &i, src, depth, out)) return false;
  }
  return true;
}

// PEP 3101 allows a replacement field inside a format spec, but no deeper.
constexpr int kFormatDepth = 2;

}  // namespace

Value str_format_method(const Value* args, size_t nargs, KwNames* kw) {
  FieldSource src;
  src.args = args + 1;
  src.nargs = nargs - 1;
  src.kwnames = kw;
  src.kwvalues = args + nargs;
  std::string out;
  if (!build_string(as_str(args[0])->view(), src, kFormatDepth, out)) return Value();
  return new_str(std::move(out));
}

namespace str_impl {

Value method_format(const Value* args, size_t nargs, KwNames* kw) {
  return str_format_method(args, nargs, kw);
}

Value method_format_map(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_onearg("str.format_map()", nargs - 1, kw)) return Value();
  FieldSource src;
  src.mapping = args[1];
  std::string out;
  if (!build_string(as_str(args[0])->view(), src, kFormatDepth, out)) return Value();
  return new_str(std::move(out));
}

}  // namespace str_impl

// ---- printf-style formatting: fmt % args

namespace {

// The argument cursor of PyUnicode_Format: a tuple's items one by one, or a single
// value (arglen -1, index -2 so that exactly one fetch succeeds).
struct PercentArgs {
  Value args;
  const std::vector<Value>* items = nullptr;
  int64_t len, index;
  Value dict;  // set when args is a mapping other than tuple/str: %(name)s allowed

  void reset_single(Value v) {
    args = std::move(v);
    items = nullptr;
    len = -1;
    index = -2;
  }
  Value next() {
    if (index < len) {
      int64_t i = index++;
      return len < 0 ? args : (*items)[i];
    }
    return raise(&TypeErrorType, "not enough arguments for format string");
  }
};

Value str_of_int_fast(const Value& v) { return to_str(v); }

// %c: a one-character str, or an int code point.
bool percent_char(const Value& v, uint32_t* out) {
  if (is_str(v)) {
    if (as_str(v)->m_length == 1) {
      const char* p = as_str(v)->m_data.data();
      *out = decode_utf8(p);
      return true;
    }
  } else if (v.is_int() || v.is_bool() || is_bigint(v)) {
    int64_t x;
    if (is_bigint(v) || (x = v.is_bool() ? v.as_bool() : v.as_int()) < 0 || x > 0x10FFFF) {
      raise(&OverflowErrorType, "%c arg not in range(0x110000)");
      return false;
    }
    *out = static_cast<uint32_t>(x);
    return true;
  } else if (!v.type()->lookup(intern("__index__")).is_null()) {
    int64_t x;
    if (!index_value(v, &x)) return false;
    if (x < 0 || x > 0x10FFFF) {
      raise(&OverflowErrorType, "%c arg not in range(0x110000)");
      return false;
    }
    *out = static_cast<uint32_t>(x);
    return true;
  }
  raise(&TypeErrorType, "%c requires int or char");
  return false;
}

// A '*' width (a Py_ssize_t in CPython) or precision (`c_int`: a C int).
bool star_arg(PercentArgs& a, int64_t* out, bool c_int = false) {
  Value v = a.next();
  if (v.is_null()) return false;
  if (!(v.is_int() || v.is_bool() || is_bigint(v))) {
    raise(&TypeErrorType, "* wants int");
    return false;
  }
  int64_t x = v.is_bool() ? v.as_bool() : v.is_int() ? v.as_int() : 0;
  if (is_bigint(v) || (c_int && (x > INT32_MAX || x < INT32_MIN))) {
    raise(&OverflowErrorType, c_int ? "Python int too large to convert to C int"
                                    : "Python int too large to convert to C ssize_t");
    return false;
  }
  *out = x;
  return true;
}

bool fail(TypeObject* type, const char* message) {
  raise(type, message);
  return false;
}

}  // namespace

bool percent_format_text(std::string_view fmt, const Value& args, bool bytes, std::string& out) {
  PercentArgs a;
  if (is_tuple(args)) {
    a.args = args;
    a.items = &as_tuple(args)->m_items;
    a.len = static_cast<int64_t>(a.items->size());
    a.index = 0;
  } else {
    a.reset_single(args);
  }
  if (!is_tuple(args) && !is_str(args) && !(bytes && is_byteseq(args)) &&
      args.type()->tp_getitem)
    a.dict = args;
  out.reserve(fmt.size() + 16);
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t start = i;
    while (i < n && fmt[i] != '%') ++i;
    if (i > start) out.append(fmt.data() + start, i - start);
    if (i >= n) break;
    ++i;  // past '%'
    if (i < n && fmt[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    // Mapping key: %(name)s, with balanced parentheses inside the name.
    if (i < n && fmt[i] == '(') {
      if (a.dict.is_null()) return fail(&TypeErrorType, "format requires a mapping");
      size_t key_start = ++i;
      int depth = 1;
      while (depth > 0 && i < n) {
        if (fmt[i] == ')') --depth;
        else if (fmt[i] == '(') ++depth;
        ++i;
      }
      if (depth > 0) return fail(&ValueErrorType, "incomplete format key");
      std::string key(fmt.substr(key_start, i - 1 - key_start));
      Value v = get_item(a.dict, bytes ? new_bytes(std::move(key)) : new_str(std::move(key)));
      if (v.is_null()) return false;
      a.reset_single(std::move(v));
    }
    PercentSpec spec;
    char ch = '\0';
    bool have = false;  // `ch` holds a character not yet consumed by a rule
    auto read = [&]() {
      if (i < n) {
        ch = fmt[i++];
        have = true;
      } else {
        have = false;
      }
      return have;
    };
    while (read()) {
      if (ch == '-') spec.left = true;
      else if (ch == '+') spec.plus = true;
      else if (ch == ' ') spec.space = true;
      else if (ch == '#') spec.alt = true;
      else if (ch == '0') spec.zero = true;
      else break;
    }
    if (have && ch == '*') {
      int64_t w;
      if (!star_arg(a, &w)) return false;
      if (w < 0) {
        spec.left = true;
        w = w == INT64_MIN ? INT64_MAX : -w;
      }
      spec.width = w;  // a width too big to build fails as MemoryError, never clamped
      read();
    } else if (have && ch >= '0' && ch <= '9') {
      int64_t w = ch - '0';
      while (read() && ch >= '0' && ch <= '9') {
        if (w > (INT64_MAX - (ch - '0')) / 10) return fail(&ValueErrorType, "width too big");
        w = w * 10 + (ch - '0');
      }
      spec.width = w;
    }
    if (have && ch == '.') {
      spec.precision = 0;
      read();
      if (have && ch == '*') {
        int64_t p;
        if (!star_arg(a, &p, true)) return false;
        spec.precision = static_cast<int>(std::max<int64_t>(p, 0));
        read();
      } else if (have && ch >= '0' && ch <= '9') {
        int64_t p = ch - '0';
        while (read() && ch >= '0' && ch <= '9') {
          if (p > (INT32_MAX - (ch - '0')) / 10)
            return fail(&ValueErrorType, "precision too big");
          p = p * 10 + (ch - '0');
        }
        spec.precision = static_cast<int>(p);
      }
    }
    if (have && (ch == 'h' || ch == 'l' || ch == 'L')) read();
    if (!have) return fail(&ValueErrorType, "incomplete format");
    // A non-ASCII conversion character: step back to read the whole code point.
    uint32_t conv = static_cast<unsigned char>(ch);
    if (conv >= 0x80 && !bytes) {
      const char* p = fmt.data() + i - 1;
      conv = decode_utf8(p);
      i = p - fmt.data();
    }
    Value v = a.next();
    if (v.is_null()) return false;
    Value text;
    std::string octets;  // the converted bytes, in bytes formatting
    if (bytes && conv != 'r' && conv != 'a') {
      if (conv == 's' || conv == 'b') {
        if (!bytes_impl::percent_bytes(v, octets)) return false;
        conv = 's';
      } else if (conv == 'c') {
        if (!bytes_impl::percent_byte(v, octets)) return false;
      }
    }
    switch (conv) {
      case 's':
        if (!bytes) text = v.is_int() ? str_of_int_fast(v) : to_str(v);
        break;
      case 'r':
        text = repr(v);
        if (bytes && !text.is_null()) text = new_str(ascii_escape(as_str(text)->view()));
        break;
      case 'a': {
        text = repr(v);
        if (!text.is_null()) text = new_str(ascii_escape(as_str(text)->view()));
        break;
      }
      case 'c': {
        if (bytes) break;
        uint32_t cp;
        if (!percent_char(v, &cp)) return false;
        text = str_from_codepoint(cp);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (!percent_format_number(static_cast<char>(conv), v, spec, out)) return false;
        continue;
      default: {
        // The index of the conversion character, in code points.
        int64_t at = utf8_length(fmt.substr(0, i)) - 1;
        if (bytes) at = static_cast<int64_t>(i) - 1;
        raise(&ValueErrorType,
              format("unsupported format character '%c' (0x%x) at index %lld",
                     conv >= 31 && conv <= 126 ? static_cast<char>(conv) : '?', conv,
                     static_cast<long long>(at)));
        return false;
      }
    }
    std::string_view body;
    int64_t length;
    if (bytes && (conv == 's' || conv == 'c')) {
      body = octets;
      length = static_cast<int64_t>(octets.size());
    } else {
      if (text.is_null()) return false;
      const StrObject* t = as_str(text);
      body = t->view();
      length = t->m_length;
    }
    if (conv != 'c' && spec.precision >= 0 && spec.precision < length) {
      body = body.substr(0, bytes ? spec.precision : str_offset(as_str(text), spec.precision));
      length = spec.precision;
    }
    int64_t pad = spec.width > length ? spec.width - length : 0;
    if (pad == 0) {  // the common case: no width, or text at least as wide
      out += body;
      continue;
    }
    if (!check_alloc(pad)) return false;
    if (!spec.left) out.append(static_cast<size_t>(pad), ' ');
    out += body;
    if (spec.left) out.append(static_cast<size_t>(pad), ' ');
  }
  if (a.index < a.len && a.dict.is_null())
    return fail(&TypeErrorType, bytes ? "not all arguments converted during bytes formatting"
                                      : "not all arguments converted during string formatting");
  return true;
}

Value str_percent_format(const Value& fmt_value, const Value& args) {
  std::string out;
  if (!percent_format_text(as_str(fmt_value)->view(), args, false, out)) return Value();
  return new_str(std::move(out));
}

}  // namespace hotpy
