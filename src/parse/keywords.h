// The reserved words of Python 3, in one list.
//
// Each entry is X(TOKEN, "spelling"): TOKEN is the Bison token kind minus its
// prefix (Parser::token::TOK_KW_IF for X(KW_IF, "if")), so the lexer's keyword
// lookup, the grammar's token aliases ("'if'") and the error messages all come
// from this one place. `print` is not here: the token filter turns a NAME into
// PRINT only where the Python 2 statement is meant (see token_filter.h).
#pragma once

#define HOTPY_KEYWORDS(X)                                                           \
  X(KW_FALSE, "False") X(KW_NONE, "None") X(KW_TRUE, "True") X(KW_AND, "and")       \
  X(KW_AS, "as") X(KW_ASSERT, "assert") X(KW_ASYNC, "async") X(KW_AWAIT, "await")   \
  X(KW_BREAK, "break") X(KW_CLASS, "class") X(KW_CONTINUE, "continue")              \
  X(KW_DEF, "def") X(KW_DEL, "del") X(KW_ELIF, "elif") X(KW_ELSE, "else")           \
  X(KW_EXCEPT, "except") X(KW_FINALLY, "finally") X(KW_FOR, "for")                  \
  X(KW_FROM, "from") X(KW_GLOBAL, "global") X(KW_IF, "if") X(KW_IMPORT, "import")   \
  X(KW_IN, "in") X(KW_IS, "is") X(KW_LAMBDA, "lambda") X(KW_NONLOCAL, "nonlocal")   \
  X(KW_NOT, "not") X(KW_OR, "or") X(KW_PASS, "pass") X(KW_RAISE, "raise")           \
  X(KW_RETURN, "return") X(KW_TRY, "try") X(KW_WHILE, "while") X(KW_WITH, "with")   \
  X(KW_YIELD, "yield")
