// The loaders: the native table's (BuiltinImporter) and the source file loader, in C++
// (import.h's Loader, which import, reload, __main__ and exec_file run code through) and
// as the objects programs see as __loader__ and __spec__.loader, whose exec_module is
// the same C++ one.
#include <cerrno>
#include <mutex>

#include "eval/config.h"
#include "eval/eval.h"
#include "modules/hotreload.h"
#include "modules/import.h"
#include "modules/io.h"
#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/module.h"
#include "objects/ops.h"
#include "parse/source_file.h"
#include "resolve/compile.h"

namespace hotpy {

// Shared by every interpreter: the types hold no state of one.
TypeObject BuiltinImporterType("BuiltinImporter");
TypeObject SourceFileLoaderType("SourceFileLoader");

void import_verbose(const std::string& line) {
  Value err = std_stream(2);
  if (!is_file(err) || !file_write_text(as_file(err), line + "\n")) clear_error();
}

// ---------------------------------------------------------------------------
// The builtin loader: the native table's function makes the module whole.

static Value builtin_loader_object(const ModuleSpec&) { return builtin_importer(); }
static Value create_native_module(const ModuleSpec& spec) { return spec.native->create(); }
static bool exec_native_module(const Value&, const ModuleSpec&, bool*) { return true; }
const Loader kBuiltinLoader = {"<hotpy built-in module>", builtin_loader_object,
                               create_native_module, exec_native_module};

Value builtin_importer() { return Value::borrow(&BuiltinImporterType); }

// BuiltinImporter.create_module(spec), a classmethod: the native module spec.name names.
static Value builtin_create_module(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("create_module", kw) || !check_nargs("create_module", nargs - 1, 1, 1))
    return Value();
  Value name = get_attr(args[1], intern("name"));
  if (name.is_null()) return name;
  if (!is_str(name)) return raise(&TypeErrorType, "spec.name must be str");
  ModuleSpec spec;
  spec.name = as_str(name)->m_data;
  spec.native = find_native_module(spec.name);
  if (!spec.native)
    return raise_import_error(&ImportErrorType, "no built-in module named " + spec.name, spec.name);
  return create_native_module(spec);
}

// BuiltinImporter.exec_module(module), a classmethod: a native module is whole already.
static Value builtin_exec_module(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("exec_module", kw) || !check_nargs("exec_module", nargs - 1, 1, 1))
    return Value();
  return Value::none();
}

// ---------------------------------------------------------------------------
// The source file loader: the file is read again every time (no cached parse and no
// timestamp check, so an edit within the same second is seen), compiled, and run in
// the module's namespace.

static bool is_package_file(const std::string& path) {
  size_t slash = path.rfind('/');
  return path.compare(slash == std::string::npos ? 0 : slash + 1, std::string::npos,
                      "__init__.py") == 0;
}

static Value source_loader_object(const ModuleSpec& spec) {
  Value loader = Value::steal(new InstanceObject(&SourceFileLoaderType));
  if (set_attr(loader, intern("name"), new_str(spec.name)) < 0 ||
      set_attr(loader, intern("path"), new_str(spec.origin)) < 0)
    return Value();
  return loader;
}

static Value create_source_module(const ModuleSpec& spec) { return new_module(spec.name); }

static bool exec_source_module(const Value& module, const ModuleSpec& spec, bool* unreadable) {
  std::string source;
  if (!read_source_file(spec.origin, source)) {
    raise_os_error(errno, new_str(spec.origin));
    *unreadable = true;
    return false;
  }
  if (spec.skip_first_line) {
    // -x: the first line's text goes, its newline stays (tracebacks keep the file's numbers).
    size_t newline = source.find('\n');
    source.erase(0, newline == std::string::npos ? source.size() : newline);
  }
  if (runtime_config().verbose && !spec.is_script)
    import_verbose("# code object from " + spec.origin);
  // A module (not a script) remembers what it ran, for hotreload: a reload that fails
  // counts as run too, so polling retries it after the next edit, not at every poll.
  SourceRecord* ran = spec.is_script ? nullptr : &record_source_run(spec.name, spec.origin, source);
  auto unit = compile_source(std::move(source), spec.origin, ast::Mode::File, spec.is_script);
  if (ran && unit) ran->unit = unit;  // a SyntaxError ran nothing: the namespace is still the last unit's
  return unit && !run_unit(unit, module.as<ModuleObject>()->m_dict).is_null();
}

const Loader kSourceFileLoader = {"<hotpy source file loader>", source_loader_object,
                                  create_source_module, exec_source_module};

// The loader's name and path as a spec; with `fullname` (a module's name), CPython's
// _check_name: a loader only handles the module it was made for.
static bool source_loader_spec(const Value& self, const Value& fullname, ModuleSpec* spec) {
  Value name = get_attr(self, intern("name"));
  Value path = name.is_null() ? name : get_attr(self, intern("path"));
  if (path.is_null()) return false;
  if (!is_str(name) || !is_str(path)) {
    raise(&TypeErrorType, "a loader's name and path must be str");
    return false;
  }
  if (!fullname.is_null() && !fullname.is_none() &&
      !(is_str(fullname) && as_str(fullname)->m_data == as_str(name)->m_data)) {
    std::string asked = is_str(fullname) ? as_str(fullname)->m_data : repr_text(fullname);
    raise_import_error(&ImportErrorType,
                       "loader for " + as_str(name)->m_data + " cannot handle " + asked, asked);
    return false;
  }
  *spec = spec_from_file(as_str(name)->m_data, as_str(path)->m_data);
  spec->is_package = is_package_file(spec->origin);
  return true;
}

