// The re module: CPython 3.11's re API over PCRE2. It stands in for CPython's re
// package and _sre together (native modules are found before sys.path). The parts
// that are plain Python classes in CPython (re.error, re.RegexFlag) are defined by a
// short Python source run in the module's namespace when it is made.
#include <mutex>

#include "modules/modules_state.h"
#include "modules/import.h"
#include "modules/native.h"
#include "modules/re_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

void init_pattern_type();  // re_pattern.cpp
void init_match_type();    // re_match.cpp
Value compile_pattern(const Value& pattern, uint32_t flags);

namespace {

// re.error and re.RegexFlag, as CPython defines them in Python.
constexpr const char* kPythonPart = R"PY(
class error(Exception):
    """Exception raised for invalid regular expressions."""
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            msg = f'{msg} at position {pos}'
            if nl in pattern:
                msg = f'{msg} (line {self.lineno}, column {self.colno})'
        Exception.__init__(self, msg)

class RegexFlag(int):
    _order = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
              ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
              ('DEBUG', 128))
    def _parts(self):
        v = int(self)
        names = [n for n, bit in RegexFlag._order if v & bit]
        for n, bit in RegexFlag._order:
            v &= ~bit
        return names, v
    @property
    def name(self):
        names, rest = self._parts()
        return '|'.join(names) if names and not rest else None
    @property
    def value(self):
        return int(self)
    def __repr__(self):
        names, rest = self._parts()
        parts = ['re.' + n for n in names] + ([hex(rest)] if rest else [])
        return '|'.join(parts) if parts else 're.NOFLAG'
    __str__ = __repr__
    def __or__(self, other):
        return RegexFlag(int(self) | other) if isinstance(other, int) else NotImplemented
    def __and__(self, other):
        return RegexFlag(int(self) & other) if isinstance(other, int) else NotImplemented
    def __xor__(self, other):
        return RegexFlag(int(self) ^ other) if isinstance(other, int) else NotImplemented
    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__
    def __invert__(self):
        return RegexFlag(511 & ~int(self))

for _n, _b in RegexFlag._order + (('NOFLAG', 0),):
    setattr(RegexFlag, _n, RegexFlag(_b))
    globals()[_n] = getattr(RegexFlag, _n)
A, I, L, U, M, S, X, T = ASCII, IGNORECASE, LOCALE, UNICODE, MULTILINE, DOTALL, VERBOSE, TEMPLATE
del _n, _b
)PY";

constexpr size_t kMaxCache = 512;

// The namespace of the running interpreter's re module (imported when it is not).
DictObject* re_namespace() {
  Value m;
  if (ts->modules && ts->modules->modules_dict) m = dict_get_str(ts->modules->modules_dict, INTERN("re"));
  if (m.is_null() || !is_type(m, &ModuleType)) m = import_module_level(INTERN("re"), nullptr, Value::none(), 0);
  return m.is_null() ? nullptr : m.as<ModuleObject>()->m_dict;
}

bool flags_value(const Value& v, uint32_t* out) {
  if (v.is_null()) {
    *out = 0;
    return true;
  }
  int64_t f;
  if (!index_value(v, &f)) return false;
  *out = uint32_t(f);
  return true;
}

}  // namespace

Value raise_re_error(std::string_view msg, const Value& pattern, int64_t pos) {
  DictObject* ns = re_namespace();
  if (!ns) return Value();
  Value cls = dict_get_str(ns, INTERN("error"));
  if (cls.is_null()) return raise(&RuntimeErrorType, "re.error is missing");
  Value args[3] = {new_str(msg), pattern.is_null() ? Value::none() : pattern,
                   pos < 0 ? Value::none() : Value::integer(pos)};
  Value exc = call(cls, args, 3);
  if (exc.is_null()) return Value();
  return raise_value(exc);
}

Value re_compile(const Value& pattern, const Value& flags_arg) {
  uint32_t flags;
  if (!flags_value(flags_arg, &flags)) return Value();
  if (is_type(pattern, &PatternType)) {
    if (flags) return raise(&ValueErrorType, "cannot process flags argument with a compiled pattern");
    return pattern;
  }
  if (!is_str(pattern) && !is_bytes(pattern))
    return raise(&TypeErrorType, "first argument must be string or compiled pattern");
  DictObject* ns = re_namespace();
  Value cache = ns ? dict_get_str(ns, INTERN("_cache")) : Value();
  if (!is_type(cache, &DictType)) cache = Value();
  // The key: the pattern itself for flags 0 ('a' and b'a' differ), else (type, pattern, flags).
  Value key = flags == 0 && (is_exact_str(pattern) || is_type(pattern, &BytesType))
                  ? pattern
                  : new_tuple({Value::borrow(pattern.type()), pattern, Value::integer(flags)});
  if (!cache.is_null()) {
    Value hit = dict_get(as_dict(cache), key);
    if (!hit.is_null()) return hit;
    if (error_pending()) return Value();
  }
  Value p = compile_pattern(pattern, flags);
  if (p.is_null() || cache.is_null()) return p;
  if (as_dict(cache)->size() >= kMaxCache) dict_clear(as_dict(cache));
  if (dict_set(as_dict(cache), key, p) < 0) return Value();
  return p;
}

namespace {

// re.f(pattern, <rest>, flags=0): compiles, then calls Pattern.f(rest...).
Value with_pattern(const char* fname, NativeFn method, const Value* args, size_t nargs, KwNames* kw,
                   std::initializer_list<const char*> names) {
  Value a[6];
  size_t n = names.size();
  if (!bind_args(fname, args, nargs, kw, names, n, a)) return Value();
  size_t required = 2;
  if (std::string_view(fname) == "sub" || std::string_view(fname) == "subn") required = 3;
  for (size_t k = 0; k < required; k++)
    if (a[k].is_null())
      return raise(&TypeErrorType, format("%s() missing required argument '%s' (pos %zu)", fname,
                                          names.begin()[k], k + 1));
  Value p = re_compile(a[0], a[n - 1]);
  if (p.is_null()) return Value();
  std::vector<Value> call_args{p};
  for (size_t k = 1; k + 1 < n && !a[k].is_null(); k++) call_args.push_back(a[k]);
  return method(call_args.data(), call_args.size(), nullptr);
}

}  // namespace

