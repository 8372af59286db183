// The names CPython's site module adds to builtins for interactive use: exit and
// quit, help, copyright, credits and license. They live together so that a mode
// without site (-S) can leave all of them out at once.
//
// help renders with stdlib/pydoc.py, imported on first use so that start-up pays
// nothing; this file only decides whether the text goes through a pager.
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "builtins/builtins_internal.h"
#include "modules/import.h"
#include "modules/native.h"
#include "modules/sys.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy {

namespace {

void add(DictObject* d, const char* name, Value v) { dict_set_str(d, intern(name), std::move(v)); }

// ---------------------------------------------------------------------------
// exit and quit: so `exit()` works in scripts and the REPL shows how to leave.

TypeObject QuitterType("Quitter");
struct QuitterObject : Object {
  const char* m_name;
  explicit QuitterObject(const char* name) : Object(&QuitterType), m_name(name) {}
};

Value quitter_repr(const Value& self) {
  return new_str(format("Use %s() or Ctrl-D (i.e. EOF) to exit", self.as<QuitterObject>()->m_name));
}

Value quitter_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value code[1];
  if (!bind_args(self.as<QuitterObject>()->m_name, args, nargs, kw, {"code"}, 1, code))
    return Value();
  Value exc = code[0].is_null() ? call0(Value::borrow(&SystemExitType))
                                : call1(Value::borrow(&SystemExitType), code[0]);
  if (exc.is_null()) return exc;
  return raise_value(exc);
}

// ---------------------------------------------------------------------------
// Output through the current sys.stdout and input through the builtin input(), as
// a Python-level caller would see them (a program may have replaced either).

bool write_stdout(std::string_view text) {
  Value out = sys_get(intern("stdout"));
  if (out.is_null()) {
    raise(&RuntimeErrorType, "lost sys.stdout");
    return false;
  }
  Value arg = new_str(text);
  return !call_method(out, intern("write"), &arg, 1).is_null();
}

bool flush_stdout() {
  Value out = sys_get(intern("stdout"));
  return out.is_null() || !call_method(out, intern("flush"), nullptr, 0).is_null();
}

