// The sys module: interpreter state visible to programs (argv, path, modules, the
// standard streams, version facts) and the hooks the REPL and CLI use.
#include "modules/sys.h"
#include "modules/sys_internal.h"

#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <mutex>

#include "eval/config.h"
#include "eval/eval.h"
#include "eval/generator.h"
#include "eval/frame_object.h"
#include "eval/frame.h"
#include "modules/import.h"
#include "modules/io.h"
#include "modules/modules_state.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/set.h"
#include "objects/str.h"

namespace hotpy {

static void init_sys_types();

TypeObject SimpleNamespaceType("types.SimpleNamespace");
const char* const kSysVersion = "3.11.0 (hotpy 0.1.0) [C++20]";

namespace {


// ---------------------------------------------------------------------------
// Struct sequences: tuples whose items also have names (sys.version_info.major),
// with CPython's repr "sys.version_info(major=3, minor=11, ...)".

TypeObject VersionInfoType("sys.version_info");
TypeObject FlagsType("sys.flags");
TypeObject FloatInfoType("sys.float_info");
TypeObject AsyncgenHooksType("asyncgen_hooks");

struct StructSeqInfo {
  TypeObject* type;
  std::vector<const char*> fields;
};
std::vector<StructSeqInfo> struct_seqs;

const StructSeqInfo* seq_info(TypeObject* t) {
  for (const StructSeqInfo& s : struct_seqs)
    if (s.type == t) return &s;
  return nullptr;
}

template <int I>
Value seq_field(const Value& self) {
  return as_tuple(self)->m_items[I];
}
using FieldGetter = Value (*)(const Value&);
constexpr FieldGetter kFieldGetters[] = {
    seq_field<0>,  seq_field<1>,  seq_field<2>,  seq_field<3>,  seq_field<4>,  seq_field<5>,
    seq_field<6>,  seq_field<7>,  seq_field<8>,  seq_field<9>,  seq_field<10>, seq_field<11>,
    seq_field<12>, seq_field<13>, seq_field<14>, seq_field<15>, seq_field<16>, seq_field<17>};

Value struct_seq_repr(const Value& self) {
  const StructSeqInfo* info = seq_info(self.type());
  const auto& items = as_tuple(self)->m_items;
  std::string out = self.type()->m_name + "(";
  for (size_t i = 0; i < items.size() && info && i < info->fields.size(); i++) {
    if (i) out += ", ";
    Value r = repr(items[i]);
    if (r.is_null()) return r;
    out += info->fields[i];
    out += '=';
    out += as_str(r)->m_data;
  }
  return new_str(out + ")");
}

}  // namespace

void ready_struct_seq(TypeObject* t, const char* short_name, std::vector<const char*> fields) {
  t->m_qualname = short_name;
  t->tp_repr = struct_seq_repr;
  type_ready(t, &TupleType);
  t->tp_new = nullptr;  // "cannot create 'sys.version_info' instances"
  type_add_value(t, "__module__", interned("sys"));
  for (size_t i = 0; i < fields.size(); i++) type_add_getsets(t, {{fields[i], kFieldGetters[i]}});
  type_add_value(t, "n_fields", Value::integer(static_cast<int64_t>(fields.size())));
  type_add_value(t, "n_sequence_fields", Value::integer(static_cast<int64_t>(fields.size())));
  type_add_value(t, "n_unnamed_fields", Value::integer(0));
  struct_seqs.push_back({t, std::move(fields)});
}

// As CPython's PyStructSequence_New, one made here is not tracked when its fields are
// atoms (sys.flags, sys.version_info): no cycle can pass through it.
Value make_struct_seq(TypeObject* t, std::vector<Value> items) {
  auto* seq = new TupleObject(std::move(items), t);
  bool atoms = std::none_of(seq->m_items.begin(), seq->m_items.end(), [](const Value& v) {
    return v.is_obj() && is_gc_object(v.obj()) && !is_immortal(v.obj());
  });
  if (atoms) gc_untrack(seq);
  return Value::steal(seq);
}

namespace {

// ---------------------------------------------------------------------------
// types.SimpleNamespace

Value namespace_new(TypeObject* type, const Value*, size_t, KwNames*) {
  return Value::steal(new InstanceObject(type));
}

int namespace_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (nargs > 0) {
    raise(&TypeErrorType, format("SimpleNamespace expected at most 0 arguments, got %zu", nargs));
    return -1;
  }
  if (!kw) return 0;
  for (size_t i = 0; i < kw->size(); i++)
    if (set_attr(self, as_str(kw->m_items[i]), args[nargs + i]) < 0) return -1;
  return 0;
}

Value namespace_repr(const Value& self) {
  ReprGuard guard(self.obj());
  if (guard.recursive()) return new_str("namespace(...)");
  std::string out = "namespace(";
  DictObject* d = self.as<InstanceObject>()->m_dict;
  size_t pos = 0;
  Value k, v;
  bool first = true;
  while (d && dict_next(d, &pos, &k, &v)) {
    Value text = repr(v);
    if (text.is_null()) return text;
    if (!first) out += ", ";
    first = false;
    out += str_text(k) + "=" + as_str(text)->m_data;
  }
  return new_str(out + ")");
}

Value namespace_richcompare(const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || a.type() != b.type()) return NotImplemented;
  DictObject* da = a.as<InstanceObject>()->m_dict;
  DictObject* db = b.as<InstanceObject>()->m_dict;
  Value ea = da ? Value::borrow(da) : new_dict(), eb = db ? Value::borrow(db) : new_dict();
  return rich_compare(ea, eb, op);
}

