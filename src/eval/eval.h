// The evaluator's entry points: run a resolved Unit in a namespace, and the hooks
// the builtins need from the running interpreter (globals(), eval(), exec()...).
#pragma once
#include <memory>
#include <string>

#include "ast/ast.h"
#include "objects/dict.h"

namespace hotpy {

struct Frame;

// Runs a module-level unit (Mode::File or Interactive) with `globals` as its
// namespace (and `locals`, when not null, as a separate namespace for exec()).
// Returns None, or Null with the exception pending. In Interactive mode the value
// of each expression statement is passed to sys.displayhook (echo + `_`).
Value run_unit(const std::shared_ptr<ast::Unit>& unit, DictObject* globals, Object* locals = nullptr);

// Evaluates a Mode::Eval unit: the value of its expression.
Value eval_unit(const std::shared_ptr<ast::Unit>& unit, DictObject* globals, Object* locals = nullptr);

// The namespace of the running frame: globals() and locals().
DictObject* current_globals();
Value current_locals();  // a dict (a snapshot of the slots inside functions)
Value frame_locals(const Frame* f);  // a function frame's bound slots, as a new dict
// A name in the frame's locals namespace (exec() or a class body): an exact dict is
// read directly, any other mapping through __getitem__, as CPython's LOAD_NAME.
// Null with no error when absent.
Value locals_get(const Frame* f, StrObject* name);
bool locals_set(const Frame* f, StrObject* name, const Value& v);
// Deletes a name from a locals mapping that is not a dict; false with NameError when absent.
bool locals_del(const Frame* f, StrObject* name);

// The builtins module's dict (eval/interp.cpp keeps it; builtins.cpp fills it).
DictObject* builtins_dict();
void set_builtins_dict(DictObject* d);

// At exit: ends a line that a Python 2 `print x,` left open, as Python 2 does.
void end_print_statements();

// Prints `exc` with its traceback and chained causes to sys.stderr, CPython 3.11 style.
void print_exception(const Value& exc);
// CPython's PyErr_WriteUnraisable: the pending exception (cleared) goes to
// sys.unraisablehook, whose default writes "Exception ignored in: <repr of obj>" and
// the traceback to sys.stderr. `where` (CPython's _PyErr_WriteUnraisableMsg) makes the
// message "Exception ignored <where>", e.g. "in atexit callback".
void write_unraisable_exception(const Value& obj, const char* where = nullptr);
// sys.__unraisablehook__'s output, for the hook's fields (Null counts as None).
void write_unraisable_default(const Value& type, const Value& value, const Value& tb, const Value& err_msg,
                              const Value& obj);
// Installed by sys (modules/sys.cpp): hands the exception to sys.unraisablehook.
extern void (*dispatch_unraisable)(const Value& exc, const Value& err_msg, const Value& obj);
// The text print_exception writes (an embedding host's hotpy::Error::traceback()).
std::string format_exception(const Value& exc);
// Writes through sys.stderr, as tracebacks do (stderr itself when sys.stderr is gone).
void write_stderr_text(const std::string& text);

}  // namespace hotpy
