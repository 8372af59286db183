// The builtin exception classes. Attributes that CPython stores in C fields
// (SystemExit.code, StopIteration.value, OSError.errno, SyntaxError.lineno...) are
// computed from args, so a raise from C++ needs no __init__ call.
#include "objects/exceptions.h"

#include <cerrno>

#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject BaseExceptionType("BaseException");
#define HOTPY_DEFINE_EXC(name, base) TypeObject name##Type(#name);
HOTPY_EXCEPTIONS(HOTPY_DEFINE_EXC)
#undef HOTPY_DEFINE_EXC

BaseExceptionObject::BaseExceptionObject(TypeObject* type) : GcObject(type), m_args(empty_tuple()) {}
BaseExceptionObject::~BaseExceptionObject() {
  if (m_dict) decref(m_dict);
}
void BaseExceptionObject::traverse(Visitor visit, void* arg) {
  for (const Value* v : {&m_args, &m_cause, &m_context, &m_name, &m_obj, &m_suggestion, &m_tb_head})
    if (v->is_obj()) visit(v->obj(), arg);
  for (const TraceEntry& t : m_traceback)
    for (const Value* v : {&t.globals, &t.func, &t.frame})
      if (v->is_obj()) visit(v->obj(), arg);
  if (m_dict) visit(m_dict, arg);
}
void BaseExceptionObject::clear() {
  Value args = std::exchange(m_args, empty_tuple());
  Value cause = std::move(m_cause), context = std::move(m_context), name = std::move(m_name),
        obj = std::move(m_obj), suggestion = std::move(m_suggestion), tb_head = std::move(m_tb_head);
  std::vector<TraceEntry> entries;
  entries.swap(m_traceback);
  if (DictObject* d = std::exchange(m_dict, nullptr)) decref(d);
}

Value new_exception(TypeObject* type, std::string_view msg) {
  auto* e = new BaseExceptionObject(type);
  std::vector<Value> args;
  args.push_back(new_str(msg));
  e->m_args = new_tuple(std::move(args));
  return Value::steal(e);
}

Value raise_attribute_error(const Value& obj, StrObject* name, std::string_view msg) {
  Value exc = new_exception(&AttributeErrorType, msg);
  auto* e = as_exception(exc);
  e->m_name = Value::borrow(name);
  e->m_obj = obj;
  return raise_value(exc);
}

static const std::vector<Value>& args_of(const Value& self) {
  return as_tuple(as_exception(self)->m_args)->m_items;
}

std::string exception_message(const Value& exc) { return str_text(exc); }

static Value exc_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  auto* e = new BaseExceptionObject(type);
  e->m_args = new_tuple(args, nargs);
  return Value::steal(e);
}

static int exc_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (kw && self.type() == &BaseExceptionType) {
    raise(&TypeErrorType, "BaseException.__init__() takes no keyword arguments");
    return -1;
  }
  as_exception(self)->m_args = new_tuple(args, nargs);
  return 0;
}

static Value exc_repr(const Value& self) {
  const auto& args = args_of(self);
  std::string out = self.type()->m_name + "(";
  for (size_t i = 0; i < args.size(); i++) {
    if (i) out += ", ";
    Value r = repr(args[i]);
    if (r.is_null()) return r;
    out += as_str(r)->m_data;
  }
  return new_str(out + ")");
}

static Value exc_str(const Value& self) {
  const auto& args = args_of(self);
  if (args.empty()) return interned("");
  if (args.size() == 1) return to_str(args[0]);
  return to_str(as_exception(self)->m_args);
}

static Value keyerror_str(const Value& self) {
  const auto& args = args_of(self);
  if (args.size() == 1) return repr(args[0]);
  return exc_str(self);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): args keeps the first
// two, the file names are kept apart (m_name, m_obj), as CPython's OSError does. It
// prints as "[Errno 2] No such file or directory: 'x'" (and " -> 'y'").
static Value oserror_str(const Value& self) {
  const auto& args = args_of(self);
  auto* e = as_exception(self);
  if (args.size() == 2) {
    std::string out = "[Errno " + str_text(args[0]) + "] " + str_text(args[1]);
    if (!e->m_name.is_null() && !e->m_name.is_none()) {
      out += ": " + repr_text(e->m_name);
      if (!e->m_obj.is_null() && !e->m_obj.is_none()) out += " -> " + repr_text(e->m_obj);
    }
    return new_str(out);
  }
  return exc_str(self);
}