// ---------------------------------------------------------------------------
// Functions

Value sys_exit(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("exit", kw) || !check_nargs("exit", nargs, 0, 1)) return Value();
  Value exc = call(Value::borrow(&SystemExitType), args, nargs);
  if (exc.is_null()) return exc;
  return raise_value(exc);
}

Value sys_getrecursionlimit(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("getrecursionlimit", kw) || !check_nargs("getrecursionlimit", nargs, 0, 0)) return Value();
  return Value::integer(ts->recursion_limit);
}

Value sys_setrecursionlimit(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("setrecursionlimit", kw) || !check_nargs("setrecursionlimit", nargs, 1, 1)) return Value();
  if (args[0].is_float()) return raise(&TypeErrorType, "'float' object cannot be interpreted as an integer");
  int64_t n;
  if (!index_value(args[0], &n)) return Value();
  if (n < 1) return raise(&ValueErrorType, "recursion limit must be greater or equal than 1");
  if (n > INT_MAX) return raise(&OverflowErrorType, "Python int too large to convert to C int");
  if (n <= ts->depth)
    return raise(&RecursionErrorType,
                 format("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                        static_cast<int>(n), ts->depth));
  ts->recursion_limit = static_cast<int>(n);
  return Value::none();
}

Value sys_intern(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("intern", kw) || !check_nargs("intern", nargs, 1, 1)) return Value();
  if (!is_exact_str(args[0]))
    return raise(&TypeErrorType, format("intern() argument must be str, not %s", type_name(args[0]).c_str()));
  // The string itself becomes the interned one when its text is not interned yet.
  return Value::borrow(intern_object(args[0].as<StrObject>()));
}

Value sys_exc_info(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("exc_info", kw) || !check_nargs("exc_info", nargs, 0, 0)) return Value();
  const Value& e = handled_exception();
  if (e.is_null() || e.is_none()) return new_tuple({Value::none(), Value::none(), Value::none()});
  Value tb = exception_traceback ? exception_traceback(as_exception(e)) : Value::none();
  return new_tuple({Value::borrow(e.type()), e, tb});
}

// The frame `depth` calls up from the caller's.
Value sys_getframe(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("_getframe", kw) || !check_nargs("_getframe", nargs, 0, 1)) return Value();
  int64_t depth = 0;
  if (nargs == 1 && !index_value(args[0], &depth)) return Value();
  return frame_object_at(depth);
}

