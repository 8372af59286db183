// The front end's entry point (parse.h): source text in, an AST Unit or
// CPython's SyntaxError out. One driver for every mode: files, eval() input and
// REPL inputs, where "not finished yet" is told apart from "wrong".
#include "parse/parse.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "parse/lexer.h"
#include "parse/parse_context.h"
#include "parse/token_filter.h"
#include "parser.hpp"

namespace hotpy {

namespace {

using frontend::RawError;
using T = frontend::Parser::token;

// Universal newlines, as CPython reads source: "\r\n" and "\r" become "\n".
void normalize_newlines(std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  s = std::move(out);
}

std::string_view line_of(const std::string& src, int line) {
  if (line < 1) return {};
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find('\n', start);
    if (nl == std::string::npos) return {};
    start = nl + 1;
  }
  size_t end = src.find('\n', start);
  if (end == std::string::npos) end = src.size();
  return std::string_view(src).substr(start, end - start);
}

// RawError columns count bytes; CPython's offsets count characters.
int char_offset(std::string_view text, int byte_offset) {
  if (byte_offset <= 0) return 0;
  size_t n = static_cast<size_t>(byte_offset - 1);
  size_t within = std::min(n, text.size());
  int chars = 0;
  for (size_t i = 0; i < within; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) ++chars;
  return chars + 1 + static_cast<int>(n - within);
}

SyntaxErrorInfo finish(const RawError& e, const std::string& src, const std::string& filename) {
  SyntaxErrorInfo info;
  info.type = e.type;
  info.msg = e.msg;
  info.filename = filename;
  info.line = e.line;
  std::string_view text = e.has_text_override ? std::string_view(e.text_override)
                                              : line_of(src, e.line);
  info.text = std::string(text);
  info.col = char_offset(text, e.col);
  info.end_line = e.end_line;
  if (e.end_col > 0) {
    std::string_view end_text = (e.end_line == e.line || e.has_text_override)
                                    ? text
                                    : line_of(src, e.end_line);
    info.end_col = char_offset(end_text, e.end_col);
  }
  info.text_keeps_newline = !(e.tokenizer && !e.never_closed) && !e.has_text_override &&
                            (e.end_line == 0 || e.end_line == e.line);
  return info;
}

// NUL bytes and text that is not UTF-8 stop everything before lexing, as in
// CPython (which would need a coding declaration for other encodings).
std::optional<RawError> check_source(const std::string& s) {
  const char* begin = s.data();
  const char* p = begin;
  const char* end = p + s.size();
  auto line_at = [&](const char* q) { return 1 + static_cast<int>(std::count(begin, q, '\n')); };
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  while (p < end) {
    // Plain ASCII without NULs, 8 bytes at a time: no high bit, no zero byte.
    uint64_t v;
    if (end - p >= 8 && (std::memcpy(&v, p, 8), !(v & kHighs) && !((v - kOnes) & ~v & kHighs))) {
      p += 8;
      continue;
    }
    auto c = static_cast<unsigned char>(*p);
    if (c == 0) {
      RawError e;
      e.msg = "source code cannot contain null bytes";
      e.line = e.end_line = line_at(p);
      return e;
    }
    if (c < 0x80) {
      ++p;
      continue;
    }
    uint32_t cp;
    int n = frontend::utf8_decode(p, end, &cp);
    if (n == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      RawError e;
      int line = line_at(p);
      e.msg = std::string("Non-UTF-8 code starting with '") + hex + "' on line " +
              std::to_string(line) +
              ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
      e.line = e.end_line = line;
      return e;
    }
    p += n;
  }
  return std::nullopt;
}

// PEP 263: a coding declaration on one of the first two lines. UTF-8 is the
// default; Latin-1 and Windows-1252 are transcoded to UTF-8, the form the lexer
// reads. Other encodings are taken as UTF-8 if the bytes allow it.
std::string declared_encoding(const std::string& s) {
  size_t line_start = 0;
  for (int line = 0; line < 2 && line_start < s.size(); ++line) {
    size_t end = s.find('\n', line_start);
    if (end == std::string::npos) end = s.size();
    std::string_view text(s.data() + line_start, end - line_start);
    size_t i = text.find_first_not_of(" \t\f");
    if (i == std::string_view::npos || text[i] != '#') {
      if (i != std::string_view::npos) break;  // code before any declaration
      line_start = end + 1;
      continue;
    }
    size_t c = text.find("coding", i);
    if (c != std::string_view::npos && c + 6 < text.size() &&
        (text[c + 6] == ':' || text[c + 6] == '=')) {
      size_t j = c + 7;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
      std::string name;
      for (; j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) ||
                                 text[j] == '-' || text[j] == '_' || text[j] == '.');
           ++j)
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[j]) == '_'
                                                   ? '-'
                                                   : static_cast<unsigned char>(text[j])));
      return name;
    }
    line_start = end + 1;
  }
  return "utf-8";
}