// The subclass OSError(errno, ...) makes for a known errno (CPython's errnomap).
static TypeObject* oserror_subclass(int64_t code) {
  switch (code) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &BlockingIOErrorType;
    case ECHILD: return &ChildProcessErrorType;
    case EPIPE: case ESHUTDOWN: return &BrokenPipeErrorType;
    case ECONNABORTED: return &ConnectionAbortedErrorType;
    case ECONNREFUSED: return &ConnectionRefusedErrorType;
    case ECONNRESET: return &ConnectionResetErrorType;
    case EEXIST: return &FileExistsErrorType;
    case ENOENT: return &FileNotFoundErrorType;
    case EISDIR: return &IsADirectoryErrorType;
    case ENOTDIR: return &NotADirectoryErrorType;
    case EINTR: return &InterruptedErrorType;
    case EACCES: case EPERM: return &PermissionErrorType;
    case ESRCH: return &ProcessLookupErrorType;
    case ETIMEDOUT: return &TimeoutErrorType;
    default: return nullptr;
  }
}

static void oserror_fill(BaseExceptionObject* e, const Value* args, size_t nargs) {
  if (nargs >= 3 && nargs <= 5) {
    e->m_name = args[2];
    if (nargs == 5) e->m_obj = args[4];
    e->m_args = new_tuple({args[0], args[1]});
  } else {
    e->m_args = new_tuple(args, nargs);
  }
}

static Value oserror_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (type == &OSErrorType && nargs >= 2 && args[0].is_int())
    if (TypeObject* sub = oserror_subclass(args[0].as_int())) type = sub;
  auto* e = new BaseExceptionObject(type);
  Value v = Value::steal(e);
  oserror_fill(e, args, nargs);
  return v;
}

static int oserror_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  oserror_fill(as_exception(self), args, nargs);
  return 0;
}

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
static Value syntax_detail(const Value& self, size_t i) {
  const auto& args = args_of(self);
  if (args.size() >= 2 && is_tuple(args[1]) && as_tuple(args[1])->size() > i) return as_tuple(args[1])->m_items[i];
  return Value::none();
}
static Value syntaxerror_str(const Value& self) {
  const auto& args = args_of(self);
  Value msg = args.empty() ? Value::none() : args[0];
  Value file = syntax_detail(self, 0), line = syntax_detail(self, 1);
  std::string out = str_text(msg);
  if (is_str(file) && !line.is_none()) {
    std::string f = as_str(file)->m_data;
    size_t slash = f.rfind('/');
    if (slash != std::string::npos) f = f.substr(slash + 1);
    out += " (" + f + ", line " + str_text(line) + ")";
  } else if (!line.is_none()) {
    out += " (line " + str_text(line) + ")";
  }
  return new_str(out);
}

static Value first_arg_or_none(const Value& self) {
  const auto& args = args_of(self);
  return args.empty() ? Value::none() : args[0];
}

static Value exc_args_get(const Value& self) { return as_exception(self)->m_args; }
static int exc_args_set(const Value& self, const Value& v) {
  std::vector<Value> items;
  if (!collect_iterable(v, items)) return -1;
  as_exception(self)->m_args = new_tuple(std::move(items));
  return 0;
}
static Value exc_cause_get(const Value& self) {
  const Value& c = as_exception(self)->m_cause;
  return c.is_null() ? Value::none() : c;
}
static int exc_cause_set(const Value& self, const Value& v) {
  if (!v.is_none() && !is_exception(v)) {
    raise(&TypeErrorType, "exception cause must be None or derive from BaseException");
    return -1;
  }
  as_exception(self)->m_cause = v.is_none() ? Value() : v;
  as_exception(self)->m_suppress_context = true;
  return 0;
}
static Value exc_context_get(const Value& self) {
  const Value& c = as_exception(self)->m_context;
  return c.is_null() ? Value::none() : c;
}
static int exc_context_set(const Value& self, const Value& v) {
  as_exception(self)->m_context = v.is_none() ? Value() : v;
  return 0;
}
static Value exc_suppress_get(const Value& self) { return Value::boolean(as_exception(self)->m_suppress_context); }
static int exc_suppress_set(const Value& self, const Value& v) {
  int t = truthy(v);
  if (t < 0) return -1;
  as_exception(self)->m_suppress_context = t;
  return 0;
}
Value (*exception_traceback)(BaseExceptionObject* e) = nullptr;
int (*set_exception_traceback)(BaseExceptionObject* e, const Value& tb) = nullptr;

