// Callables: functions written in Python, native functions, bound methods, and the
// descriptors that make methods (staticmethod, classmethod, property), plus cells.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "objects/object.h"
#include "objects/gc.h"
#include "objects/str.h"

namespace hotpy {

// A variable captured by an inner function (ast::NameScope::Deref).
struct CellObject : GcObject {
  Value m_value;  // Null while unbound
  explicit CellObject(Value v = Value());
  void traverse(Visitor, void*) override;
  void clear() override;
};
extern TypeObject CellType;

// A function defined by `def` or `lambda`: code (AST) + the environment it needs.
// What a call reads comes first, beside the object's header: with the object aligned
// to a cache line, a call touches two lines of it (a call of a function that is not in
// the cache waits for each line it touches).
struct alignas(64) FunctionObject : GcObject {
  // What a call needs to know, read once per call instead of from the scope and body
  // (set_call_shape derives them, and every writer of m_scope, m_params, m_body calls it):
  // the positional argument count a direct call takes (-1: none, e.g. a generator), the
  // frame's slot count (m_scope->nslots), kNeedsCells, kIsGenerator, and the body's statement when the
  // body is one `return expr` (a getter, a small helper: it runs without a statement
  // loop, and a call reaches it without reading the body's vector, a cache line of its
  // own away from the nodes), else null.
  int32_t m_direct_nargs = -1;
  uint32_t m_nslots = 0;
  uint8_t m_entry = 0;
  enum : uint8_t { kNeedsCells = 1, kIsGenerator = 2 };
  int m_first_line = 0;
  const ast::Scope* m_scope;
  const ast::StmtList* m_body = nullptr;  // def
  const ast::Stmt* m_return_at_once = nullptr;
  DictObject* m_globals;                  // the defining module's dict (owned ref)
  const ast::Expr* m_expr = nullptr;      // lambda: the returned expression
  std::shared_ptr<ast::Unit> m_unit;  // keeps the AST alive (old code after a reload)
  // Units of code replaced by f.__code__ = ...: a call still running the old body reads them.
  std::vector<std::shared_ptr<ast::Unit>> m_replaced_units;
  const ast::Arguments* m_params;
  // Parameters are plain positional ones (no defaults needed, no *, **, keyword-only):
  // a call with exactly m_nparams positional arguments copies them straight into slots.
  bool m_simple_params = false;
  uint32_t m_nparams = 0;
  int m_decorated_line = 0;               // a decorated def: its first decorator's line (co_firstlineno)
  std::vector<Value> m_defaults;          // for the last positional parameters
  std::vector<Value> m_kwdefaults;        // parallel to params->kwonlyargs; Null = required
  std::vector<Value> m_closure;           // Cells, parallel to scope->free_slots
  Value m_name, m_qualname, m_doc, m_module;
  Value m_annotations;                    // __annotations__ (a dict), made on demand
  Value m_code;                           // __code__, made on first use or assigned; Null before
  DictObject* m_dict = nullptr;           // function attributes, made on demand
  FunctionObject();
  ~FunctionObject() override;
  void traverse(Visitor, void*) override;
  void clear() override;
  DictObject** instance_dict() override { return &m_dict; }
};
extern TypeObject FunctionType;
// Derives m_nparams, m_simple_params, m_direct_nargs, m_nslots, m_entry and m_return_at_once from
// m_scope, m_params, m_body.
void set_call_shape(FunctionObject* f);

// A function implemented in C++. When m_self is set (a method of a builtin type
// bound to its object, or a module function), it is passed as args[0].
struct BuiltinFunctionObject : GcObject {
  const char* m_name;
  NativeFn m_fn;
  Value m_self;
  Value m_module;  // the defining module's name (a str) for a module's function; __module__
  BuiltinFunctionObject(const char* name, NativeFn fn, Value self = Value());
  void traverse(Visitor, void*) override;
};
extern TypeObject BuiltinFunctionType;
Value new_builtin(const char* name, NativeFn fn, Value self = Value());
// Builtins the evaluator computes at the call node (as CPython specialises their calls),
// marked in the function object's Object::m_kind_bits by the builtins module.
enum BuiltinInline : uint8_t { kBuiltinNotInline = 0, kBuiltinLen = 1, kBuiltinIsInstance = 2 };
// Likewise for methods of builtin types, in the MethodDescrObject's m_kind_bits.
enum MethodInline : uint8_t { kMethodNotInline = 0, kMethodListAppend = 1, kMethodListPop = 2, kMethodDictGet = 3 };

// A method of a builtin type as stored in the type's dict: binds to an instance on
// attribute access (becomes a BuiltinFunctionObject with m_self).
struct MethodDescrObject : GcObject {
  const char* m_name;
  NativeFn m_fn;
  TypeObject* m_owner;
  MethodDescrObject(const char* name, NativeFn fn, TypeObject* owner);
};
extern TypeObject MethodDescrType;

// A Python function bound to an instance.
struct MethodObject : GcObject {
  Value m_func;
  Value m_self;
  MethodObject(Value func, Value self);
  void traverse(Visitor, void*) override;
  void clear() override;
};
extern TypeObject MethodType;
Value new_method(const Value& func, const Value& self);

// staticmethod and classmethod objects (and instances of property subclasses) have
// an attribute dict, as in CPython (the wrappers copy __name__, __doc__, ... of what
// they wrap into it).
struct WrapperWithDict : GcObject {
  DictObject* m_dict = nullptr;
  using GcObject::GcObject;
  ~WrapperWithDict() override;
  DictObject** instance_dict() override { return &m_dict; }
};
struct StaticMethodObject : WrapperWithDict {
  Value m_func;
  explicit StaticMethodObject(Value f);
  void traverse(Visitor, void*) override;
  void clear() override;
};
struct ClassMethodObject : WrapperWithDict {
  Value m_func;
  explicit ClassMethodObject(Value f);
  void traverse(Visitor, void*) override;
  void clear() override;
};
extern TypeObject PropertyType;
struct PropertyObject : WrapperWithDict {
  Value m_get, m_set, m_del, m_doc;
  Value m_name;  // the class attribute it was bound to (__set_name__), for messages
  PropertyObject();
  void traverse(Visitor, void*) override;
  void clear() override;
  // Only a subclass's instances have an attribute dict (a property has none).
  DictObject** instance_dict() override { return m_type == &PropertyType ? nullptr : &m_dict; }
};
extern TypeObject StaticMethodType;
extern TypeObject ClassMethodType;

extern TypeObject SuperType;
// The `__new__` of a builtin type as a callable (installed as a staticmethod).
Value new_builtin_new(TypeObject* type);
// Set by the evaluator: finds the class and first argument of the running method
// for a zero-argument super().
extern bool (*zero_arg_super)(Value* type, Value* obj);
// Set by the evaluator: the globals of the running Python code (Null outside any),
// where type(name, bases, ns) finds the __module__ of the class it makes.
extern DictObject* (*running_globals)();

// A function's code object (f.__code__, objects/code.cpp): its parameters and names.
extern TypeObject CodeType;
Value new_code(const FunctionObject* f);
// A generator expression's code object (gi_code): its name, qualified name and line.
Value new_comprehension_code(std::shared_ptr<ast::Unit> unit, const ast::Scope* scope, int line);
// compile()'s result: a code object that runs a whole unit (module, expression, input).
Value new_unit_code(std::shared_ptr<ast::Unit> unit);
// The code of a block that runs in no function of its own (a class body, a
// comprehension), for frame objects; the unit's code for its module scope.
Value new_block_code(std::shared_ptr<ast::Unit> unit, const ast::Scope* scope);
// f.__code__ = code: the function runs the code's body from its next call (the
// closure must have as many cells as the code has free variables). 0, or -1 raised.
int function_set_code(FunctionObject* f, const Value& code);
// FunctionType's constructor (code.cpp).
Value function_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw);
// The unit a compile() code object runs; null for a function's code or a non-code.
std::shared_ptr<ast::Unit> code_unit(const Value& v);

// Calls a Python function: binds arguments to a new frame and runs the body
// (eval/call.cpp).
Value call_function(FunctionObject* f, const Value* args, size_t nargs, KwNames* kw);

}  // namespace hotpy