// The async generator hooks (asyncio's event loop sets them while it runs).
Value sys_set_asyncgen_hooks(const Value* args, size_t nargs, KwNames* kw) {
  Value given[2];
  if (!bind_args("set_asyncgen_hooks", args, nargs, kw, {"firstiter", "finalizer"}, 2, given)) return Value();
  const char* names[2] = {"firstiter", "finalizer"};
  for (int i = 0; i < 2; i++)
    if (!given[i].is_null() && !given[i].is_none() && !is_callable(given[i]))
      return raise(&TypeErrorType,
                   format("callable %s expected, got %s", names[i], type_name(given[i]).c_str()));
  CoroutineState* c = ts->coroutines;
  Value* hooks[2] = {&c->agen_firstiter, &c->agen_finalizer};
  for (int i = 0; i < 2; i++)
    if (!given[i].is_null()) *hooks[i] = given[i].is_none() ? Value() : given[i];
  return Value::none();
}

Value sys_get_asyncgen_hooks(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("get_asyncgen_hooks", kw) || !check_nargs("get_asyncgen_hooks", nargs, 0, 0)) return Value();
  init_sys_types();
  auto or_none = [](const Value& v) { return v.is_null() ? Value::none() : v; };
  CoroutineState* c = ts->coroutines;
  return make_struct_seq(&AsyncgenHooksType, {or_none(c->agen_firstiter), or_none(c->agen_finalizer)});
}

Value sys_exception(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("exception", kw) || !check_nargs("exception", nargs, 0, 0)) return Value();
  const Value& e = handled_exception();
  return e.is_null() ? Value::none() : e;
}

// A rough size: CPython's numbers for the common objects, not a promise.
Value sys_getsizeof(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("getsizeof", kw) || !check_nargs("getsizeof", nargs, 1, 2)) return Value();
  const Value& v = args[0];
  int64_t size = 16;
  if (v.is_none()) size = 16;
  else if (v.is_bool() || v.is_int()) size = v.is_int() && v.as_int() == 0 ? 24 : 28;
  else if (v.is_float()) size = 24;
  else if (is_bigint(v)) size = 24 + 4 * ((mpz_sizeinbase(bigint_mpz(v), 2) + 29) / 30);
  else if (is_str(v)) size = (as_str(v)->ascii() ? 49 : 74) + static_cast<int64_t>(as_str(v)->m_data.size());
  else if (is_bytes(v)) size = 33 + static_cast<int64_t>(bytes_view(v).size());
  else if (is_list(v)) size = 56 + 8 * static_cast<int64_t>(as_list(v)->m_items.capacity());
  else if (is_tuple(v)) size = 40 + 8 * static_cast<int64_t>(as_tuple(v)->size());
  else if (is_dict(v)) size = as_dict(v)->size() == 0 ? 64 : 232 + 8 * static_cast<int64_t>(as_dict(v)->index_size());
  else if (is_set_like(v)) size = 216 + 16 * static_cast<int64_t>(as_set(v)->m_table.size());
  else if (v.type()->m_flags & kHeapType) {
    // An instance of a class: its __sizeof__ when the class defines one, plus the
    // header CPython 3.11 counts (the collector's and the managed dict's, 32 bytes).
    size = 24;
    Value method = v.type()->lookup(intern("__sizeof__"));
    if (!method.is_null() && method.type() != &MethodDescrType) {
      Value r = call_method(v, intern("__sizeof__"), nullptr, 0);
      if (!r.is_null() && !is_int_like(r)) {
        r = Value();
        raise(&TypeErrorType, "an integer is required");
      }
      if (r.is_null()) {
        if (nargs < 2 || !error_matches(&TypeErrorType)) return Value();
        clear_error();
        return args[1];
      }
      if (!index_value(r, &size)) return Value();
      if (size < 0) return raise(&ValueErrorType, "__sizeof__() should return >= 0");
    }
    size += 32;
  } else size = 48;
  return Value::integer(size);
}