static Value exc_traceback_get(const Value& self) {
  return exception_traceback ? exception_traceback(as_exception(self)) : Value::none();
}
static int exc_traceback_set(const Value& self, const Value& v) {
  return set_exception_traceback ? set_exception_traceback(as_exception(self), v) : 0;
}
static Value exc_with_traceback(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("with_traceback", nargs - 1, 1, 1)) return Value();
  if (exc_traceback_set(args[0], args[1]) < 0) return Value();
  return args[0];
}

// --- notes (PEP 678) -------------------------------------------------------------------

static Value exc_add_note(const Value* args, size_t nargs, KwNames*) {
  if (!check_nargs("add_note", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1]))
    return raise(&TypeErrorType, format("note must be a str, not '%s'", type_name(args[1]).c_str()));
  Value notes = get_attr_opt(args[0], intern("__notes__"));
  if (notes.is_null()) {
    if (error_pending()) return Value();
    notes = new_list();
    if (set_attr(args[0], intern("__notes__"), notes) < 0) return Value();
  } else if (!is_list(notes)) {
    return raise(&TypeErrorType, "Cannot add note: __notes__ is not a list");
  }
  as_list(notes)->m_items.push_back(args[1]);
  return Value::none();
}

static Value systemexit_code(const Value& self) {
  const auto& args = args_of(self);
  if (args.empty()) return Value::none();
  if (args.size() == 1) return args[0];
  return as_exception(self)->m_args;
}
static Value oserror_errno(const Value& self) {
  const auto& args = args_of(self);
  return args.size() >= 2 ? args[0] : Value::none();
}
static Value oserror_strerror(const Value& self) {
  const auto& args = args_of(self);
  return args.size() >= 2 ? args[1] : Value::none();
}
static Value or_none(const Value& v) { return v.is_null() ? Value::none() : v; }
static Value oserror_filename(const Value& self) { return or_none(as_exception(self)->m_name); }
static Value oserror_filename2(const Value& self) { return or_none(as_exception(self)->m_obj); }
static Value syntax_msg(const Value& self) { return first_arg_or_none(self); }
static Value syntax_filename(const Value& self) { return syntax_detail(self, 0); }
static Value syntax_lineno(const Value& self) { return syntax_detail(self, 1); }
static Value syntax_offset(const Value& self) { return syntax_detail(self, 2); }
static Value syntax_text(const Value& self) { return syntax_detail(self, 3); }
static Value syntax_end_lineno(const Value& self) { return syntax_detail(self, 4); }
static Value syntax_end_offset(const Value& self) { return syntax_detail(self, 5); }

// ImportError(msg, name=..., path=...): keywords become attributes.
static int importerror_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (exc_init(self, args, nargs, nullptr) < 0) return -1;
  auto* e = as_exception(self);
  if (!e->m_dict) e->m_dict = new DictObject();
  dict_set_str(e->m_dict, intern("name"), Value::none());
  dict_set_str(e->m_dict, intern("path"), Value::none());
  if (kw) {
    const auto& names = as_tuple(Value::borrow(kw))->m_items;
    for (size_t i = 0; i < names.size(); i++) {
      StrObject* n = as_str(names[i]);
      if (n->view() != "name" && n->view() != "path") {
        raise(&TypeErrorType, format("'%s' is an invalid keyword argument for ImportError()", n->m_data.c_str()));
        return -1;
      }
      dict_set_str(e->m_dict, n, args[nargs + i]);
    }
  }
  return 0;
}
static Value importerror_msg(const Value& self) { return first_arg_or_none(self); }

