// The token filter between the raw lexer and the parser (the role zendlex plays
// in PHP): it turns physical lines into Python's logical token stream.
//
// It owns the indentation stack (INDENT / DEDENT and CPython's indentation
// errors), the bracket stack (newlines inside (), [] and {} are dropped; bracket
// mismatches are reported in CPython's words), and a small queue of tokens that
// lets it look ahead where one token of grammar is not enough:
//   - `print` starting a statement becomes the PRINT keyword when the next token
//     is a newline, ';', the end, '>>' or anything else that can start an
//     expression except '(' (DESIGN.md: the Python 2 print statement);
//   - `with (` becomes WITH_LPAREN when the matching ')' is followed by ':',
//     CPython's parenthesized with-items form;
//   - `match` starting a statement becomes MATCH when an expression follows and
//     its logical line ends in ':'; `case` starting a statement directly in the
//     block of a match statement becomes CASE (both stay names elsewhere).
// It also keeps the tokens of the current logical line, which the syntax-error
// reporter reads to phrase CPython's messages.
#pragma once
#include <optional>
#include <vector>

#include "ast/ast.h"
#include "parse/lexer.h"
#include "parse/token.h"

namespace hotpy::frontend {

// A FIFO of tokens: a vector read from the front and emptied once drained
// (cheaper than a deque for the one or two tokens usually queued).
class TokenQueue {
 public:
  bool empty() const { return m_head == m_tokens.size(); }
  size_t size() const { return m_tokens.size() - m_head; }
  const Token& operator[](size_t i) const { return m_tokens[m_head + i]; }
  Token& operator[](size_t i) { return m_tokens[m_head + i]; }
  void push(const Token& t) { m_tokens.push_back(t); }
  Token pop() {
    Token t = m_tokens[m_head++];
    if (m_head == m_tokens.size()) {
      m_tokens.clear();
      m_head = 0;
    }
    return t;
  }

 private:
  std::vector<Token> m_tokens;
  size_t m_head = 0;
};

class TokenFilter {
 public:
  // [fexpr]: the input is an f-string replacement field, which CPython parses as
  // if it were inside parentheses: no NEWLINE, INDENT or DEDENT at all.
  TokenFilter(Lexer& lexer, ast::Mode mode, bool fexpr = false);

  // The next token for the parser. The first one is the start marker of the
  // mode (FILE_START, EVAL_START, ...); after an error it returns TOK_YYerror
  // and error() tells what went wrong.
  Token next();

  const RawError& error() const { return m_error; }

  // --- What the syntax-error reporter reads --------------------------------
  // The tokens of the current logical line, up to the last one returned.
  const std::vector<Token>& line_tokens() const { return m_line; }
  // The first token of the previous logical line (the header of a block).
  const Token& previous_line_first() const { return m_prev_first; }
  // The bracket depth after the last token returned.
  int depth() const { return m_out_depth; }
  // The token returned before the last one, when it was a NEWLINE (else a
  // token of kind 0).
  const Token& before_last() const { return m_before_last; }
  // The tokens after the last one returned, at least [n] of them unless the
  // input ends or fails first (the error reporter reads ahead).
  const TokenQueue& peek(size_t n) {
    ensure(n);
    return m_out;
  }
  // An interactive input ended with a totally empty line.
  bool ended_by_blank_line() const { return m_blank_end; }
  // `t` was made by the end of the input (the DEDENTs closing open blocks, END),
  // not read from a line: a parse error there means more lines could fix it.
  bool made_by_input_end(const Token& t) const;

  // After a parse error at [at]: reads the rest of the input the way CPython's
  // _PyPegen_tokenize_full_source_to_check_for_errors does and returns the
  // tokenizer error that replaces the parse error, if any.
  std::optional<RawError> scan_rest(const ast::Loc& at);

 private:
  struct Bracket {
    int kind;      // TOK_LPAR, TOK_LSQB or TOK_LBRACE
    ast::Loc loc;  // of the opening bracket
  };

  void produce();  // runs the lexer until at least one token is queued
  void ensure(size_t n);
  void push(const Token& t) { m_out.push(t); }
  bool indentation(const LineIndent& ind);  // false after an error
  void finish(const Token& end);
  bool bracket(const Token& t);             // false after an error
  void fail(RawError err);
  RawError located(std::string type, std::string msg, int line, int col, int end_col);
  void rewrite_print(Token& t);
  void rewrite_with();
  void rewrite_match(Token& t);
  void track_match_blocks(Token& t);
  void record(const Token& t);

  Lexer& m_lex;
  ast::Mode m_mode;
  bool m_fexpr;
  bool m_started = false;
  bool m_done = false;             // END or an error has been queued
  bool m_at_line_start = true;     // indentation of the next line still to measure
  bool m_line_has_tokens = false;  // the logical line has produced a token
  bool m_blank_end = false;
  int m_end_line = 0;  // the line of the END token, once finish() has run
  std::vector<int> m_indents{0};   // CPython's indstack (tabs to 8)
  std::vector<int> m_altindents{0};  // CPython's altindstack (tabs as 1)
  std::vector<Bracket> m_brackets;
  TokenQueue m_out;                // produced, not yet returned
  Token* m_direct = nullptr;       // where produce() may put a lone token for next()
  Token m_last;                    // END or the error, returned again after the end
  Token m_before_last;             // see before_last()
  Token m_last_newline;
  int m_last_kind = 0;
  RawError m_error;

  // Output side: statement starts for `print`, the current logical line.
  bool m_stmt_start = true;
  int m_out_depth = 0;
  int m_line_first = 0;            // kind of the first token of the logical line
  int m_lambdas = 0;               // `lambda`s at depth 0 whose ':' is still to come
  bool m_new_line = true;
  std::vector<Token> m_line;
  Token m_prev_first;
  // Match statements: the block depth (INDENTs returned minus DEDENTs) of each
  // open block of case clauses, innermost last.
  int m_block_depth = 0;
  bool m_match_header = false;  // a MATCH was returned, its block not yet open
  std::vector<int> m_case_blocks;
};

// Can a token of this kind start an expression?
bool starts_expression(int kind);

}  // namespace hotpy::frontend