// input(prompt) as the builtin does it; Null (with the exception) on EOF or error.
Value read_answer(const char* prompt) {
  Value builtins = import_module_level(intern("builtins"), nullptr, Value::none(), 0);
  if (builtins.is_null()) return builtins;
  Value input = get_attr(builtins, intern("input"));
  if (input.is_null()) return input;
  return call1(input, new_str(prompt));
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// ---------------------------------------------------------------------------
// copyright, credits, license: CPython's _sitebuiltins._Printer. The repr is the
// text when it is short, else how to see it; calling prints it a screenful at a time.

constexpr size_t kPrinterPageLines = 23;

const char kCopyrightText[] = "Copyright (c) 2026 the hotpy maintainers.";

const char kCreditsText[] =
    "Thanks to the CPython developers: CPython 3.11 is the reference for every behaviour\n"
    "of hotpy. hotpy is built with GNU MP, libedit, re2c, GNU Bison and GoogleTest.";

const char kLicenseText[] =
    "hotpy's license\n"
    "===============\n"
    "\n"
    "No license has been chosen for hotpy yet: its source tree has no LICENSE file\n"
    "and its README names no terms. Until the maintainers choose one, hotpy's own\n"
    "code is covered only by its copyright (type copyright to see it).\n"
    "\n"
    "hotpy is an implementation of the Python language written in C++. CPython 3.11\n"
    "is the reference for its behaviour; hotpy does not contain CPython's code.\n"
    "Python is a trademark of the Python Software Foundation.\n"
    "\n"
    "Libraries hotpy is built with\n"
    "=============================\n"
    "\n"
    "Each keeps its own license:\n"
    "\n"
    "- GNU MP (big integers; linked into the executable): GNU LGPL v3 or\n"
    "  GNU GPL v2, at the recipient's choice.\n"
    "- libedit (the REPL's line editing; a shared library): BSD 3-clause.\n"
    "- the GNU C++ library (libstdc++, linked into the executable): GNU GPL v3\n"
    "  with the GCC Runtime Library Exception.\n"
    "- re2c (the lexer generator): public domain; GNU Bison (the parser\n"
    "  generator): GNU GPL v3 with the exception for parsers it generates.\n"
    "- GoogleTest (the unit tests only, not in the executable): BSD 3-clause.";

TypeObject PrinterType("_Printer");
struct PrinterObject : Object {
  const char* m_name;
  const char* m_text;
  PrinterObject(const char* name, const char* text)
      : Object(&PrinterType), m_name(name), m_text(text) {}
};

Value printer_repr(const Value& self) {
  auto* p = self.as<PrinterObject>();
  if (split_lines(p->m_text).size() <= kPrinterPageLines) return new_str(p->m_text);
  return new_str(format("Type %s() to see the full %s text", p->m_name, p->m_name));
}

Value printer_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  auto* p = self.as<PrinterObject>();
  if (!no_keywords(p->m_name, kw) || !check_nargs(p->m_name, nargs, 0, 0)) return Value();
  std::vector<std::string_view> lines = split_lines(p->m_text);
  for (size_t shown = 0; shown < lines.size();) {
    size_t end = std::min(lines.size(), shown + kPrinterPageLines);
    for (; shown < end; shown++) {
      if (!write_stdout(lines[shown]) || !write_stdout("\n")) return Value();
    }
    if (shown == lines.size()) break;
    for (;;) {
      Value key = read_answer("Hit Return for more, or q (and Return) to quit: ");
      if (key.is_null()) return key;
      std::string_view answer = as_str(key)->view();
      if (answer == "q") return Value::none();
      if (answer.empty()) break;
    }
  }
  return Value::none();
}

// ---------------------------------------------------------------------------
// help: CPython's _sitebuiltins._Helper, rendering with stdlib/pydoc.py.

TypeObject HelperType("_Helper");

// Rows of the terminal on stdout: its size, else $LINES, else the classic 24.
int terminal_rows() {
  struct winsize size {};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) return size.ws_row;
  const char* lines = getenv("LINES");
  int rows = lines ? atoi(lines) : 0;
  return rows > 0 ? rows : 24;
}

// The pager command: $PAGER, else less when it is on PATH; empty for none.
std::string pager_command() {
  if (const char* pager = getenv("PAGER"); pager && *pager) return pager;
  const char* path = getenv("PATH");
  std::string_view dirs = path ? path : "";
  while (!dirs.empty()) {
    size_t colon = dirs.find(':');
    std::string dir(dirs.substr(0, colon));
    if (!dir.empty() && access((dir + "/less").c_str(), X_OK) == 0) return "less";
    dirs = colon == std::string_view::npos ? std::string_view() : dirs.substr(colon + 1);
  }
  return "";
}

// A screenful at a time, each followed by "-- More --": Return shows the next one,
// q (and Return) stops.
bool builtin_more(std::string_view text, int rows) {
  std::vector<std::string_view> lines = split_lines(text);
  size_t page = rows > 2 ? static_cast<size_t>(rows - 1) : 1;
  for (size_t shown = 0; shown < lines.size();) {
    size_t end = std::min(lines.size(), shown + page);
    for (; shown < end; shown++) {
      if (!write_stdout(lines[shown]) || !write_stdout("\n")) return false;
    }
    if (shown == lines.size()) break;
    Value key = read_answer("-- More --");
    if (key.is_null()) {
      if (!error_matches(&EOFErrorType)) return false;
      clear_error();
      return write_stdout("\n");
    }
    if (!as_str(key)->view().empty() && as_str(key)->view()[0] == 'q') break;
  }
  return true;
}

