// The resolver's entry point: runs its three passes (see symtable.h) and turns
// the first error into what CPython puts in a SyntaxError.
#include "resolve/resolver.h"

#include "resolve/symtable.h"

namespace hotpy {
namespace {

// The text of 1-based line [line] of [source], without its line ending.
std::string source_line(const std::string& source, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = source.find('\n', start);
    if (start == std::string::npos) return "";
    ++start;
  }
  size_t end = source.find('\n', start);
  std::string text =
      source.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
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
    info.text = source_line(unit.source, e.loc.line);
    info.text_keeps_newline = true;
    info.text_unavailable = unit.filename.empty() || unit.filename[0] == '<';
  }
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
  if (!error) return std::nullopt;
  return to_syntax_error(unit, *error);
}

}  // namespace hotpy
