// The lexer and the token filter (grammar/lexer.re, src/parse/token_filter.*),
// checked against CPython 3.11.
//
// Every expected value in the tables was produced by CPython, never by hotpy:
//   - token streams: Python's tokenize module on the same source (NL and
//     COMMENT tokens dropped, ENDMARKER written END, positions line:col);
//   - literal values: ast.dump(ast.parse(src, mode='eval'));
//   - errors: compile(src, 'x.py', 'exec') -> the SyntaxError's class, msg,
//     lineno, offset, end_lineno, end_offset (-1 written 0) and text (without
//     its newline).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/keywords.h"
#include "parse/lexer.h"
#include "parse/parse.h"
#include "parse/token_filter.h"
#include "parser.hpp"

namespace hotpy {
// The parser never stores an object in a Constant; the object system, which
// frees them, is not linked into this test. Weak: a real definition wins.
__attribute__((weak)) void destroy_object(Object* o) { delete o; }
}  // namespace hotpy

namespace {

using namespace hotpy;
using frontend::Token;
using T = frontend::Parser::token;

// The token stream the parser would see, written like the expectations:
// synthetic tokens by name, the others as text@line:col.
std::string tokens(const std::string& src, ast::Mode mode = ast::Mode::File) {
  frontend::Lexer lexer(src);
  frontend::TokenFilter filter(lexer, mode);
  filter.next();  // the start marker
  std::string out;
  for (int guard = 0; guard < 10000; ++guard) {
    Token t = filter.next();
    std::string word;
    switch (t.kind) {
      case T::TOK_NEWLINE: word = "NEWLINE"; break;
      case T::TOK_INDENT: word = "INDENT"; break;
      case T::TOK_DEDENT: word = "DEDENT"; break;
      case T::TOK_END: word = "END"; break;
      case T::TOK_PRINT: word = "PRINT"; break;
      case T::TOK_YYerror: word = "ERROR(" + filter.error().msg + ")"; break;
      default:
        word = (t.kind == T::TOK_WITH_LPAREN ? std::string("WITH_LPAREN") : std::string(t.text)) +
               "@" + std::to_string(t.loc.line) + ":" + std::to_string(t.loc.col);
    }
    out += out.empty() ? word : " " + word;
    if (t.kind == T::TOK_END || t.kind == T::TOK_YYerror) break;
  }
  return out;
}

std::string eval_dump(const std::string& src) {
  ParseResult r = parse(src, "<string>", ast::Mode::Eval);
  if (!r.unit) return "error: " + r.error->msg;
  ast::DumpOptions o;
  o.indent = -1;
  return ast::dump(*r.unit, o);
}

// ---------------------------------------------------------------------------
// Token streams: indentation, logical lines, positions

struct TokenCase {
  const char* src;
  const char* tokens;
};

const TokenCase kTokenCases[] = {
    {"x = 1\n",
     "x@1:0 =@1:2 1@1:4 NEWLINE END"},
    {"if x:\n    y = 2\nz = 3\n",
     "if@1:0 x@1:3 :@1:4 NEWLINE INDENT y@2:4 =@2:6 2@2:8 NEWLINE DEDENT z@3:0 =@3:2 3@3:4 NEWLINE END"},
    {"if a:\n    if b:\n        c\nd\n",
     "if@1:0 a@1:3 :@1:4 NEWLINE INDENT if@2:4 b@2:7 :@2:8 NEWLINE INDENT c@3:8 NEWLINE DEDENT DEDENT d@4:0 NEWLINE END"},
    {"if a:\n    b\n\n    # comment\n\n    c\n",
     "if@1:0 a@1:3 :@1:4 NEWLINE INDENT b@2:4 NEWLINE c@6:4 NEWLINE DEDENT END"},
    {"# just a comment\n\nx\n",
     "x@3:0 NEWLINE END"},
    {"def f(a,\n      b):\n    return (a +\n            b)\n",
     "def@1:0 f@1:4 (@1:5 a@1:6 ,@1:7 b@2:6 )@2:7 :@2:8 NEWLINE INDENT return@3:4 (@3:11 a@3:12 +@3:14 b@4:12 )@4:13 NEWLINE DEDENT END"},
    {"x = [1,\n     2,\n]\n",
     "x@1:0 =@1:2 [@1:4 1@1:5 ,@1:6 2@2:5 ,@2:6 ]@3:0 NEWLINE END"},
    {"x = 1 + \\\n    2\n",
     "x@1:0 =@1:2 1@1:4 +@1:6 2@2:4 NEWLINE END"},
    {"class A:\n\tdef f(self):\n\t\tpass\n",
     "class@1:0 A@1:6 :@1:7 NEWLINE INDENT def@2:1 f@2:5 (@2:6 self@2:7 )@2:11 :@2:12 NEWLINE INDENT pass@3:2 NEWLINE DEDENT DEDENT END"},
    {"if x:\n    a\n  # indented comment does not count\n    b\n",
     "if@1:0 x@1:3 :@1:4 NEWLINE INDENT a@2:4 NEWLINE b@4:4 NEWLINE DEDENT END"},
    {"x = 1\n",
     "x@1:0 =@1:2 1@1:4 NEWLINE END"},
    {"x = 1   # trailing comment\n",
     "x@1:0 =@1:2 1@1:4 NEWLINE END"},
    {"a; b; c\n",
     "a@1:0 ;@1:1 b@1:3 ;@1:4 c@1:6 NEWLINE END"},
    {"if x: y\n",
     "if@1:0 x@1:3 :@1:4 y@1:6 NEWLINE END"},
    {"while True:\n    pass\nelse:\n    pass\n",
     "while@1:0 True@1:6 :@1:10 NEWLINE INDENT pass@2:4 NEWLINE DEDENT else@3:0 :@3:4 NEWLINE INDENT pass@4:4 NEWLINE DEDENT END"},
    {"x = 1.5e-3 + 0x1F * 0o17 // 0b101 @ 2j\n",
     "x@1:0 =@1:2 1.5e-3@1:4 +@1:11 0x1F@1:13 *@1:18 0o17@1:20 //@1:25 0b101@1:28 @@1:34 2j@1:36 NEWLINE END"},
    {"a <<= b >>= c **= d //= e @= f -> g := h != i ... j\n",
     "a@1:0 <<=@1:2 b@1:6 >>=@1:8 c@1:12 **=@1:14 d@1:18 //=@1:20 e@1:24 @=@1:26 f@1:29 ->@1:31 g@1:34 :=@1:36 h@1:39 !=@1:41 i@1:44 ...@1:46 j@1:50 NEWLINE END"},
    {"s = 'a' \"b\" '''c\nd''' r'\\n' f'{x}'\n",
     "s@1:0 =@1:2 'a'@1:4 \"b\"@1:8 '''c\nd'''@1:12 r'\\n'@2:5 f'{x}'@2:11 NEWLINE END"},
    {"x = (\n)\n",
     "x@1:0 =@1:2 (@1:4 )@2:0 NEWLINE END"},
    {"def f(): return\n",
     "def@1:0 f@1:4 (@1:5 )@1:6 :@1:7 return@1:9 NEWLINE END"},
};

TEST(LexerTest, TokenStreamsMatchTokenize) {
  for (const TokenCase& c : kTokenCases) EXPECT_EQ(tokens(c.src), c.tokens) << c.src;
}

TEST(LexerTest, MissingFinalNewlineStillEndsTheLine) {
  // tokenize gives the same stream for "x = 1" as for "x = 1\n".
  EXPECT_EQ(tokens("x = 1"), "x@1:0 =@1:2 1@1:4 NEWLINE END");
  EXPECT_EQ(tokens("if x:\n  y"), "if@1:0 x@1:3 :@1:4 NEWLINE INDENT y@2:2 NEWLINE DEDENT END");
}

TEST(LexerTest, EmptyAndBlankInputs) {
  EXPECT_EQ(tokens(""), "END");
  EXPECT_EQ(tokens("\n\n   \n# c\n"), "END");
}

TEST(LexerTest, MultiLineTokenPositions) {
  frontend::Lexer lexer("s = '''a\nbc''' + x\n");
  std::vector<Token> got;
  for (Token t = lexer.next(); t.kind != T::TOK_END; t = lexer.next()) got.push_back(t);
  ASSERT_GE(got.size(), 5u);
  // tokenize: STRING from (1, 4) to (2, 5); '+' at (2, 6); x from (2, 8) to (2, 9).
  EXPECT_EQ(got[2].kind, T::TOK_STRING);
  EXPECT_EQ(got[2].loc.line, 1);
  EXPECT_EQ(got[2].loc.col, 4);
  EXPECT_EQ(got[2].loc.end_line, 2);
  EXPECT_EQ(got[2].loc.end_col, 5);
  EXPECT_EQ(got[3].loc.line, 2);
  EXPECT_EQ(got[3].loc.col, 6);
  EXPECT_EQ(got[4].loc.col, 8);
  EXPECT_EQ(got[4].loc.end_col, 9);
}

TEST(LexerTest, UnicodeIdentifiers) {
  // ast.dump(ast.parse("é = ñandú")) names them as written.
  ParseResult r = parse("é = ñandú\n", "x.py", ast::Mode::File);
  ASSERT_TRUE(r.unit);
  ast::DumpOptions o;
  o.indent = -1;
  EXPECT_EQ(ast::dump(*r.unit, o),
            "Module(body=[Assign(targets=[Name(id='é', ctx=Store())], "
            "value=Name(id='ñandú', ctx=Load()))], type_ignores=[])");
}

TEST(LexerTest, EveryKeywordIsATokenSpelledInQuotes) {
  // keywords.h is the one list: each spelling lexes to a keyword token whose
  // Bison alias is the spelling in quotes.
  using frontend::Parser;
#define HOTPY_CHECK_KEYWORD(tok, spelling)                                   \
  {                                                                          \
    EXPECT_EQ(frontend::keyword_kind(spelling), T::TOK_##tok);               \
    Parser::by_kind k(static_cast<Parser::token_kind_type>(T::TOK_##tok));   \
    EXPECT_EQ(std::string(Parser::symbol_name(k.kind())), "'" spelling "'"); \
  }
  HOTPY_KEYWORDS(HOTPY_CHECK_KEYWORD)
#undef HOTPY_CHECK_KEYWORD
  EXPECT_EQ(frontend::keyword_kind("print"), 0);  // a name; the filter decides
  EXPECT_EQ(frontend::keyword_kind("match"), 0);  // a soft keyword in CPython
}

// ---------------------------------------------------------------------------
// The token filter's one token of lookahead

TEST(LexerTest, PrintStartingAStatementBecomesTheKeyword) {
  EXPECT_EQ(tokens("print\n"), "PRINT NEWLINE END");
  EXPECT_EQ(tokens("print x\n"), "PRINT x@1:6 NEWLINE END");
  EXPECT_EQ(tokens("print >>f, x\n"), "PRINT >>@1:6 f@1:8 ,@1:9 x@1:11 NEWLINE END");
  EXPECT_EQ(tokens("print -1\n"), "PRINT -@1:6 1@1:7 NEWLINE END");
  EXPECT_EQ(tokens("x; print\n"), "x@1:0 ;@1:1 PRINT NEWLINE END");
  EXPECT_EQ(tokens("if x: print 'y'\n"), "if@1:0 x@1:3 :@1:4 PRINT 'y'@1:12 NEWLINE END");
  EXPECT_EQ(tokens("print"), "PRINT NEWLINE END");
}

TEST(LexerTest, PrintStaysANameOtherwise) {
  EXPECT_EQ(tokens("print(x)\n"), "print@1:0 (@1:5 x@1:6 )@1:7 NEWLINE END");
  EXPECT_EQ(tokens("print = 3\n"), "print@1:0 =@1:6 3@1:8 NEWLINE END");
  EXPECT_EQ(tokens("print.x\n"), "print@1:0 .@1:5 x@1:6 NEWLINE END");
  EXPECT_EQ(tokens("print, x\n"), "print@1:0 ,@1:5 x@1:7 NEWLINE END");
  EXPECT_EQ(tokens("x = print\n"), "x@1:0 =@1:2 print@1:4 NEWLINE END");
  EXPECT_EQ(tokens("f = lambda: print\n"),
            "f@1:0 =@1:2 lambda@1:4 :@1:10 print@1:12 NEWLINE END");
  EXPECT_EQ(tokens("d = {1: print}\n"),
            "d@1:0 =@1:2 {@1:4 1@1:5 :@1:6 print@1:8 }@1:13 NEWLINE END");
}

TEST(LexerTest, ParenthesizedWithItems) {
  // The '(' whose ')' is followed by ':' opens CPython's with-items form.
  EXPECT_EQ(tokens("with (a as b):\n pass\n").substr(0, 25), "with@1:0 WITH_LPAREN@1:5 ");
  EXPECT_EQ(tokens("with (a, b) as c:\n pass\n").substr(0, 16), "with@1:0 (@1:5 a");
  EXPECT_EQ(tokens("with (x for x in y):\n pass\n").substr(0, 16), "with@1:0 (@1:5 x");
}

// ---------------------------------------------------------------------------
// Literals: the values CPython's parser builds

struct LiteralCase {
  const char* src;
  const char* dump;
};

const LiteralCase kLiteralCases[] = {
    {"0",
     "Expression(body=Constant(value=0))"},
    {"00",
     "Expression(body=Constant(value=0))"},
    {"0_0",
     "Expression(body=Constant(value=0))"},
    {"123",
     "Expression(body=Constant(value=123))"},
    {"1_000_000",
     "Expression(body=Constant(value=1000000))"},
    {"0x1F",
     "Expression(body=Constant(value=31))"},
    {"0X_ff",
     "Expression(body=Constant(value=255))"},
    {"0o17",
     "Expression(body=Constant(value=15))"},
    {"0O7_7",
     "Expression(body=Constant(value=63))"},
    {"0b101",
     "Expression(body=Constant(value=5))"},
    {"0B_1_0",
     "Expression(body=Constant(value=2))"},
    {"12345678901234567890123456789012345678901234567890",
     "Expression(body=Constant(value=12345678901234567890123456789012345678901234567890))"},
    {"0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
     "Expression(body=Constant(value=340282366920938463463374607431768211455))"},
    {"1.5",
     "Expression(body=Constant(value=1.5))"},
    {"1.",
     "Expression(body=Constant(value=1.0))"},
    {".5",
     "Expression(body=Constant(value=0.5))"},
    {"1e10",
     "Expression(body=Constant(value=10000000000.0))"},
    {"1E-5",
     "Expression(body=Constant(value=1e-05))"},
    {"1_0.0_1e1_0",
     "Expression(body=Constant(value=100100000000.0))"},
    {"1e16",
     "Expression(body=Constant(value=1e+16))"},
    {"1e15",
     "Expression(body=Constant(value=1000000000000000.0))"},
    {"0.1",
     "Expression(body=Constant(value=0.1))"},
    {"123456789012345678.0",
     "Expression(body=Constant(value=1.2345678901234568e+17))"},
    {"1e400",
     "Expression(body=Constant(value=inf))"},
    {"5e-324",
     "Expression(body=Constant(value=5e-324))"},
    {"1j",
     "Expression(body=Constant(value=1j))"},
    {"2.5J",
     "Expression(body=Constant(value=2.5j))"},
    {"1e10j",
     "Expression(body=Constant(value=10000000000j))"},
    {"0j",
     "Expression(body=Constant(value=0j))"},
    {"1_0j",
     "Expression(body=Constant(value=10j))"},
    {"09.5",
     "Expression(body=Constant(value=9.5))"},
    {"1if 1 else 2",
     "Expression(body=IfExp(test=Constant(value=1), body=Constant(value=1), orelse=Constant(value=2)))"},
    {"'a' \"b\" '''c''' \"\"\"d\"\"\"",
     "Expression(body=Constant(value='abcd'))"},
    {"''",
     "Expression(body=Constant(value=''))"},
    {"\"\"\"\"\"\"",
     "Expression(body=Constant(value=''))"},
    {"'it''s'",
     "Expression(body=Constant(value='its'))"},
    {"\"it's\"",
     "Expression(body=Constant(value=\"it's\"))"},
    {"'say \"hi\"'",
     "Expression(body=Constant(value='say \"hi\"'))"},
    {"'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'",
     "Expression(body=Constant(value='\\n\\t\\\\\\'\"\\x07\\x08\\x0c\\x0b\\r'))"},
    {"'\\0\\101\\7\\777'",
     "Expression(body=Constant(value='\\x00A\\x07ǿ'))"},
    {"'\\x41\\x7e\\xe9'",
     "Expression(body=Constant(value='A~é'))"},
    {"'\\u0041\\u00e9\\u20ac'",
     "Expression(body=Constant(value='Aé€'))"},
    {"'\\U00000041\\U0001F600'",
     "Expression(body=Constant(value='A😀'))"},
    {"'\\N{LATIN SMALL LETTER A}\\N{bullet}\\N{EM DASH}'",
     "Expression(body=Constant(value='a•—'))"},
    {"'\\N{CJK UNIFIED IDEOGRAPH-4E00}'",
     "Expression(body=Constant(value='一'))"},
    {"'\\d\\q\\ \\%'",
     "Expression(body=Constant(value='\\\\d\\\\q\\\\ \\\\%'))"},
    {"'a\\\nb'",
     "Expression(body=Constant(value='ab'))"},
    {"'''a\nb'''",
     "Expression(body=Constant(value='a\\nb'))"},
    {"r'\\n\\t\\\\'",
     "Expression(body=Constant(value='\\\\n\\\\t\\\\\\\\'))"},
    {"R'\\''",
     "Expression(body=Constant(value=\"\\\\'\"))"},
    {"r'a\\\nb'",
     "Expression(body=Constant(value='a\\\\\\nb'))"},
    {"'é€😀'",
     "Expression(body=Constant(value='é€😀'))"},
    {"U\"y\"",
     "Expression(body=Constant(value='y'))"},
    {"b'abc'",
     "Expression(body=Constant(value=b'abc'))"},
    {"B\"\\x00\\xff\\n\\\\\"",
     "Expression(body=Constant(value=b'\\x00\\xff\\n\\\\'))"},
    {"b'\\101\\7'",
     "Expression(body=Constant(value=b'A\\x07'))"},
    {"b'\\u0041\\N{x}'",
     "Expression(body=Constant(value=b'\\\\u0041\\\\N{x}'))"},
    {"rb'\\n'",
     "Expression(body=Constant(value=b'\\\\n'))"},
    {"Rb\"\\x\"",
     "Expression(body=Constant(value=b'\\\\x'))"},
    {"bR'a'",
     "Expression(body=Constant(value=b'a'))"},
    {"br'\\''",
     "Expression(body=Constant(value=b\"\\\\'\"))"},
    {"f'plain'",
     "Expression(body=JoinedStr(values=[Constant(value='plain')]))"},
    {"F'a{b}c'",
     "Expression(body=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))"},
    {"rf'\\n{x}'",
     "Expression(body=JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))"},
    {"fR'{x}\\t'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\\\t')]))"},
    {"f'{x!r}{y!s}{z!a}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), FormattedValue(value=Name(id='y', ctx=Load()), conversion=115), FormattedValue(value=Name(id='z', ctx=Load()), conversion=97)]))"},
    {"f'{x:>10}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))"},
    {"f'{x:{w}.{p}f}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1), Constant(value='f')]))]))"},
    {"f'{x=}'",
     "Expression(body=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))"},
    {"f'{x = }'",
     "Expression(body=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))"},
    {"f'{x=!s}'",
     "Expression(body=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))"},
    {"f'{x=:^5}'",
     "Expression(body=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='^5')]))]))"},
    {"f'{{literal}}'",
     "Expression(body=JoinedStr(values=[Constant(value='{literal}')]))"},
    {"f'{{{x}}}'",
     "Expression(body=JoinedStr(values=[Constant(value='{'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='}')]))"},
    {"f''",
     "Expression(body=JoinedStr(values=[]))"},
    {"'a' f'b' 'c'",
     "Expression(body=JoinedStr(values=[Constant(value='abc')]))"},
    {"f'{a}' 'b' f'{c}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))"},
    {"f'\\n{x}\\t'",
     "Expression(body=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\t')]))"},
    {"f'\\N{BULLET} {x}'",
     "Expression(body=JoinedStr(values=[Constant(value='• '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))"},
    {"f'{\"nested\"}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Constant(value='nested'), conversion=-1)]))"},
    {"f'{f\"{x}\"}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]))"},
    {"f'{x:{{}}}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Dict(keys=[], values=[]), conversion=-1)]))]))"},
    {"f'{a + b:{c}}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))]))"},
    {"f'{x!r:}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[]))]))"},
    {"f'{x:}'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))"},
};

TEST(LexerTest, LiteralsDecodeAsCPython) {
  for (const LiteralCase& c : kLiteralCases) EXPECT_EQ(eval_dump(c.src), c.dump) << c.src;
}

TEST(LexerTest, IntTextKeepsThePrefixWithoutUnderscores) {
  ParseResult r = parse("0x_1F + 1_000 + 0o17 + 0b1_0 + 1.5e3 + 2j\n", "x.py", ast::Mode::Eval);
  ASSERT_TRUE(r.unit);
  std::vector<std::string> texts;
  for (ast::Node* n : r.unit->nodes)
    if (n->kind == ast::Kind::Constant)
      texts.push_back(static_cast<ast::Constant*>(n)->text);
  EXPECT_EQ(texts, (std::vector<std::string>{"0x1F", "1000", "0o17", "0b10", "1.5e3", "2j"}));
}

// ---------------------------------------------------------------------------
// Lexical errors: CPython's message and position

struct ErrorCase {
  const char* src;
  const char* type;
  const char* msg;
  int line, col, end_line, end_col;
  const char* text;
};

const ErrorCase kErrorCases[] = {
    {"1abc\n", "SyntaxError", "invalid decimal literal",
     1, 1, 1, 1, "1abc"},
    {"x = 012\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
     1, 5, 1, 6, "x = 012"},
    {"x = 0x\n", "SyntaxError", "invalid hexadecimal literal",
     1, 6, 1, 6, "x = 0x"},
    {"x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal",
     1, 7, 1, 7, "x = 0b2"},
    {"x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal",
     1, 7, 1, 7, "x = 0o8"},
    {"x = 0o\n", "SyntaxError", "invalid octal literal",
     1, 6, 1, 6, "x = 0o"},
    {"x = 1_\n", "SyntaxError", "invalid decimal literal",
     1, 6, 1, 6, "x = 1_"},
    {"x = 1__0\n", "SyntaxError", "invalid decimal literal",
     1, 6, 1, 6, "x = 1__0"},
    {"x = 1e\n", "SyntaxError", "invalid decimal literal",
     1, 5, 1, 5, "x = 1e"},
    {"x = 1e+\n", "SyntaxError", "invalid decimal literal",
     1, 7, 1, 7, "x = 1e+"},
    {"x = 1.5j2\n", "SyntaxError", "invalid imaginary literal",
     1, 8, 1, 8, "x = 1.5j2"},
    {"x = 0b1_\n", "SyntaxError", "invalid binary literal",
     1, 8, 1, 8, "x = 0b1_"},
    {"x = 0x1g\n", "SyntaxError", "invalid hexadecimal literal",
     1, 7, 1, 7, "x = 0x1g"},
    {"x = 1.2.3\n", "SyntaxError", "invalid syntax",
     1, 8, 1, 10, "x = 1.2.3"},
    {"x = 1_000_\n", "SyntaxError", "invalid decimal literal",
     1, 10, 1, 10, "x = 1_000_"},
    {"x = \"\\x4\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
     1, 10, 1, 10, "x = \"\\x4\""},
    {"x = b\"\\x4\"\n", "SyntaxError", "(value error) invalid \\x escape at position 0",
     1, 11, 1, 11, "x = b\"\\x4\""},
    {"x = \"\\N{foo}\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name",
     1, 14, 1, 14, "x = \"\\N{foo}\""},
    {"x = \"\\N\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape",
     1, 9, 1, 9, "x = \"\\N\""},
    {"x = b\"é\"\n", "SyntaxError", "bytes can only contain ASCII literal characters",
     1, 5, 1, 9, "x = b\"é\""},
    {"x = \"\\u12\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape",
     1, 11, 1, 11, "x = \"\\u12\""},
    {"x = \"\\U1234\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape",
     1, 13, 1, 13, "x = \"\\U1234\""},
    {"x = \"\\U00110000\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
     1, 17, 1, 17, "x = \"\\U00110000\""},
    {"x = \"\\x4\" + 1\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
     1, 11, 1, 12, "x = \"\\x4\" + 1"},
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)",
     1, 5, 1, 5, "x = 'abc"},
    {"s = \"\"\"abc\n\nx\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)",
     1, 5, 1, 5, "s = \"\"\"abc"},
    {"'''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)",
     1, 1, 1, 1, "'''abc"},
    {"\"abc\\\n", "SyntaxError", "unterminated string literal (detected at line 1)",
     1, 1, 1, 1, "\"abc\\"},
    {"x = rb'\\'\n", "SyntaxError", "unterminated string literal (detected at line 1)",
     1, 5, 1, 5, "x = rb'\\'"},
    {"x = 'a' b'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals",
     1, 13, 1, 13, "x = 'a' b'b'"},
    {"x = b'a' 'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals",
     1, 13, 1, 13, "x = b'a' 'b'"},
    {"x = $\n", "SyntaxError", "invalid syntax",
     1, 5, 1, 6, "x = $"},
    {"x = a?b\n", "SyntaxError", "invalid syntax",
     1, 6, 1, 7, "x = a?b"},
    {"x = `a`\n", "SyntaxError", "invalid syntax",
     1, 5, 1, 6, "x = `a`"},
    {"x = 1 <> 2\n", "SyntaxError", "invalid syntax",
     1, 7, 1, 9, "x = 1 <> 2"},
    {"x = !a\n", "SyntaxError", "invalid syntax",
     1, 5, 1, 6, "x = !a"},
    {"x = €\n", "SyntaxError", "invalid character '€' (U+20AC)",
     1, 5, 1, 5, "x = €"},
    {"x€ = 1\n", "SyntaxError", "invalid character '€' (U+20AC)",
     1, 2, 1, 2, "x€ = 1"},
    {"x = a€b\n", "SyntaxError", "invalid character '€' (U+20AC)",
     1, 6, 1, 6, "x = a€b"},
    {"x = 1 + \\ 2\n", "SyntaxError", "unexpected character after line continuation character",
     1, 10, 1, 0, "x = 1 + \\ 2"},
    {"x = 1 + \\\n", "SyntaxError", "unexpected EOF while parsing",
     1, 10, 1, 0, "x = 1 + \\"},
    {"  x = 1\n", "IndentationError", "unexpected indent",
     1, 2, 1, 0, "  x = 1"},
    {"if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level",
     3, 4, 3, 0, "  b"},
    {"if x:\n\011a\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation",
     3, 1, 3, 0, "        b"},
    {"if x:\n  pass\n else:\n  pass\n", "IndentationError", "unindent does not match any outer indentation level",
     3, 7, 3, 0, " else:"},
    {"x = (1,\n  2,\n  3\n", "SyntaxError", "'(' was never closed",
     1, 5, 1, 0, "x = (1,"},
    {"foo(a, [b)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['",
     1, 10, 1, 10, "foo(a, [b)"},
    {"foo(a,\n [b\n)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 2",
     3, 1, 3, 1, ")"},
    {")\n", "SyntaxError", "unmatched ')'",
     1, 1, 1, 1, ")"},
    {"x = ]\n", "SyntaxError", "unmatched ']'",
     1, 5, 1, 5, "x = ]"},
    {"x = {1: 2\ny = 3\n", "SyntaxError", "'{' was never closed",
     1, 5, 1, 0, "x = {1: 2"},
    {"x = 1 2\ny = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 2)",
     2, 5, 2, 5, "y = 'abc"},
    {"x = 1 2\ny = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal",
     2, 7, 2, 7, "y = 0b2"},
    {"f() = 1\ny = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)",
     2, 5, 2, 5, "y = \"abc"},
    {"if x:\npass\ny = (\n", "IndentationError", "expected an indented block after 'if' statement on line 1",
     2, 1, 2, 5, "pass"},
};

TEST(LexerTest, LexicalErrorsMatchCPython) {
  for (const ErrorCase& c : kErrorCases) {
    ParseResult r = parse(c.src, "x.py", ast::Mode::File);
    ASSERT_TRUE(r.error) << c.src;
    const SyntaxErrorInfo& e = *r.error;
    EXPECT_EQ(e.type, c.type) << c.src;
    EXPECT_EQ(e.msg, c.msg) << c.src;
    EXPECT_EQ(e.line, c.line) << c.src;
    EXPECT_EQ(e.col, c.col) << c.src;
    EXPECT_EQ(e.end_line, c.end_line) << c.src;
    EXPECT_EQ(e.end_col, c.end_col) << c.src;
    EXPECT_EQ(e.text, c.text) << c.src;
    EXPECT_EQ(e.filename, "x.py");
  }
}

TEST(LexerTest, NullBytesAndBadEncodingAreRejected) {
  // CPython 3.11.7 refuses NUL bytes, and a file that is not UTF-8 and has no
  // coding declaration with the PEP 263 message.
  ParseResult a = parse(std::string("x = 1\0\n", 7), "x.py", ast::Mode::File);
  ASSERT_TRUE(a.error);
  EXPECT_EQ(a.error->msg, "source code cannot contain null bytes");
  ParseResult b = parse("x = '\xff'\n", "x.py", ast::Mode::File);
  ASSERT_TRUE(b.error);
  EXPECT_EQ(b.error->msg.substr(0, 35), "Non-UTF-8 code starting with '\\xff'");
}

TEST(LexerTest, WindowsNewlinesAndByteOrderMark) {
  // Python reads source with universal newlines and skips a UTF-8 BOM.
  auto dump_of = [](const std::string& src) {
    ParseResult r = parse(src, "x.py", ast::Mode::File);
    return r.unit ? ast::dump(*r.unit) : "error: " + r.error->msg;
  };
  EXPECT_EQ(dump_of("x = 1\r\nif x:\r\n  y = '''a\r\nb'''\r"),
            dump_of("x = 1\nif x:\n  y = '''a\nb'''\n"));
  EXPECT_EQ(dump_of("\xEF\xBB\xBFx = 1\n"), dump_of("x = 1\n"));
}

}  // namespace