Value sys_getrefcount(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("getrefcount", kw) || !check_nargs("getrefcount", nargs, 1, 1)) return Value();
  // Immediates are like CPython's immortal small ints: a large constant.
  if (!args[0].is_obj()) return Value::integer(4294967295LL);
  return Value::integer(static_cast<int64_t>(args[0].obj()->m_refcnt));
}

Value sys_getdefaultencoding(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("getdefaultencoding", kw) || !check_nargs("getdefaultencoding", nargs, 0, 0)) return Value();
  return new_str("utf-8");
}

// Writes text to the current sys.stdout, through its write() unless it is a native file.
bool write_stdout(std::string_view text) {
  Value out = sys_get(intern("stdout"));
  if (out.is_null() || out.is_none()) return !raise(&RuntimeErrorType, "lost sys.stdout").is_null();
  if (is_file(out)) return file_write_text(as_file(out), text);
  Value s = new_str(text);
  return !call_method(out, intern("write"), &s, 1).is_null();
}

// sys.displayhook(value): the REPL's echo. None is not shown; builtins._ keeps the
// last value shown.
Value sys_displayhook(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("displayhook", kw) || !check_nargs("displayhook", nargs, 1, 1)) return Value();
  const Value& v = args[0];
  if (v.is_none()) return Value::none();
  DictObject* b = builtins_dict();
  if (b && dict_set_str(b, intern("_"), Value::none()) < 0) return Value();
  Value text = repr(v);
  if (text.is_null()) return text;
  std::string line = as_str(text)->m_data + "\n";
  if (!write_stdout(line)) return Value();
  if (b && dict_set_str(b, intern("_"), v) < 0) return Value();
  return Value::none();
}

Value sys_excepthook(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("excepthook", kw) || !check_nargs("excepthook", nargs, 3, 3)) return Value();
  print_exception(args[1]);
  return Value::none();
}

// ---------------------------------------------------------------------------
// sys.unraisablehook: what write_unraisable_exception (eval.h) reports goes to it as
// an UnraisableHookArgs, a struct sequence of builtins programs may make themselves
// (to call sys.__unraisablehook__ with).

TypeObject UnraisableHookArgsType("UnraisableHookArgs");
constexpr size_t kUnraisableFields = 5;

Value unraisable_args_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("UnraisableHookArgs", kw)) return Value();
  if (nargs == 0) return raise(&TypeErrorType, "structseq() missing required argument 'sequence' (pos 1)");
  if (!check_nargs("structseq", nargs, 1, 1)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(args[0], items)) return Value();
  if (items.size() != kUnraisableFields)
    return raise(&TypeErrorType, format("UnraisableHookArgs() takes a %zu-sequence (%zu-sequence given)",
                                        kUnraisableFields, items.size()));
  return make_struct_seq(type, std::move(items));
}

Value sys_unraisablehook(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("unraisablehook", kw) || !check_nargs("unraisablehook", nargs, 1, 1)) return Value();
  if (args[0].type() != &UnraisableHookArgsType)
    return raise(&TypeErrorType, "sys.unraisablehook argument type must be UnraisableHookArgs");
  const std::vector<Value>& f = as_tuple(args[0])->m_items;
  write_unraisable_default(f[0], f[1], f[2], f[3], f[4]);
  return Value::none();
}

Value traceback_of(const Value& exc) {
  Value tb = get_attr_opt(exc, intern("__traceback__"));
  clear_error();
  return tb.is_null() ? Value::none() : tb;
}

// CPython's _PyErr_WriteUnraisableMsg: sys.unraisablehook (missing or None: the
// default output); an exception in the hook is reported by the default output as
// "Exception ignored in sys.unraisablehook: <hook>".
void to_unraisablehook(const Value& exc, const Value& err_msg, const Value& obj) {
  Value hook = !ts->modules || modules_state().sys.is_null() ? Value() : sys_get(intern("unraisablehook"));
  Value type = Value::borrow(exc.type()), tb = traceback_of(exc);
  if (hook.is_null() || hook.is_none()) return write_unraisable_default(type, exc, tb, err_msg, obj);
  Value hook_args = make_struct_seq(&UnraisableHookArgsType,
                                    {type, exc, tb, err_msg, obj.is_null() ? Value::none() : obj});
  if (!call1(hook, hook_args).is_null()) return;
  Value failure = fetch_error();
  write_unraisable_default(Value::borrow(failure.type()), failure, traceback_of(failure),
                           new_str("Exception ignored in sys.unraisablehook"), hook);
}

