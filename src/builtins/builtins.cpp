// The builtins module: made once at start-up, its dict handed to the evaluator for
// name lookups. This file holds print() and input() (the stream builtins), the
// table of builtin types, exceptions and constants.
#include "builtins/builtins.h"

#include <unistd.h>

#include <charconv>

#include "builtins/builtins_internal.h"
#include "eval/config.h"
#include "eval/eval.h"
#include "modules/import.h"
#include "modules/io.h"
#include "modules/native.h"
#include "modules/sys.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

// ---------------------------------------------------------------------------
// Argument helpers shared by the builtins files

bool builtin_arity_error(const char* name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max && min != 1) {
    raise(&TypeErrorType, format("%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs));
    return false;
  }
  return check_nargs(name, nargs, min, max);
}

bool parse_keywords(const char* fname, const Value* args, size_t nargs, KwNames* kw,
                    std::initializer_list<const char*> names, Value* out) {
  if (!kw) return true;
  const auto& kwnames = kw->m_items;
  for (size_t k = 0; k < kwnames.size(); k++) {
    std::string_view key = as_str(kwnames[k])->view();
    size_t i = 0;
    bool found = false;
    for (const char* n : names) {
      if (key == n) {
        out[i] = args[nargs + k];
        found = true;
        break;
      }
      i++;
    }
    if (!found) {
      raise(&TypeErrorType, format("'%.*s' is an invalid keyword argument for %s()", int(key.size()), key.data(), fname));
      return false;
    }
  }
  return true;
}

namespace {

// ---------------------------------------------------------------------------
// print(*objects, sep=' ', end='\n', file=None, flush=False)

// Appends str(v) to `out`: str, int and float without making a str object.
bool append_str(std::string& out, const Value& v) {
  if (is_exact_str(v)) {
    out += as_str(v)->view();
    return true;
  }
  if (v.is_int()) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v.as_int());
    out.append(buf, r.ptr);
    return true;
  }
  if (v.is_float()) {
    out += float_repr(v.as_float());
    return true;
  }
  Value s = to_str(v);
  if (s.is_null()) return false;
  out += as_str(s)->view();
  return true;
}

// sep/end: None or absent mean the default; anything but a str is an error.
bool text_option(const Value& v, const char* name, std::string_view fallback, std::string_view* out) {
  if (v.is_null() || v.is_none()) {
    *out = fallback;
    return true;
  }
  if (!is_str(v)) {
    raise(&TypeErrorType, format("%s must be None or a string, not %s", name, type_name(v).c_str()));
    return false;
  }
  *out = as_str(v)->view();
  return true;
}

// print() is reentrant (str() may run Python code that prints), so the
// interpreter's buffer (InterpreterState::print_buffer) is only used by the
// outermost call.

Value builtin_print(const Value* args, size_t nargs, KwNames* kw) {
  Value opt[4];  // sep, end, file, flush
  if (!parse_keywords("print", args, nargs, kw, {"sep", "end", "file", "flush"}, opt)) return Value();
  std::string_view sep, end;
  if (!text_option(opt[0], "sep", " ", &sep) || !text_option(opt[1], "end", "\n", &end)) return Value();
  Value file = opt[2];
  if (file.is_null() || file.is_none()) {
    static StrObject* const stdout_name = intern("stdout");
    file = sys_get(stdout_name);
    if (file.is_null() || file.is_none()) return Value::none();  // as CPython: nowhere to print
  }
  if (is_file(file) && as_file(file)->m_text) {
    // Native text file: build the line and hand it over in one piece.
    std::string local;
    bool use_shared = !ts->print_buffer_busy;
    std::string& buf = use_shared ? ts->print_buffer : local;
    buf.clear();
    ts->print_buffer_busy = true;
    bool ok = true;
    for (size_t i = 0; i < nargs && ok; i++) {
      if (i) buf += sep;
      ok = append_str(buf, args[i]);
    }
    if (ok) {
      buf += end;
      ok = file_write_text(as_file(file), buf);
    }
    if (use_shared) ts->print_buffer_busy = false;
    if (!ok) return Value();
  } else {
    static StrObject* const write = intern("write");
    Value sep_v = opt[0].is_null() || opt[0].is_none() ? new_str(" ") : opt[0];
    Value end_v = opt[1].is_null() || opt[1].is_none() ? new_str("\n") : opt[1];
    for (size_t i = 0; i < nargs; i++) {
      if (i && call_method(file, write, &sep_v, 1).is_null()) return Value();
      Value s = to_str(args[i]);
      if (s.is_null() || call_method(file, write, &s, 1).is_null()) return Value();
    }
    if (call_method(file, write, &end_v, 1).is_null()) return Value();
  }
  if (!opt[3].is_null()) {
    int t = truthy(opt[3]);
    if (t < 0) return Value();
    if (t && call_method(file, intern("flush"), nullptr, 0).is_null()) return Value();
  }
  return Value::none();
}

// ---------------------------------------------------------------------------
// input([prompt])


bool on_terminal(const Value& file, int fd) {
  return is_file(file) && as_file(file)->m_fd == fd && isatty(fd);
}

