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

}  // namespace

std::optional<SyntaxErrorInfo> resolve(ast::Unit& unit) {
  resolver::BindResult bound = resolver::bind(unit);
  std::optional<resolver::ResolveError> error = std::move(bound.error);
  if (!error) error = resolver::classify(*bound.module);
  if (!error) error = resolver::check(unit, *bound.module);
  if (!error) return std::nullopt;
  return to_syntax_error(unit, *error);
}

}  // namespace hotpy