// Writes a warning as CPython's default formatter shows it ("file:line: Category:
// message" and the source line), attributed to the running Python frame.
bool write_warning(const char* category, const std::string& message) {
  std::string text = std::string(category) + ": " + message + "\n";
  if (Frame* f = ts->current_frame; f && f->unit && *f->unit) {
    const ast::Unit& unit = **f->unit;
    std::string where = unit.filename + ":" + std::to_string(f->line) + ": ";
    std::string_view src = unit.source;
    for (int line = 1; line < f->line && !src.empty(); line++) {
      size_t nl = src.find('\n');
      src = nl == std::string_view::npos ? std::string_view() : src.substr(nl + 1);
    }
    src = src.substr(0, src.find('\n'));
    size_t start = src.find_first_not_of(" \t");
    text = where + text + (start == std::string_view::npos ? "" : "  " + std::string(src.substr(start)) + "\n");
  }
  Value err = sys_get(intern("stderr"));
  if (err.is_null() || err.is_none()) return true;
  Value s = new_str(text);
  return !call_method(err, intern("write"), &s, 1).is_null();
}

// sys.breakpointhook(*args, **kws), PEP 553: $PYTHONBREAKPOINT names the function to
// call ("0" turns breakpoints off); by default CPython's pdb.set_trace, which hotpy
// lacks, so a bare breakpoint() says so on stderr and the program goes on.
Value sys_breakpointhook(const Value* args, size_t nargs, KwNames* kw) {
  const char* env = runtime_config().ignore_environment ? nullptr : std::getenv("PYTHONBREAKPOINT");
  std::string hook_name = env && *env ? env : "pdb.set_trace";
  if (hook_name == "0") return Value::none();
  size_t dot = hook_name.rfind('.');
  std::string module = dot == std::string::npos ? "builtins" : hook_name.substr(0, dot);
  std::string attr = dot == std::string::npos ? hook_name : hook_name.substr(dot + 1);
  Value hook;
  if (!import_module_level(intern(module), nullptr, Value(), 0).is_null()) {
    Value m = dict_get_str(sys_modules(), intern(module));
    if (!m.is_null()) hook = get_attr(m, intern(attr));
  }
  if (hook.is_null()) {
    if (error_pending() && !error_matches(&ImportErrorType) && !error_matches(&AttributeErrorType))
      return Value();
    clear_error();
    bool ok = !env || !*env
                  ? write_warning("RuntimeWarning", "breakpoint() ignored: hotpy has no debugger (pdb); set "
                                                    "sys.breakpointhook, or PYTHONBREAKPOINT=0 to silence this")
                  : write_warning("RuntimeWarning", "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hook_name + "\"");
    return ok ? Value::none() : Value();
  }
  return call(hook, args, nargs, kw);
}

std::string executable_path() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

Value make_version_info() {
  return make_struct_seq(&VersionInfoType, {Value::integer(3), Value::integer(11), Value::integer(0),
                                            new_str("final"), Value::integer(0)});
}

void add(DictObject* d, const char* name, Value v) { dict_set_str(d, intern(name), std::move(v)); }

