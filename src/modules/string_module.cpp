// _string: the parsers behind string.Formatter, with CPython 3.11's results and
// messages. formatter_parser walks a format string lazily (an error surfaces when
// the iteration reaches it); formatter_field_name_split splits "a.b[0]" into its
// first name and an iterator of (is_attribute, key) pairs. The text is UTF-8 and
// every delimiter is ASCII, so the scanning works on bytes.
#include <mutex>
#include <string>

#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject FormatterIteratorType("formatteriterator");
TypeObject FieldNameIteratorType("fieldnameiterator");

namespace {

struct ParserIterObject : Object {
  Value m_str;  // the format string (a str)
  size_t m_pos = 0;
  ParserIterObject(Value s) : Object(&FormatterIteratorType), m_str(std::move(s)) {}
};

struct FieldIterObject : Object {
  Value m_str;  // the field name
  size_t m_pos;
  FieldIterObject(Value s, size_t pos) : Object(&FieldNameIteratorType), m_str(std::move(s)), m_pos(pos) {}
};

Value sub(std::string_view s, size_t start, size_t end) { return new_str(s.substr(start, end - start)); }

// A field-name part made of decimal digits is an int index; anything else stays text.
Value int_or_text(std::string_view part) {
  if (part.empty()) return new_str(part);
  int64_t n = 0;
  for (char c : part) {
    if (c < '0' || c > '9') return new_str(part);
    if (n > (INT64_MAX - (c - '0')) / 10) return raise(&ValueErrorType, "Too many decimal digits in format string");
    n = n * 10 + (c - '0');
  }
  return Value::integer(n);
}

Value parser_iter(const Value& self) { return self; }

Value parser_next(const Value& self) {
  auto* it = self.as<ParserIterObject>();
  std::string_view s = as_str(it->m_str)->view();
  size_t pos = it->m_pos, start = pos;
  if (pos >= s.size()) return Value();
  char c = 0;
  bool markup = false;
  while (pos < s.size()) {
    c = s[pos++];
    if (c == '{' || c == '}') {
      markup = true;
      break;
    }
  }
  bool at_end = pos >= s.size();
  size_t len = pos - start;
  if (markup && c == '}' && (at_end || s[pos] != '}')) {
    it->m_pos = s.size();
    return raise(&ValueErrorType, "Single '}' encountered in format string");
  }
  if (markup && at_end && c == '{') {
    it->m_pos = s.size();
    return raise(&ValueErrorType, "Single '{' encountered in format string");
  }
  if (markup && !at_end) {
    if (s[pos] == c) {  // '{{' or '}}': the literal keeps one brace, no field follows
      pos++;
      markup = false;
    } else {
      len--;
    }
  }
  Value literal = sub(s, start, start + len);
  if (!markup) {
    it->m_pos = pos;
    return new_tuple({literal, Value::none(), Value::none(), Value::none()});
  }
  // The field: its name ends at ':', '!' or '}' (brackets may hold them).
  auto fail = [&](const char* msg) {
    it->m_pos = s.size();
    return raise(&ValueErrorType, msg);
  };
  size_t name_start = pos;
  c = 0;
  while (pos < s.size()) {
    c = s[pos++];
    if (c == '{') return fail("unexpected '{' in field name");
    if (c == '[') {
      while (pos < s.size() && s[pos] != ']') pos++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  size_t name_end = pos - 1;
  Value conversion = Value::none();
  Value spec = empty_str();
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (pos >= s.size()) return fail("end of string while looking for conversion specifier");
      const char* p = s.data() + pos;
      uint32_t conv = decode_utf8(p);
      pos = size_t(p - s.data());
      conversion = str_from_codepoint(conv);
      if (pos < s.size()) {
        c = s[pos++];
        if (c == '}') {
          it->m_pos = pos;
          return new_tuple({literal, sub(s, name_start, name_end), spec, conversion});
        }
        if (c != ':') return fail("expected ':' after conversion specifier");
      }
    }
    size_t spec_start = pos;
    int depth = 1;
    while (pos < s.size()) {
      c = s[pos++];
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        it->m_pos = pos;
        return new_tuple({literal, sub(s, name_start, name_end), sub(s, spec_start, pos - 1), conversion});
      }
    }
    return fail("unmatched '{' in format spec");
  }
  if (c != '}') return fail("expected '}' before end of string");
  it->m_pos = pos;
  return new_tuple({literal, sub(s, name_start, name_end), spec, conversion});
}

Value field_iter(const Value& self) { return self; }

Value field_next(const Value& self) {
  auto* it = self.as<FieldIterObject>();
  std::string_view s = as_str(it->m_str)->view();
  if (it->m_pos >= s.size()) return Value();
  char c = s[it->m_pos++];
  size_t start = it->m_pos, end;
  bool is_attr;
  if (c == '.') {
    is_attr = true;
    while (it->m_pos < s.size() && s[it->m_pos] != '.' && s[it->m_pos] != '[') it->m_pos++;
    end = it->m_pos;
  } else if (c == '[') {
    is_attr = false;
    while (it->m_pos < s.size() && s[it->m_pos] != ']') it->m_pos++;
    if (it->m_pos >= s.size()) return raise(&ValueErrorType, "Missing ']' in format string");
    end = it->m_pos++;
  } else {
    return raise(&ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier");
  }
  if (start == end) return raise(&ValueErrorType, "Empty attribute in format string");
  std::string_view part = s.substr(start, end - start);
  Value key = is_attr ? new_str(part) : int_or_text(part);
  if (key.is_null()) return key;
  return new_tuple({Value::boolean(is_attr), key});
}

bool str_arg(const Value* args, size_t nargs, KwNames* kw, const char* fname) {
  if (!no_keywords(fname, kw) || !check_nargs(fname, nargs, 1, 1)) return false;
  if (is_str(args[0])) return true;
  raise(&TypeErrorType, format("expected str, got %s", type_name(args[0]).c_str()));
  return false;
}

Value formatter_parser(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_arg(args, nargs, kw, "formatter_parser")) return Value();
  return Value::steal(new ParserIterObject(args[0]));
}

Value formatter_field_name_split(const Value* args, size_t nargs, KwNames* kw) {
  if (!str_arg(args, nargs, kw, "formatter_field_name_split")) return Value();
  std::string_view s = as_str(args[0])->view();
  size_t i = 0;
  while (i < s.size() && s[i] != '.' && s[i] != '[') i++;
  Value first = int_or_text(s.substr(0, i));
  if (first.is_null()) return first;
  return new_tuple({first, Value::steal(new FieldIterObject(args[0], i))});
}

void ready_string_types() {
  FormatterIteratorType.tp_iter = parser_iter;
  FormatterIteratorType.tp_next = parser_next;
  type_ready(&FormatterIteratorType, &ObjectType);
  FieldNameIteratorType.tp_iter = field_iter;
  FieldNameIteratorType.tp_next = field_next;
  type_ready(&FieldNameIteratorType, &ObjectType);
}

}  // namespace

Value init_string_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_string_types);
  Value m = new_module("_string");
  module_add_functions(m.as<ModuleObject>(), {{"formatter_parser", formatter_parser},
                                              {"formatter_field_name_split", formatter_field_name_split}});
  module_add(m.as<ModuleObject>(), "__doc__", new_str("string helper module"));
  return m;
}

}  // namespace hotpy
