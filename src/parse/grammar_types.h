// The values grammar/parser.y passes between rules besides AST nodes: lists
// still being collected and items whose meaning depends on their neighbours
// (call arguments, parameters).
//
// The grammar's %union holds only plain data (pointers and small structs), so
// Bison copies a few bytes per symbol instead of moving containers through a
// variant on every shift and reduce. Lists live in recycling pools owned by the
// ParseContext: a rule gets one with ctx.alloc<T>() and the rule that consumes
// it gets the contents back with ctx.take(p), which returns the object to its
// pool. Whatever an aborted parse leaves behind is freed with the context.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "parse/token.h"

namespace hotpy::frontend {

class ParseContext;

// Plain-data members of the grammar's %union.
struct Text {  // a token's spelling
  const char* p;
  size_t n;
  std::string_view sv() const { return {p, n}; }
};
struct KeyValue {  // a dict display item; key is null for **mapping
  ast::Expr* key;
  ast::Expr* value;
};
struct CompClause {  // `for target in iter`
  ast::Expr* target;
  ast::Expr* iter;
};

// `a, b, *c` before it becomes a Tuple (or stays a single expression).
struct ExprSeq {
  ast::ExprList elts;
  bool comma = false;  // a comma follows the last element
};

// The inside of (...) or [...]: a sequence, or an element with generators.
struct SeqBody {
  ExprSeq seq;
  ast::Expr* elt = nullptr;  // set for a comprehension
  std::vector<ast::Comprehension> gens;
};

// One argument of a call, before the call checks their order.
struct ArgItem {
  enum Kind : uint8_t { Positional, Starred, Keyword, DoubleStar, Generator };
  Kind kind = Positional;
  ast::Expr* value = nullptr;  // the argument (Generator: the GeneratorExp)
  ast::Expr* key = nullptr;    // Keyword: what stood left of '=' (a Name when valid)
  ast::Loc loc;                // the whole argument
  ast::Loc op;                 // the '*', '**' or '=' token
};

// One parameter of a def or lambda, before the parameter list is checked.
struct ParamItem {
  enum Kind : uint8_t { Plain, Star, DoubleStar, Slash };
  Kind kind = Plain;
  std::string_view name;            // empty for a bare '*' and for '/'
  ast::Expr* annotation = nullptr;
  ast::Expr* default_value = nullptr;
  ast::Loc name_loc;                // the name and its annotation (CPython's arg)
  ast::Loc op;                      // the '*', '**' or '/' token
};

// Patterns of a match statement being collected (src/parse/patterns.h): the
// sequence or or-pattern node, and whether a comma (or '|') followed.
struct PatternSeq {
  ast::Pattern* node;
  bool comma;
};

// What an emptied pooled value keeps: its buffers, ready for the next list.
template <class T>
void clear_keeping_capacity(T& v) {
  v.clear();
}
inline void clear_keeping_capacity(ExprSeq& s) {
  s.elts.clear();
  s.comma = false;
}

template <class T>
class Pool {
 public:
  T* get() {
    if (m_free.empty()) {
      m_all.push_back(std::make_unique<T>());
      return m_all.back().get();
    }
    T* p = m_free.back();
    m_free.pop_back();
    return p;
  }
  T take(T* p) {
    T v = std::move(*p);
    *p = T();
    m_free.push_back(p);
    return v;
  }
  // Returns [p] after its contents were copied out, buffers and all.
  void recycle(T* p) {
    clear_keeping_capacity(*p);
    m_free.push_back(p);
  }

 private:
  std::vector<std::unique_ptr<T>> m_all;
  std::vector<T*> m_free;
};

}  // namespace hotpy::frontend