// What the command line and the environment set (eval/config.h): sys.flags with CPython's
// fields and values, sys.warnoptions, sys._xoptions, sys.dont_write_bytecode.
void add_config(DictObject* d) {
  const RuntimeConfig& c = runtime_config();
  auto num = [](int64_t n) { return Value::integer(n); };
  add(d, "flags", make_struct_seq(&FlagsType, {num(c.debug), num(c.inspect), num(c.interactive), num(c.optimize),
                                               num(c.dont_write_bytecode), num(c.no_user_site), num(c.no_site),
                                               num(c.ignore_environment), num(c.verbose), num(c.bytes_warning),
                                               num(c.quiet), num(c.hash_randomization), num(c.isolated),
                                               Value::boolean(c.dev_mode), num(c.utf8_mode),
                                               num(c.warn_default_encoding), Value::boolean(c.safe_path),
                                               num(c.int_max_str_digits)}));
  add(d, "dont_write_bytecode", Value::boolean(c.dont_write_bytecode));
  std::vector<Value> warnoptions;
  for (const std::string& w : c.warnoptions) warnoptions.push_back(new_str(w));
  add(d, "warnoptions", new_list(std::move(warnoptions)));
  Value xoptions = new_dict();
  for (const RuntimeConfig::XOption& x : c.xoptions)
    dict_set_str(as_dict(xoptions), intern(x.name), x.has_value ? new_str(x.value) : Value::boolean(true));
  add(d, "_xoptions", xoptions);
}

}  // namespace

// ---------------------------------------------------------------------------
// State shared with the CLI, the importer and print()

// The interpreter's own references (ModulesState) keep these lists even when a
// program rebinds sys.modules or sys.path.
DictObject* sys_modules() {
  DictObject*& d = modules_state().modules_dict;
  if (!d) d = new DictObject();
  return d;
}

ListObject* sys_path() {
  ListObject*& l = modules_state().path;
  if (!l) l = new ListObject();
  return l;
}

void sys_set_argv(const std::vector<std::string>& argv) {
  ListObject*& l = modules_state().argv;
  if (!l) l = new ListObject();
  l->m_items.clear();
  for (const std::string& a : argv) l->m_items.push_back(new_str(a));
  if (l->m_items.empty()) l->m_items.push_back(empty_str());
  if (!modules_state().sys.is_null()) set_orig_argv(modules_state().sys.as<ModuleObject>());
}

Value sys_module() {
  if (modules_state().sys.is_null()) init_sys_module();
  return modules_state().sys;
}

Value sys_get(StrObject* name) {
  Value m = sys_module();
  if (m.is_null()) return m;
  return dict_get_str(m.as<ModuleObject>()->m_dict, name);
}

static void ready_sys_types();
static void init_sys_types() {
  static std::once_flag once;
  ready_builtin_types(once, ready_sys_types);
}