namespace {

Value call_pattern_method(const Value& p, const char* name, std::vector<Value> args) {
  Value m = get_attr(p, intern(name));
  if (m.is_null()) return Value();
  return call(m, args.data(), args.size());
}

Value one_call(const char* fname, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args(fname, args, nargs, kw, {"pattern", "string", "flags"}, 3, a)) return Value();
  if (a[0].is_null() || a[1].is_null())
    return raise(&TypeErrorType, format("%s() missing required argument '%s' (pos %d)", fname,
                                        a[0].is_null() ? "pattern" : "string", a[0].is_null() ? 1 : 2));
  Value p = re_compile(a[0], a[2]);
  if (p.is_null()) return Value();
  return call_pattern_method(p, fname, {a[1]});
}

Value re_search(const Value* args, size_t nargs, KwNames* kw) { return one_call("search", args, nargs, kw); }
Value re_match(const Value* args, size_t nargs, KwNames* kw) { return one_call("match", args, nargs, kw); }
Value re_fullmatch(const Value* args, size_t nargs, KwNames* kw) { return one_call("fullmatch", args, nargs, kw); }
Value re_findall(const Value* args, size_t nargs, KwNames* kw) { return one_call("findall", args, nargs, kw); }
Value re_finditer(const Value* args, size_t nargs, KwNames* kw) { return one_call("finditer", args, nargs, kw); }

Value re_sub(const Value* args, size_t nargs, KwNames* kw) {
  return with_pattern("sub", pattern_sub, args, nargs, kw, {"pattern", "repl", "string", "count", "flags"});
}
Value re_subn(const Value* args, size_t nargs, KwNames* kw) {
  return with_pattern("subn", pattern_subn, args, nargs, kw, {"pattern", "repl", "string", "count", "flags"});
}
Value re_split(const Value* args, size_t nargs, KwNames* kw) {
  return with_pattern("split", pattern_split, args, nargs, kw, {"pattern", "string", "maxsplit", "flags"});
}

Value re_compile_fn(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("compile", args, nargs, kw, {"pattern", "flags"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "compile() missing required argument 'pattern' (pos 1)");
  return re_compile(a[0], a[1]);
}

// re.template (deprecated in 3.11): compile with the TEMPLATE flag, which PCRE2 ignores.
Value re_template(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("template", args, nargs, kw, {"pattern", "flags"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "template() missing required argument 'pattern' (pos 1)");
  uint32_t flags;
  if (!flags_value(a[1], &flags)) return Value();
  return re_compile(a[0], Value::integer(flags | kReTemplate));
}

Value re_purge(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("purge", kw) || !check_nargs("purge", nargs, 0, 0)) return Value();
  DictObject* ns = re_namespace();
  Value cache = ns ? dict_get_str(ns, INTERN("_cache")) : Value();
  if (is_type(cache, &DictType)) dict_clear(as_dict(cache));
  return Value::none();
}

// re.escape: a backslash before each character that is special in a pattern.
Value re_escape(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("escape", args, nargs, kw, {"pattern"}, 1, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "escape() missing required argument 'pattern' (pos 1)");
  static const std::string_view kSpecial("()[]{}?*+-|^$\\.&~# \t\n\r\v\f");
  std::string_view text;
  bool str = is_str(a[0]);
  if (str) {
    text = as_str(a[0])->view();
  } else if (!buffer_view(a[0], &text)) {
    if (error_pending()) return Value();
    return raise(&TypeErrorType, format("expected str or bytes, not %s", type_name(a[0]).c_str()));
  }
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return str ? new_str(std::move(out)) : new_bytes(std::move(out));
}

void ready_re_types() {
  init_pattern_type();
  init_match_type();
}

}  // namespace

void init_re_types() {
  static std::once_flag once;
  ready_builtin_types(once, ready_re_types);
}

Value init_re_module() {
  init_re_types();
  Value m = new_module("re");
  auto* mod = m.as<ModuleObject>();
  module_add_functions(mod, {{"compile", re_compile_fn},
                             {"search", re_search},
                             {"match", re_match},
                             {"fullmatch", re_fullmatch},
                             {"findall", re_findall},
                             {"finditer", re_finditer},
                             {"sub", re_sub},
                             {"subn", re_subn},
                             {"split", re_split},
                             {"escape", re_escape},
                             {"purge", re_purge},
                             {"template", re_template}});
  module_add(mod, "Pattern", Value::borrow(&PatternType));
  module_add(mod, "Match", Value::borrow(&MatchType));
  module_add(mod, "_cache", new_dict());
  module_add(mod, "__version__", new_str("2.2.1"));
  Value exec_fn = dict_get_str(ts->builtins, INTERN("exec"));
  if (exec_fn.is_null()) return raise(&ImportErrorType, "re needs the builtins module");
  Value exec_args[2] = {new_str(kPythonPart), Value::borrow(mod->m_dict)};
  if (call(exec_fn, exec_args, 2).is_null()) return Value();
    static const char* kAll[] = {"match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
                               "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
                               "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                               "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"};
  std::vector<Value> names;
  for (const char* n : kAll) names.push_back(new_str(n));
  module_add(mod, "__all__", new_list(std::move(names)));
  return m;
}

}  // namespace hotpy