// NameError(..., name=...) and AttributeError(..., name=..., obj=...): the keywords
// set the attributes, which read None until set.
static int keywords_to_attributes(const Value& self, const Value* args, size_t nargs, KwNames* kw, bool obj_allowed) {
  if (exc_init(self, args, nargs, nullptr) < 0) return -1;
  if (!kw) return 0;
  auto* e = as_exception(self);
  const auto& names = as_tuple(Value::borrow(kw))->m_items;
  for (size_t i = 0; i < names.size(); i++) {
    std::string_view n = as_str(names[i])->view();
    if (n == "name") {
      e->m_name = args[nargs + i];
    } else if (n == "obj" && obj_allowed) {
      e->m_obj = args[nargs + i];
    } else {
      raise(&TypeErrorType, format("'%s' is an invalid keyword argument for %s()", std::string(n).c_str(),
                                   self.type()->m_name.c_str()));
      return -1;
    }
  }
  return 0;
}
static int nameerror_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  return keywords_to_attributes(self, args, nargs, kw, false);
}
static int attributeerror_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  return keywords_to_attributes(self, args, nargs, kw, true);
}
static Value exc_name_get(const Value& self) { return or_none(as_exception(self)->m_name); }
static int exc_name_set(const Value& self, const Value& v) {
  as_exception(self)->m_name = v;  // del leaves Null: None again
  return 0;
}
static Value exc_obj_get(const Value& self) { return or_none(as_exception(self)->m_obj); }
static int exc_obj_set(const Value& self, const Value& v) {
  as_exception(self)->m_obj = v;
  return 0;
}

// UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError (the
// object bytes-like, kept as bytes), UnicodeTranslateError(object, start, end,
// reason): the parts become plain attributes (codec error handlers read them and
// may set them), and the message is made from them when it is printed.
static int unicode_error_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (exc_init(self, args, nargs, kw) < 0) return -1;
  TypeObject* t = self.type();
  bool translate = t->is_subtype(&UnicodeTranslateErrorType), decode = t->is_subtype(&UnicodeDecodeErrorType);
  size_t want = translate ? 4 : 5;
  if (nargs != want) {
    raise(&TypeErrorType, format("function takes exactly %zu arguments (%zu given)", want, nargs));
    return -1;
  }
  size_t i = 0;
  Value encoding = Value::none();
  if (!translate) {
    if (!is_str(args[0])) {
      raise(&TypeErrorType, format("argument 1 must be str, not %s", type_name(args[0]).c_str()));
      return -1;
    }
    encoding = args[i++];
  }
  Value object = args[i];
  if (decode) {
    std::string data;
    if (!buffer_bytes(object, &data)) {
      raise(&TypeErrorType, format("a bytes-like object is required, not '%s'", type_name(object).c_str()));
      return -1;
    }
    object = new_bytes(std::move(data));
  } else if (!is_str(object)) {
    raise(&TypeErrorType, format("argument %zu must be str, not %s", i + 1, type_name(object).c_str()));
    return -1;
  }
  int64_t start, end;
  if (!index_value(args[i + 1], &start) || !index_value(args[i + 2], &end)) return -1;
  if (!is_str(args[i + 3])) {
    raise(&TypeErrorType, format("argument %zu must be str, not %s", i + 4, type_name(args[i + 3]).c_str()));
    return -1;
  }
  auto* e = as_exception(self);
  if (!e->m_dict) e->m_dict = new DictObject();
  dict_set_str(e->m_dict, intern("encoding"), encoding);
  dict_set_str(e->m_dict, intern("object"), object);
  dict_set_str(e->m_dict, intern("start"), Value::integer(start));
  dict_set_str(e->m_dict, intern("end"), Value::integer(end));
  dict_set_str(e->m_dict, intern("reason"), args[i + 3]);
  return 0;
}

static Value unicode_error_str(const Value& self) {
  auto* e = as_exception(self);
  auto part = [&](const char* name) { return e->m_dict ? dict_get_str(e->m_dict, intern(name)) : Value(); };
  Value object = part("object"), start_v = part("start"), end_v = part("end"), reason = part("reason");
  Value encoding = part("encoding");
  if (object.is_null() || start_v.is_null() || end_v.is_null() || reason.is_null() || encoding.is_null())
    return exc_str(self);
  int64_t start, end;
  if (!index_value(start_v, &start) || !index_value(end_v, &end)) return Value();
  Value reason_s = to_str(reason), enc_s = to_str(encoding);
  if (reason_s.is_null() || enc_s.is_null()) return Value();
  const char* why = as_str(reason_s)->m_data.c_str();
  const char* enc = as_str(enc_s)->m_data.c_str();
  TypeObject* t = self.type();
  bool one = end == start + 1;
  if (t->is_subtype(&UnicodeDecodeErrorType)) {
    std::string_view data = is_bytes(object) ? bytes_view(object) : std::string_view();
    if (one && start >= 0 && start < static_cast<int64_t>(data.size()))
      return new_str(format("'%s' codec can't decode byte 0x%02x in position %lld: %s", enc,
                            static_cast<unsigned char>(data[start]), (long long)start, why));
    return new_str(format("'%s' codec can't decode bytes in position %lld-%lld: %s", enc, (long long)start,
                          (long long)(end - 1), why));
  }
  std::string what = t->is_subtype(&UnicodeTranslateErrorType) ? "can't translate"
                                                                 : format("'%s' codec can't encode", enc);
  if (one && is_str(object) && start >= 0 && start < as_str(object)->m_length) {
    const char* p = as_str(object)->m_data.data();
    for (int64_t k = 0; k < start; k++) decode_utf8(p);
    uint32_t c = decode_utf8(p);
    std::string esc = c <= 0xFF ? format("\\x%02x", c) : c <= 0xFFFF ? format("\\u%04x", c) : format("\\U%08x", c);
    return new_str(format("%s character '%s' in position %lld: %s", what.c_str(), esc.c_str(), (long long)start, why));
  }
  return new_str(format("%s characters in position %lld-%lld: %s", what.c_str(), (long long)start,
                        (long long)(end - 1), why));
}

