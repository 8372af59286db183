// The resolver's entry point: runs its three passes (see symtable.h) and turns
// the first error into what CPython puts in a SyntaxError.
#include "resolve/resolver.h"

#include <fstream>
#include <optional>

#include "resolve/symtable.h"

namespace hotpy {
namespace {

// Line [line] (1-based) of the file [filename] as it is now, without its line ending;
// none when there is no such file or line. CPython's compiler reads its errors' text
// back so (PyErr_ProgramTextObject), whatever source it compiled: compile() under a
// name that is no file ("<string>", "f.py") gives no text.
std::optional<std::string> file_line(const std::string& filename, int line, bool* newline) {
  std::ifstream in(filename, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text;
  for (int i = 1; std::getline(in, text); ++i) {
    if (i < line) continue;
    *newline = !in.eof();
    if (!text.empty() && text.back() == '\r') text.pop_back();
    return text;
  }
  return std::nullopt;
}

SyntaxErrorInfo to_syntax_error(const ast::Unit& unit, const resolver::ResolveError& e) {
  SyntaxErrorInfo info;
  info.type = e.type;
  info.msg = e.msg;
  info.filename = unit.filename;
  if (e.loc.line > 0) {
    // CPython reports compile-time errors at col_offset + 1, a byte offset: on a
    // line with non-ASCII text before the error its caret lands where ours does.
    info.line = e.loc.line;
    info.col = e.loc.col + 1;
    info.end_line = e.loc.end_line;
    info.end_col = e.loc.end_line > 0 ? e.loc.end_col + 1 : 0;
    std::optional<std::string> text = file_line(unit.filename, e.loc.line, &info.text_keeps_newline);
    info.text_unavailable = !text;
    if (text) info.text = std::move(*text);
  }
  info.artificial = e.loc.line < 0;
  return info;
}

// Future statements (CPython's future.c): only at the top of a module (after its
// docstring and other future statements), only the features CPython knows. Sets
// unit.future_annotations for PEP 563.
std::optional<resolver::ResolveError> check_future(ast::Unit& unit) {
  static const char* const kFeatures[] = {"nested_scopes",  "generators",       "division",
                                          "absolute_import", "with_statement",  "print_function",
                                          "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                          "annotations"};
  bool at_top = true;
  for (size_t i = 0; i < unit.body.size(); ++i) {
    const ast::Stmt* s = unit.body[i];
    bool is_future = s->kind == ast::Kind::ImportFrom && static_cast<const ast::ImportFrom*>(s)->level == 0 &&
                     static_cast<const ast::ImportFrom*>(s)->module == "__future__";
    if (!is_future) {
      bool docstring = i == 0 && s->kind == ast::Kind::ExprStmt &&
                       static_cast<const ast::ExprStmt*>(s)->value->kind == ast::Kind::Constant &&
                       static_cast<const ast::Constant*>(static_cast<const ast::ExprStmt*>(s)->value)->type ==
                           ast::Constant::Type::Str;
      if (!docstring) at_top = false;
      continue;
    }
    if (!at_top) return resolver::ResolveError{"from __future__ imports must occur at the beginning of the file", s->loc};
    ast::Loc start = s->loc;
    start.end_line = start.end_col = 0;  // CPython's caret is the statement's first column
    for (const ast::Alias& a : static_cast<const ast::ImportFrom*>(s)->names) {
      if (a.name == "braces") return resolver::ResolveError{"not a chance", start};
      bool known = false;
      for (const char* f : kFeatures) known = known || a.name == f;
      if (!known) return resolver::ResolveError{"future feature " + a.name + " is not defined", start};
      if (a.name == "annotations") unit.future_annotations = true;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<SyntaxErrorInfo> resolve(ast::Unit& unit) {
  if (std::optional<resolver::ResolveError> e = check_future(unit)) return to_syntax_error(unit, *e);
  resolver::BindResult bound = resolver::bind(unit);
  std::optional<resolver::ResolveError> error = std::move(bound.error);
  if (!error) error = resolver::classify(*bound.module);
  if (!error) error = resolver::check(unit, *bound.module);
  if (!error) {
    resolver::link_operands(unit);
    return std::nullopt;
  }
  return to_syntax_error(unit, *error);
}

}  // namespace hotpy