// pydoc.pager for hotpy: on a terminal, text longer than the screen goes through
// $PAGER, less, or the built-in pager; anything else is written as it is.
Value help_pager(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("pager", kw) || !check_nargs("pager", nargs, 1, 1)) return Value();
  if (!is_str(args[0])) return raise(&TypeErrorType, "pager() argument must be str");
  std::string_view text = as_str(args[0])->view();
  int rows = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) ? terminal_rows() : 0;
  if (rows <= 0 || split_lines(text).size() < static_cast<size_t>(rows)) {
    return write_stdout(text) ? Value::none() : Value();
  }
  if (!flush_stdout()) return Value();
  std::string command = pager_command();
  if (!command.empty()) {
    if (FILE* pipe = popen(command.c_str(), "w")) {
      fwrite(text.data(), 1, text.size(), pipe);
      if (pclose(pipe) != -1) return Value::none();
    }
  }
  return builtin_more(text, rows) ? Value::none() : Value();
}

// stdlib/pydoc.py, with its pager replaced by help_pager unless a program set its own.
Value pydoc_module() {
  Value pydoc = import_module_level(intern("pydoc"), nullptr, Value::none(), 0);
  if (pydoc.is_null()) return pydoc;
  Value current = get_attr_opt(pydoc, intern("pager"));
  Value owner = current.is_null() ? Value() : get_attr_opt(current, intern("__module__"));
  if (current.is_null() || (is_str(owner) && as_str(owner)->view() == "pydoc")) {
    if (set_attr(pydoc, intern("pager"), new_builtin("pager", help_pager)) < 0) return Value();
  }
  return pydoc;
}

Value helper_repr(const Value&) {
  return new_str("Type help() for interactive help, or help(object) for help about object.");
}

Value helper_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("help", kw) || !check_nargs("help", nargs, 0, 1)) return Value();
  Value pydoc = pydoc_module();
  if (pydoc.is_null()) return pydoc;
  Value help = get_attr(pydoc, intern("help"));
  if (help.is_null()) return help;
  // help(help) starts the interactive prompt, as CPython's does.
  if (nargs == 0 || args[0].is(self)) return call0(help);
  return call1(help, args[0]);
}

// breakpoint(*args, **kws): whatever sys.breakpointhook is now (PEP 553).
Value builtin_breakpoint(const Value* args, size_t nargs, KwNames* kw) {
  Value hook = sys_get(intern("breakpointhook"));
  if (hook.is_null()) {
    clear_error();
    return raise(&RuntimeErrorType, "lost sys.breakpointhook");
  }
  return call(hook, args, nargs, kw);
}

}  // namespace

void add_site_builtins(ModuleObject* m) {
  static std::once_flag once;
  ready_builtin_types(once, [] {
    QuitterType.tp_repr = quitter_repr;
    QuitterType.tp_call = quitter_call;
    PrinterType.tp_repr = printer_repr;
    PrinterType.tp_call = printer_call;
    HelperType.tp_repr = helper_repr;
    HelperType.tp_call = helper_call;
    for (TypeObject* type : {&QuitterType, &PrinterType, &HelperType}) {
      type->m_flags |= kWeakrefable;  // classes written in Python in CPython
      type_ready(type, &ObjectType);
      type_add_value(type, "__module__", interned("_sitebuiltins"));
    }
  });
  DictObject* d = m->m_dict;
  add(d, "exit", Value::steal(new QuitterObject("exit")));
  add(d, "quit", Value::steal(new QuitterObject("quit")));
  add(d, "copyright", Value::steal(new PrinterObject("copyright", kCopyrightText)));
  add(d, "credits", Value::steal(new PrinterObject("credits", kCreditsText)));
  add(d, "license", Value::steal(new PrinterObject("license", kLicenseText)));
  add(d, "help", Value::steal(new Object(&HelperType)));
  module_add_functions(m, {{"breakpoint", builtin_breakpoint}});
}

}  // namespace hotpy