void transcode_8bit(std::string& s, bool cp1252) {
  // Windows-1252's 0x80-0x9F (0 where it leaves a byte undefined).
  static constexpr uint16_t kCp1252[32] = {
      0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
      0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (unsigned char c : s) {
    uint32_t cp = c;
    if (cp1252 && c >= 0x80 && c < 0xa0 && kCp1252[c - 0x80]) cp = kCp1252[c - 0x80];
    frontend::utf8_append(out, cp);
  }
  s = std::move(out);
}

bool is_compound(const ast::Stmt* s) {
  switch (s->kind) {
    case ast::Kind::If: case ast::Kind::While: case ast::Kind::For: case ast::Kind::Try:
    case ast::Kind::With: case ast::Kind::FunctionDef: case ast::Kind::ClassDef:
    case ast::Kind::Match:
      return true;
    default:
      return false;
  }
}

}  // namespace

void transcode_declared_encoding(std::string& source) {
  std::string encoding = declared_encoding(source);
  if (encoding == "latin-1" || encoding == "iso-8859-1" || encoding == "iso-latin-1" ||
      encoding == "latin1" || encoding == "l1" || encoding == "iso8859-1")
    transcode_8bit(source, false);
  else if (encoding == "cp1252" || encoding == "windows-1252")
    transcode_8bit(source, true);
}

ParseResult parse(std::string source, std::string filename, ast::Mode mode) {
  ParseResult result;
  auto unit = std::make_unique<ast::Unit>();
  unit->filename = filename;
  unit->mode = mode;
  if (source.size() >= 3 && std::memcmp(source.data(), "\xEF\xBB\xBF", 3) == 0)
    source.erase(0, 3);
  if (source.find('\r') != std::string::npos) normalize_newlines(source);
  transcode_declared_encoding(source);
  unit->source = std::move(source);
  const std::string& src = unit->source;
  if (auto bad = check_source(src)) {
    result.error = finish(*bad, src, filename);
    return result;
  }
  // About one node per 8 bytes of typical source: one allocation up front.
  unit->nodes.reserve(src.size() / 8 + 16);

  frontend::Lexer lexer(src);
  frontend::TokenFilter filter(lexer, mode);
  frontend::ParseContext ctx(*unit, filter, mode);
  frontend::Parser parser(ctx);
  bool ok = parser.parse() == 0 && !ctx.error();
  bool blank_end = filter.ended_by_blank_line();
  if (ok) {
    // A REPL compound statement is finished only by an empty line.
    if (mode == ast::Mode::Interactive && !blank_end && !unit->body.empty() &&
        is_compound(unit->body.front()))
      result.incomplete = true;
    result.unit = std::move(unit);
    return result;
  }
  RawError err = ctx.error() ? *ctx.error() : frontend::error_at_token(ctx.lookahead(), "invalid syntax");
  bool from_lexer = ctx.lookahead().kind == T::TOK_YYerror;
  // As CPython's codeop: an error met only at the end of the input (an open
  // bracket or string, a header whose block has not started, a try without its
  // handler yet) asks for another line, unless an empty line ended the input.
  if (mode == ast::Mode::Interactive && !blank_end &&
      ((from_lexer && err.at_eof) || (!from_lexer && filter.made_by_input_end(ctx.lookahead()))))
    result.incomplete = true;
  if (!from_lexer) {
    // A tokenizer error further on wins over a parser error (CPython scans the
    // rest of the input after a syntax error).
    int line = std::max({err.line, err.read_line, ctx.lookahead().loc.line});
    ast::Loc at{line, 0, line, 0};
    // At the prompt the rest is not there yet: an error only the end of the input
    // would show (an open bracket or string) does not count.
    if (auto later = filter.scan_rest(at); later && !(mode == ast::Mode::Interactive && later->at_eof))
      err = *later;
  }
  result.error = finish(err, src, filename);
  result.error->at_input_end = !from_lexer && !err.known_location && filter.made_by_input_end(ctx.lookahead());
  if (mode == ast::Mode::Interactive) {
    // CPython's prompt keeps no line's newline in SyntaxError.text; the empty line
    // that ended the input is a line of its own to it: with no block left open, an
    // error there sits at its column 1 (a caret), not at the end of the input.
    result.error->text_keeps_newline = false;
    const frontend::Token& la = ctx.lookahead();
    if (blank_end && !from_lexer && la.kind == T::TOK_END && err.line == la.loc.line) {
      result.error->at_input_end = false;
      result.error->col = result.error->end_col = 1;
    }
  }
  if (mode == ast::Mode::Eval && (src.empty() || src.back() != '\n')) {
    // eval()'s tokenizer adds no newline to a source without one: the line shows
    // without it, and an error met at the end of the input has no column.
    result.error->text_keeps_newline = false;
    const frontend::Token& la = ctx.lookahead();
    bool at_end = la.kind == T::TOK_END || (la.kind == T::TOK_NEWLINE && la.text.empty());
    if (!from_lexer && at_end && err.line == la.loc.line && err.col == la.loc.col + 1) {
      result.error->col = result.error->end_col = 0;
      result.error->at_input_end = true;
    }
  }
  return result;
}

}  // namespace hotpy