// SourceFileLoader(fullname, path)
static int source_loader_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("SourceFileLoader", args, nargs, kw, {"fullname", "path"}, 2, a)) return -1;
  if (a[0].is_null() || a[1].is_null()) {
    raise(&TypeErrorType,
          format("FileLoader.__init__() missing %d required positional argument%s: %s",
                 a[0].is_null() ? 2 : 1, a[0].is_null() ? "s" : "",
                 a[0].is_null() ? "'fullname' and 'path'" : "'path'"));
    return -1;
  }
  return set_attr(self, intern("name"), a[0]) < 0 || set_attr(self, intern("path"), a[1]) < 0 ? -1
                                                                                              : 0;
}

static Value source_loader_new(TypeObject* type, const Value*, size_t, KwNames*) {
  return Value::steal(new InstanceObject(type));
}

// create_module(spec): None, the default module.
static Value source_create_module(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("create_module", kw) || !check_nargs("create_module", nargs - 1, 1, 1))
    return Value();
  return Value::none();
}

// exec_module(module): reads, compiles and runs the file in the module's namespace.
static Value source_exec_module(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("exec_module", kw) || !check_nargs("exec_module", nargs - 1, 1, 1))
    return Value();
  if (!is_module(args[1])) return raise(&TypeErrorType, "exec_module() argument must be a module");
  Value name = get_attr(args[1], intern("__name__"));
  ModuleSpec spec;
  if (name.is_null() || !source_loader_spec(args[0], name, &spec)) return Value();
  return exec_module(args[1], spec) ? Value::none() : Value();
}

// get_filename(name=None): the path.
static Value source_get_filename(const Value* args, size_t nargs, KwNames* kw) {
  Value a[1];
  if (!bind_args("get_filename", args + 1, nargs - 1, kw, {"name"}, 1, a)) return Value();
  ModuleSpec spec;
  if (!source_loader_spec(args[0], a[0], &spec)) return Value();
  return new_str(spec.origin);
}

// is_package(fullname): the file is a package's __init__.py.
static Value source_is_package(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("is_package", kw) || !check_nargs("is_package", nargs - 1, 1, 1)) return Value();
  ModuleSpec spec;
  if (!source_loader_spec(args[0], args[1], &spec)) return Value();
  std::string tail = spec.name.substr(spec.name.rfind('.') + 1);
  return Value::boolean(spec.is_package && tail != "__init__");
}

static void ready_loader_types();
void init_loader_types() {
  static std::once_flag once;  // the types are shared: made ready once per process
  ready_builtin_types(once, ready_loader_types);
}

static void ready_loader_types() {
  BuiltinImporterType.m_qualname = "BuiltinImporter";
  // Classes written in Python in CPython: weakly referenceable.
  BuiltinImporterType.m_flags |= kWeakrefable;
  SourceFileLoaderType.m_flags |= kWeakrefable;
  type_ready(&BuiltinImporterType, &ObjectType);
  type_add_value(&BuiltinImporterType, "__module__", interned("_frozen_importlib"));
  type_add_value(
      &BuiltinImporterType, "create_module",
      Value::steal(new ClassMethodObject(new_builtin("create_module", builtin_create_module))));
  type_add_value(
      &BuiltinImporterType, "exec_module",
      Value::steal(new ClassMethodObject(new_builtin("exec_module", builtin_exec_module))));
  SourceFileLoaderType.m_qualname = "SourceFileLoader";
  SourceFileLoaderType.tp_new = source_loader_new;
  SourceFileLoaderType.tp_init = source_loader_init;
  SourceFileLoaderType.tp_getattr = generic_getattr;
  SourceFileLoaderType.tp_setattr = generic_setattr;
  type_ready(&SourceFileLoaderType, &ObjectType,
             {{"create_module", source_create_module},
              {"exec_module", source_exec_module},
              {"get_filename", source_get_filename},
              {"is_package", source_is_package}});
  type_add_value(&SourceFileLoaderType, "__module__", interned("_frozen_importlib_external"));
}

// ---------------------------------------------------------------------------
// The protocol's two steps, for every loader.

Value module_from_spec(const ModuleSpec& spec) {
  Value module = spec.loader->create_module(spec);
  if (!module.is_null()) init_module_attrs(module, spec);
  return module;
}

bool exec_module(const Value& module, const ModuleSpec& spec, bool* unreadable) {
  bool ignored = false;
  if (!unreadable) unreadable = &ignored;
  *unreadable = false;
  return spec.loader->exec_module(module, spec, unreadable);
}

}  // namespace hotpy
