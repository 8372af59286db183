// The builtin exception hierarchy, as classes; instances carry args, the
// traceback collected while unwinding, and the cause/context chain.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "objects/object.h"
#include "objects/gc.h"

namespace hotpy {

namespace ast {
struct Unit;
struct Scope;
}  // namespace ast

// One frame an exception passed through, recorded as it unwinds: where, for printing,
// and what a frame object for it needs should __traceback__ be read after the frame
// has returned (eval/traceback_object.cpp makes those objects only then).
struct TraceEntry {
  std::shared_ptr<ast::Unit> unit;    // its filename is shown; null: "<unknown>"
  const ast::Scope* scope = nullptr;  // the code block, whose name is shown
  int line = 0;
  // Where on the line the failing expression is (0-based byte columns; -1 when
  // unknown), for CPython 3.11's carets. For a binary operation `split1`/`split2`
  // are the end of the left and start of the right operand; for a subscription
  // split1 is the end of the subscripted value.
  int col = -1, end_col = -1, split1 = -1, split2 = -1;
  // end_col of an expression that goes on to later lines: marked to the end of this one.
  static constexpr int kToLineEnd = 1 << 30;
  // The activation (Frame::serial) and its caller's: one frame object per activation.
  uint64_t serial = 0, back_serial = 0;
  Value globals, func;          // the frame's globals and function
  Value frame;                  // its frame object, when it had one already
};

struct BaseExceptionObject : GcObject {
  Value m_args;                       // a tuple
  // The frames passed through since m_tb_head: innermost first, the latest (the
  // outermost) last. Reading __traceback__ turns them into traceback objects.
  std::vector<TraceEntry> m_traceback;
  Value m_tb_head;                    // the traceback object they continue, or Null
  Value m_cause, m_context;           // Null when absent
  bool m_suppress_context = false;
  // The activation (Frame::serial) whose traceback entry was added last: an
  // exception gets one entry per frame it passes through (eval/traceback.cpp).
  uint64_t m_tb_serial = 0;
  DictObject* m_dict = nullptr;
  // NameError and AttributeError: .name and .obj (Null reads as None), and for a
  // NameError the close name its traceback offers, found when it was raised.
  // OSError: filename and filename2. BaseExceptionGroup: message and exceptions.
  Value m_name, m_obj, m_suggestion;
  explicit BaseExceptionObject(TypeObject* type);
  ~BaseExceptionObject() override;
  void traverse(Visitor, void*) override;
  void clear() override;
  DictObject** instance_dict() override { return &m_dict; }
};

inline bool is_exception(const Value& v) {
  return v.is_obj() && (v.type()->m_flags & kExceptionSubclass);
}
inline BaseExceptionObject* as_exception(const Value& v) { return v.as<BaseExceptionObject>(); }

// X-macro of the builtin exceptions: (Name, Base). ORDER: a base precedes its subclasses.
#define HOTPY_EXCEPTIONS(X)                                        \
  X(Exception, BaseException)                                      \
  X(SystemExit, BaseException)                                     \
  X(KeyboardInterrupt, BaseException)                              \
  X(GeneratorExit, BaseException)                                  \
  X(StopIteration, Exception)                                      \
  X(ArithmeticError, Exception)                                    \
  X(ZeroDivisionError, ArithmeticError)                            \
  X(OverflowError, ArithmeticError)                                \
  X(FloatingPointError, ArithmeticError)                           \
  X(AssertionError, Exception)                                     \
  X(AttributeError, Exception)                                     \
  X(BufferError, Exception)                                        \
  X(EOFError, Exception)                                           \
  X(ImportError, Exception)                                        \
  X(ModuleNotFoundError, ImportError)                              \
  X(LookupError, Exception)                                        \
  X(IndexError, LookupError)                                       \
  X(KeyError, LookupError)                                         \
  X(MemoryError, Exception)                                        \
  X(NameError, Exception)                                          \
  X(UnboundLocalError, NameError)                                  \
  X(OSError, Exception)                                            \
  X(FileNotFoundError, OSError)                                    \
  X(FileExistsError, OSError)                                      \
  X(PermissionError, OSError)                                      \
  X(IsADirectoryError, OSError)                                    \
  X(NotADirectoryError, OSError)                                   \
  X(BlockingIOError, OSError)                                      \
  X(ChildProcessError, OSError)                                    \
  X(ConnectionError, OSError)                                      \
  X(BrokenPipeError, ConnectionError)                              \
  X(ConnectionAbortedError, ConnectionError)                       \
  X(ConnectionRefusedError, ConnectionError)                       \
  X(ConnectionResetError, ConnectionError)                         \
  X(InterruptedError, OSError)                                     \
  X(ProcessLookupError, OSError)                                   \
  X(TimeoutError, OSError)                                         \
  X(ReferenceError, Exception)                                     \
  X(RuntimeError, Exception)                                       \
  X(NotImplementedError, RuntimeError)                             \
  X(RecursionError, RuntimeError)                                  \
  X(StopAsyncIteration, Exception)                                 \
  X(SyntaxError, Exception)                                        \
  X(IndentationError, SyntaxError)                                 \
  X(TabError, IndentationError)                                    \
  X(SystemError, Exception)                                        \
  X(TypeError, Exception)                                          \
  X(ValueError, Exception)                                         \
  X(UnicodeError, ValueError)                                      \
  X(UnicodeDecodeError, UnicodeError)                              \
  X(UnicodeEncodeError, UnicodeError)                              \
  X(UnicodeTranslateError, UnicodeError)                           \
  X(Warning, Exception)                                            \
  X(UserWarning, Warning)                                          \
  X(DeprecationWarning, Warning)                                   \
  X(RuntimeWarning, Warning)                                       \
  X(PendingDeprecationWarning, Warning)                            \
  X(SyntaxWarning, Warning)                                        \
  X(FutureWarning, Warning)                                        \
  X(ImportWarning, Warning)                                        \
  X(UnicodeWarning, Warning)                                       \
  X(BytesWarning, Warning)                                         \
  X(ResourceWarning, Warning)                                      \
  X(EncodingWarning, Warning)

extern TypeObject BaseExceptionType;
#define HOTPY_DECLARE_EXC(name, base) extern TypeObject name##Type;
HOTPY_EXCEPTIONS(HOTPY_DECLARE_EXC)
#undef HOTPY_DECLARE_EXC

// PEP 654 (exception_group.cpp).
extern TypeObject BaseExceptionGroupType, ExceptionGroupType;
bool is_exception_group(const Value& v);
void init_exception_group_types(std::vector<TypeObject*>& registry);
// except*: the part of exc that a handler for `type` takes (match) and the part it
// leaves (rest), each Null when empty; a naked exception that matches comes as a
// group of one. False with an exception set.
bool exception_group_match(const Value& exc, const Value& type, Value& match, Value& rest);
// except*: what goes on after the handlers of a try whose body raised orig, given
// what each handler raised and the rest no handler took (excs, in that order): the
// re-raised parts in orig's shape, grouped with anything newly raised; None when
// nothing goes on, Null with an exception set.
Value reraise_star(const Value& orig, const std::vector<Value>& excs);
// exc.__traceback__ (None when it has none) and its assignment (0, or -1 with
// TypeError), set by the evaluator, which owns traceback objects.
extern Value (*exception_traceback)(BaseExceptionObject* e);
extern int (*set_exception_traceback)(BaseExceptionObject* e, const Value& tb);

// Makes an instance of exception class `type` with args (msg,).
Value new_exception(TypeObject* type, std::string_view msg);
// Raises AttributeError(msg) with .name and .obj set, as CPython's lookups do (its
// traceback then suggests a close attribute of obj).
Value raise_attribute_error(const Value& obj, StrObject* name, std::string_view msg);
// str(exc) as CPython: "", the single arg's str, or the args tuple's repr (KeyError: repr).
std::string exception_message(const Value& exc);
// Each builtin exception class in registration order, for the builtins module.
const std::vector<TypeObject*>& builtin_exception_types();

}  // namespace hotpy
