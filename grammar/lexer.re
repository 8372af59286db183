// grammar/lexer.re: the tokens of Python 3 as an re2c automaton over a Lexer.
//
// Laid out like PHP's zend_language_scanner.l: named definitions first, then one
// small rule per token. String literals are scanned in re2c conditions, one per
// quote form, so the automaton finds where a literal ends; the parser decodes the
// contents later (src/parse/strings.cpp), which is where CPython reports escape
// errors. Every token leaves through an emit*() function that stamps its line and
// column. The cursor macros name members of the Lexer, so lexers nest freely.
// re2c writes the generated C++ into the build tree only.
#include <cstdio>
#include <cstring>

#include "parse/keywords.h"
#include "parse/lexer.h"
#include "parser.hpp"

namespace hotpy::frontend {
namespace {

using T = Parser::token;

/*!types:re2c*/

}  // namespace

Lexer::Lexer(std::string_view text, int first_line, int first_col)
    : m_cur(reinterpret_cast<Ptr>(text.data())),
      m_lim(reinterpret_cast<Ptr>(text.data() + text.size())),
      m_tok(m_cur),
      m_begin(m_cur),
      m_line_start(m_cur),
      m_prev_line_start(m_cur),
      m_line(first_line),
      m_first_line(first_line),
      m_first_col(first_col) {}

Token Lexer::next() { return scan(); }

Token Lexer::scan() {
  m_cond = yycINIT;
loop:
  m_tok = m_cur;
  m_tok_line = m_line;
  m_tok_col = col_of(m_cur);
  /*!re2c
  re2c:api:style = free-form;
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYCURSOR = m_cur;
  re2c:define:YYMARKER = m_mark;
  re2c:define:YYLIMIT = m_lim;
  re2c:define:YYGETCONDITION = "m_cond";
  re2c:define:YYSETCONDITION = "m_cond = @@;";
  re2c:yyfill:enable = 0;
  re2c:eof = 0;

  // ---- Named definitions -------------------------------------------------
  nl          = "\n";              // parse() turned "\r\n" and "\r" into "\n"
  ws          = [ \t\f]+;
  comment     = "#" [^\n\x00]*;
  idstart     = [a-zA-Z_\x80-\xff];  // non-ASCII is checked in emit_name()
  idchar      = [a-zA-Z0-9_\x80-\xff];
  digit       = [0-9];
  decint      = [1-9] ("_"? digit)* | "0" ("_"? "0")*;
  hexint      = "0" [xX] ("_"? [0-9a-fA-F])+;
  octint      = "0" [oO] ("_"? [0-7])+;
  binint      = "0" [bB] ("_"? [01])+;
  digitpart   = digit ("_"? digit)*;
  pointfloat  = digitpart? "." digitpart | digitpart ".";
  expfloat    = (digitpart | pointfloat) [eE] [+-]? digitpart;
  floatnum    = pointfloat | expfloat;
  imagnum     = (floatnum | digitpart) [jJ];
  strprefix   = [rRuUbBfF] | [rR] [bBfF] | [bBfF] [rR];
  nonprint    = [\x01-\x08\x0b\x0e-\x1f\x7f];

  // ---- Space, comments, lines ---------------------------------------------
  <INIT> ws                 { goto loop; }
  <INIT> comment            { goto loop; }
  <INIT> "\\" nl            { continuation(); goto loop; }
  <INIT> "\\"               { return bad_continuation(); }
  <INIT> nl                 { return emit_newline(); }
  <INIT> $                  { return emit_end(); }

  // ---- Names and numbers --------------------------------------------------
  <INIT> idstart idchar*    { return emit_name(); }
  <INIT> decint             { return emit_number("decimal"); }
  <INIT> hexint             { return emit_number("hexadecimal"); }
  <INIT> octint             { return emit_number("octal"); }
  <INIT> binint             { return emit_number("binary"); }
  <INIT> floatnum           { return emit_number("decimal"); }
  <INIT> imagnum            { return emit_number("imaginary"); }

  // ---- String literals: the opening quote picks the condition --------------
  <INIT> strprefix? "'"          :=> SQ
  <INIT> strprefix? "\""         :=> DQ
  <INIT> strprefix? "'''"        :=> TSQ
  <INIT> strprefix? "\"\"\""     :=> TDQ

  <SQ> [^'\\\n\x00]+        :=> SQ
  <SQ> "\\" [^\x00]         :=> SQ
  <SQ> "'"                  => INIT { return emit_string(); }
  <SQ> nl                   => INIT { return unterminated_string(false); }
  <SQ> $                    => INIT { return unterminated_string(false); }
  <SQ> *                    => INIT { return bad_byte_in_string(false); }

  <DQ> [^"\\\n\x00]+        :=> DQ
  <DQ> "\\" [^\x00]         :=> DQ
  <DQ> "\""                 => INIT { return emit_string(); }
  <DQ> nl                   => INIT { return unterminated_string(false); }
  <DQ> $                    => INIT { return unterminated_string(false); }
  <DQ> *                    => INIT { return bad_byte_in_string(false); }

  <TSQ> [^'\\\x00]+         :=> TSQ
  <TSQ> "\\" [^\x00]        :=> TSQ
  <TSQ> "'"                 :=> TSQ
  <TSQ> "'''"               => INIT { return emit_string(); }
  <TSQ> $                   => INIT { return unterminated_string(true); }
  <TSQ> *                   => INIT { return bad_byte_in_string(true); }

  <TDQ> [^"\\\x00]+         :=> TDQ
  <TDQ> "\\" [^\x00]        :=> TDQ
  <TDQ> "\""                :=> TDQ
  <TDQ> "\"\"\""            => INIT { return emit_string(); }
  <TDQ> $                   => INIT { return unterminated_string(true); }
  <TDQ> *                   => INIT { return bad_byte_in_string(true); }

  // ---- Operators and delimiters -------------------------------------------
  <INIT> "("      { return emit(T::TOK_LPAR); }
  <INIT> ")"      { return emit(T::TOK_RPAR); }
  <INIT> "["      { return emit(T::TOK_LSQB); }
  <INIT> "]"      { return emit(T::TOK_RSQB); }
  <INIT> "{"      { return emit(T::TOK_LBRACE); }
  <INIT> "}"      { return emit(T::TOK_RBRACE); }
  <INIT> ":"      { return emit(T::TOK_COLON); }
  <INIT> ","      { return emit(T::TOK_COMMA); }
  <INIT> ";"      { return emit(T::TOK_SEMI); }
  <INIT> "+"      { return emit(T::TOK_PLUS); }
  <INIT> "-"      { return emit(T::TOK_MINUS); }
  <INIT> "*"      { return emit(T::TOK_STAR); }
  <INIT> "/"      { return emit(T::TOK_SLASH); }
  <INIT> "|"      { return emit(T::TOK_VBAR); }
  <INIT> "&"      { return emit(T::TOK_AMPER); }
  <INIT> "<"      { return emit(T::TOK_LESS); }
  <INIT> ">"      { return emit(T::TOK_GREATER); }
  <INIT> "="      { return emit(T::TOK_EQUAL); }
  <INIT> "."      { return emit(T::TOK_DOT); }
  <INIT> "%"      { return emit(T::TOK_PERCENT); }
  <INIT> "=="     { return emit(T::TOK_EQEQUAL); }
  <INIT> "!="     { return emit(T::TOK_NOTEQUAL); }
  <INIT> "<="     { return emit(T::TOK_LESSEQUAL); }
  <INIT> ">="     { return emit(T::TOK_GREATEREQUAL); }
  <INIT> "~"      { return emit(T::TOK_TILDE); }
  <INIT> "^"      { return emit(T::TOK_CIRCUMFLEX); }
  <INIT> "<<"     { return emit(T::TOK_LEFTSHIFT); }
  <INIT> ">>"     { return emit(T::TOK_RIGHTSHIFT); }
  <INIT> "**"     { return emit(T::TOK_DOUBLESTAR); }
  <INIT> "+="     { return emit(T::TOK_PLUSEQUAL); }
  <INIT> "-="     { return emit(T::TOK_MINEQUAL); }
  <INIT> "*="     { return emit(T::TOK_STAREQUAL); }
  <INIT> "/="     { return emit(T::TOK_SLASHEQUAL); }
  <INIT> "%="     { return emit(T::TOK_PERCENTEQUAL); }
  <INIT> "&="     { return emit(T::TOK_AMPEREQUAL); }
  <INIT> "|="     { return emit(T::TOK_VBAREQUAL); }
  <INIT> "^="     { return emit(T::TOK_CIRCUMFLEXEQUAL); }
  <INIT> "<<="    { return emit(T::TOK_LEFTSHIFTEQUAL); }
  <INIT> ">>="    { return emit(T::TOK_RIGHTSHIFTEQUAL); }
  <INIT> "**="    { return emit(T::TOK_DOUBLESTAREQUAL); }
  <INIT> "//"     { return emit(T::TOK_DOUBLESLASH); }
  <INIT> "//="    { return emit(T::TOK_DOUBLESLASHEQUAL); }
  <INIT> "@"      { return emit(T::TOK_AT); }
  <INIT> "@="     { return emit(T::TOK_ATEQUAL); }
  <INIT> "->"     { return emit(T::TOK_RARROW); }
  <INIT> "..."    { return emit(T::TOK_ELLIPSIS); }
  <INIT> ":="     { return emit(T::TOK_COLONEQUAL); }

  // ---- Everything else ------------------------------------------------------
  // `<>` is a token only under Barry-as-FLUFL; `!`, `$`, `?` and backquote are
  // tokens the grammar never accepts: the parser reports "invalid syntax" there.
  <INIT> "<>" | [!$?`]      { return emit(T::TOK_BADTOKEN); }
  <INIT> nonprint           { return bad_character(m_tok); }
  <INIT> *                  { return bad_character(m_tok); }
  */
}

}  // namespace hotpy::frontend