static void ready_sys_types() {
  ready_struct_seq(&VersionInfoType, "version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  ready_struct_seq(&FlagsType, "flags",
                   {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                    "int_max_str_digits"});
  ready_struct_seq(&AsyncgenHooksType, "asyncgen_hooks", {"firstiter", "finalizer"});
  ready_struct_seq(&UnraisableHookArgsType, "UnraisableHookArgs",
                   {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"});
  UnraisableHookArgsType.tp_new = unraisable_args_new;
  type_add_value(&UnraisableHookArgsType, "__module__", interned("builtins"));
  dispatch_unraisable = to_unraisablehook;
  ready_struct_seq(&FloatInfoType, "float_info",
                   {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                    "radix", "rounds"});
  SimpleNamespaceType.m_qualname = "SimpleNamespace";
  SimpleNamespaceType.m_flags |= kBaseType;
  SimpleNamespaceType.tp_new = namespace_new;
  SimpleNamespaceType.tp_init = namespace_init;
  SimpleNamespaceType.tp_repr = namespace_repr;
  SimpleNamespaceType.tp_richcompare = namespace_richcompare;
  SimpleNamespaceType.tp_getattr = generic_getattr;
  SimpleNamespaceType.tp_setattr = generic_setattr;
  type_ready(&SimpleNamespaceType, &ObjectType);
  SimpleNamespaceType.tp_hash = hash_unhashable;
  type_add_value(&SimpleNamespaceType, "__module__", interned("types"));
  ready_sys_extra_types();
  init_io_types();
}

Value init_sys_module() {
  if (!modules_state().sys.is_null()) return modules_state().sys;
  init_sys_types();
  Value m = new_module("sys");
  DictObject* d = m.as<ModuleObject>()->m_dict;
  modules_state().sys = m;

  module_add_functions(m.as<ModuleObject>(),
                       {{"exit", sys_exit, "Exit the interpreter by raising SystemExit(status)."},
                        {"getrecursionlimit", sys_getrecursionlimit},
                        {"setrecursionlimit", sys_setrecursionlimit},
                        {"intern", sys_intern},
                        {"exc_info", sys_exc_info},
                        {"set_asyncgen_hooks", sys_set_asyncgen_hooks},
                        {"get_asyncgen_hooks", sys_get_asyncgen_hooks},
                        {"_getframe", sys_getframe},
                        {"exception", sys_exception},
                        {"getsizeof", sys_getsizeof},
                        {"getrefcount", sys_getrefcount},
                        {"getdefaultencoding", sys_getdefaultencoding},
                        {"getfilesystemencoding", sys_getdefaultencoding},
                        {"displayhook", sys_displayhook},
                        {"excepthook", sys_excepthook},
                        {"unraisablehook", sys_unraisablehook},
                        {"breakpointhook", sys_breakpointhook}});
  add(d, "__displayhook__", dict_get_str(d, intern("displayhook")));
  add(d, "__excepthook__", dict_get_str(d, intern("excepthook")));
  add(d, "__unraisablehook__", dict_get_str(d, intern("unraisablehook")));
  add(d, "__breakpointhook__", dict_get_str(d, intern("breakpointhook")));

  add(d, "modules", Value::borrow(sys_modules()));
  add(d, "path", Value::borrow(sys_path()));
  if (!modules_state().argv) sys_set_argv({});
  add(d, "argv", Value::borrow(modules_state().argv));
  add(d, "stdin", std_stream(0));
  add(d, "stdout", std_stream(1));
  add(d, "stderr", std_stream(2));
  add(d, "__stdin__", std_stream(0));
  add(d, "__stdout__", std_stream(1));
  add(d, "__stderr__", std_stream(2));

  add(d, "version", new_str(kSysVersion));
  add(d, "version_info", make_version_info());
  add(d, "hexversion", Value::integer(0x030b00f0));
  add(d, "api_version", Value::integer(1013));
  add(d, "platform", new_str("linux"));
  add(d, "byteorder", new_str("little"));
  add(d, "maxsize", Value::integer(INT64_MAX));
  add(d, "maxunicode", Value::integer(0x10FFFF));
  add(d, "executable", new_str(executable_path()));
  add(d, "prefix", new_str(""));
  add(d, "exec_prefix", new_str(""));
  add(d, "copyright", new_str("Copyright (c) hotpy authors."));
  {
    std::vector<Value> names;
    for (const char* n : native_module_names()) names.push_back(new_str(n));
    if (!sort_values(names, Value(), false)) clear_error();
    add(d, "builtin_module_names", new_tuple(std::move(names)));
  }
  {
    Value impl = Value::steal(new InstanceObject(&SimpleNamespaceType));
    set_attr(impl, intern("name"), new_str("hotpy"));
    set_attr(impl, intern("cache_tag"), Value::none());
    set_attr(impl, intern("version"), make_version_info());
    set_attr(impl, intern("hexversion"), Value::integer(0x030b00f0));
    add(d, "implementation", impl);
  }
  add_config(d);
  add_sys_extras(m.as<ModuleObject>());
  add(d, "float_info", make_struct_seq(&FloatInfoType,
                                       {Value::number(1.7976931348623157e+308), Value::integer(1024),
                                        Value::integer(308), Value::number(2.2250738585072014e-308),
                                        Value::integer(-1021), Value::integer(-307), Value::integer(15),
                                        Value::integer(53), Value::number(2.220446049250313e-16),
                                        Value::integer(2), Value::integer(1)}));
  dict_set_str(sys_modules(), intern("sys"), m);
  return m;
}

}  // namespace hotpy