// input() at the terminal: through the line editor, so typed text can be edited.
Value terminal_input_line(const Value* args, size_t nargs, const Value& out) {
  std::string prompt;
  if (nargs == 1) {
    Value text = to_str(args[0]);
    if (text.is_null()) return text;
    prompt = as_str(text)->view();
  }
  if (!file_flush(as_file(out))) return Value();
  std::string line;
  int r = ts->terminal_input(prompt, &line);
  if (r < 0) {
    ts->pending_interrupt.fetch_or(kInterruptOnce);
    check_interrupt();
    return Value();
  }
  if (r == 0) return raise(&EOFErrorType, "");
  return new_str(line);
}

Value builtin_input(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("input", kw) || !check_nargs("input", nargs, 0, 1)) return Value();
  Value in = sys_get(intern("stdin"));
  Value out = sys_get(intern("stdout"));
  if (in.is_null() || in.is_none()) return raise(&RuntimeErrorType, "input(): lost sys.stdin");
  if (out.is_null() || out.is_none()) return raise(&RuntimeErrorType, "input(): lost sys.stdout");
  Value err = sys_get(intern("stderr"));
  if (is_file(err)) {
    if (!file_flush(as_file(err))) clear_error();
  }
  if (ts->terminal_input && on_terminal(in, 0) && on_terminal(out, 1)) return terminal_input_line(args, nargs, out);
  if (nargs == 1) {
    Value prompt = to_str(args[0]);
    if (prompt.is_null()) return prompt;
    if (is_file(out)) {
      if (!file_write_text(as_file(out), as_str(prompt)->view())) return Value();
    } else if (call_method(out, intern("write"), &prompt, 1).is_null()) {
      return Value();
    }
  }
  if (is_file(out)) {
    if (!file_flush(as_file(out))) return Value();
  } else if (call_method(out, intern("flush"), nullptr, 0).is_null()) {
    return Value();
  }
  Value line = is_file(in) ? file_readline(as_file(in), -1) : call_method(in, intern("readline"), nullptr, 0);
  if (line.is_null()) return line;
  if (!is_str(line)) return raise(&TypeErrorType, "object.readline() returned non-string");
  std::string_view text = as_str(line)->view();
  if (text.empty()) return raise(&EOFErrorType, "EOF when reading a line");
  if (text.back() == '\n') return new_str(text.substr(0, text.size() - 1));
  return line;
}

void add(DictObject* d, const char* name, Value v) { dict_set_str(d, intern(name), std::move(v)); }

}  // namespace

// reload(module): Python 2's builtin, the very function importlib.reload is.
static Value builtin_reload(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("reload", kw) || !check_nargs("reload", nargs, 1, 1)) return Value();
  return reload_module(args[0]);
}

Value init_builtins_module() {
  init_io_types();

  Value m = new_module("builtins");
  auto* mod = m.as<ModuleObject>();
  DictObject* d = mod->m_dict;
  add(d, "__package__", new_str(""));
  add(d, "__doc__", new_str("Built-in functions, types, exceptions, and other objects."));

  module_add_functions(mod, {{"print", builtin_print}, {"input", builtin_input}, {"open", builtin_open},
                             {"reload", builtin_reload}});
  add_core_builtins(mod);
  add_async_builtins(mod);
  add_seq_builtins(mod);
  add_ns_builtins(mod);

  struct TypeEntry {
    const char* name;
    TypeObject* type;
  };
  const TypeEntry types[] = {
      {"object", &ObjectType},          {"type", &TypeType},           {"int", &IntType},
      {"bool", &BoolType},              {"float", &FloatType},         {"str", &StrType},
      {"bytes", &BytesType},            {"list", &ListType},           {"tuple", &TupleType},
      {"dict", &DictType},              {"set", &SetType},             {"frozenset", &FrozenSetType},
      {"range", &RangeType},            {"slice", &SliceType},         {"enumerate", &EnumerateType},
      {"zip", &ZipType},                {"map", &MapType},             {"filter", &FilterType},
      {"reversed", &ReversedType},      {"super", &SuperType},         {"property", &PropertyType},
      {"staticmethod", &StaticMethodType}, {"classmethod", &ClassMethodType},
      {"complex", &ComplexType},
      {"bytearray", &BytearrayType},    {"memoryview", &MemoryviewType},
  };
  for (const TypeEntry& t : types) add(d, t.name, Value::borrow(t.type));
  for (TypeObject* t : builtin_exception_types()) add(d, t->m_name.c_str(), Value::borrow(t));
  add(d, "EnvironmentError", Value::borrow(&OSErrorType));
  add(d, "IOError", Value::borrow(&OSErrorType));

  add(d, "None", Value::none());
  add(d, "True", Value::boolean(true));
  add(d, "False", Value::boolean(false));
  add(d, "NotImplemented", NotImplemented);
  add(d, "Ellipsis", Ellipsis);
  add(d, "__debug__", Value::boolean(runtime_config().optimize == 0));  // -O makes it False
  if (!runtime_config().no_site) add_site_builtins(mod);  // -S: no site module, none of its names

  register_builtins_module(m);
  set_builtins_dict(d);
  dict_set_str(sys_modules(), intern("builtins"), m);
  return m;
}

}  // namespace hotpy