static std::vector<TypeObject*> all_types;
const std::vector<TypeObject*>& builtin_exception_types() { return all_types; }

void init_exception_types() {
  BaseExceptionType.m_flags = kBaseType | kExceptionSubclass;
  BaseExceptionType.tp_new = exc_new;
  BaseExceptionType.tp_init = exc_init;
  BaseExceptionType.tp_repr = exc_repr;
  BaseExceptionType.tp_str = exc_str;
  BaseExceptionType.tp_getattr = generic_getattr;
  BaseExceptionType.tp_setattr = generic_setattr;
  type_ready(&BaseExceptionType, &ObjectType,
             {{"with_traceback", exc_with_traceback}, {"add_note", exc_add_note}});
  type_add_getsets(&BaseExceptionType, {{"args", exc_args_get, exc_args_set},
                                        {"__cause__", exc_cause_get, exc_cause_set},
                                        {"__context__", exc_context_get, exc_context_set},
                                        {"__suppress_context__", exc_suppress_get, exc_suppress_set},
                                        {"__traceback__", exc_traceback_get, exc_traceback_set}});
  all_types.push_back(&BaseExceptionType);
  KeyErrorType.tp_str = keyerror_str;
  OSErrorType.tp_str = oserror_str;
  OSErrorType.tp_new = oserror_new;
  OSErrorType.tp_init = oserror_init;
  SyntaxErrorType.tp_str = syntaxerror_str;
  ImportErrorType.tp_init = importerror_init;
  NameErrorType.tp_init = nameerror_init;
  AttributeErrorType.tp_init = attributeerror_init;
  for (TypeObject* t : {&UnicodeEncodeErrorType, &UnicodeDecodeErrorType, &UnicodeTranslateErrorType}) {
    t->tp_init = unicode_error_init;
    t->tp_str = unicode_error_str;
  }
#define HOTPY_READY_EXC(name, base)                     \
  name##Type.m_flags |= kBaseType;                      \
  type_ready(&name##Type, &base##Type);                 \
  type_add_value(&name##Type, "__module__", interned("builtins")); \
  all_types.push_back(&name##Type);
  HOTPY_EXCEPTIONS(HOTPY_READY_EXC)
#undef HOTPY_READY_EXC
  init_exception_group_types(all_types);
  type_add_value(&BaseExceptionType, "__module__", interned("builtins"));
  type_add_getsets(&SystemExitType, {{"code", systemexit_code}});
  type_add_getsets(&StopIterationType, {{"value", first_arg_or_none}});
  type_add_getsets(&NameErrorType, {{"name", exc_name_get, exc_name_set}});
  type_add_getsets(&AttributeErrorType, {{"name", exc_name_get, exc_name_set}, {"obj", exc_obj_get, exc_obj_set}});
  type_add_getsets(&OSErrorType, {{"errno", oserror_errno}, {"strerror", oserror_strerror},
                                  {"filename", oserror_filename}, {"filename2", oserror_filename2}});
  type_add_getsets(&SyntaxErrorType, {{"msg", syntax_msg}, {"filename", syntax_filename},
                                      {"lineno", syntax_lineno}, {"offset", syntax_offset},
                                      {"text", syntax_text}, {"end_lineno", syntax_end_lineno},
                                      {"end_offset", syntax_end_offset}});
  type_add_getsets(&ImportErrorType, {{"msg", importerror_msg}});
}

}  // namespace hotpy
