// See match_checks.h. Like CPython's compiler, an error is reported at the
// pattern being compiled when it is found (the innermost one entered last),
// except where compile.c sets another position on purpose.
#include "resolve/match_checks.h"

#include <algorithm>
#include <string>
#include <vector>

#include "resolve/runtime_hooks.h"

namespace hotpy::resolver {
namespace {

using ast::Kind;
using ast::Loc;
using ast::Pattern;

class PatternChecker {
 public:
  std::optional<ResolveError> run(const Pattern* p, bool allow_irrefutable) {
    visit(p, allow_irrefutable);
    return m_error;
  }

 private:
  bool fail(std::string msg, const Loc& loc) {
    if (!m_error) m_error = ResolveError{std::move(msg), loc};
    return false;
  }

  bool store(const std::string& name) {
    if (name.empty()) return true;
    if (name == "__debug__") return fail("cannot assign to __debug__", m_loc);
    if (std::find(m_stores.begin(), m_stores.end(), name) != m_stores.end())
      return fail("multiple assignments to name '" + name + "' in pattern", m_loc);
    m_stores.push_back(name);
    return true;
  }

  // A sub-pattern may always be irrefutable (compiler_pattern_subpattern).
  bool visit(const Pattern* p, bool allow_irrefutable) {
    m_loc = p->loc;
    switch (p->kind) {
      case Kind::MatchValue:
      case Kind::MatchSingleton:
        return true;
      case Kind::MatchStar:
        return store(p->name);
      case Kind::MatchAs:
        if (!p->pattern) {
          if (!allow_irrefutable) {
            if (p->name.empty()) return fail("wildcard makes remaining patterns unreachable", p->loc);
            return fail("name capture '" + p->name + "' makes remaining patterns unreachable",
                        p->loc);
          }
          return store(p->name);
        }
        return visit(p->pattern, allow_irrefutable) && store(p->name);
      case Kind::MatchSequence: {
        long stars = std::count_if(p->patterns.begin(), p->patterns.end(),
                                   [](const Pattern* s) { return s->kind == Kind::MatchStar; });
        if (stars > 1) return fail("multiple starred names in sequence pattern", p->loc);
        for (const Pattern* s : p->patterns)
          if (!visit(s, true)) return false;
        return true;
      }
      case Kind::MatchMapping:
        return visit_mapping(p);
      case Kind::MatchClass:
        return visit_class(p);
      case Kind::MatchOr:
        return visit_or(p, allow_irrefutable);
      default:
        return true;
    }
  }

  bool visit_mapping(const Pattern* p) {
    for (size_t i = 0; i < p->keys.size(); ++i) {
      if (p->keys[i]->kind != Kind::Constant) continue;
      auto* key = static_cast<const ast::Constant*>(p->keys[i]);
      for (size_t j = 0; j < i; ++j) {
        if (p->keys[j]->kind != Kind::Constant) continue;
        if (constants_same_key(*static_cast<const ast::Constant*>(p->keys[j]), *key))
          return fail("mapping pattern checks duplicate key (" + constant_repr(*key) + ")", p->loc);
      }
    }
    for (const Pattern* s : p->patterns)
      if (!visit(s, true)) return false;
    return store(p->name);
  }

  bool visit_class(const Pattern* p) {
    for (size_t i = 0; i < p->kwd_attrs.size(); ++i) {
      if (p->kwd_attrs[i] == "__debug__")
        return fail("cannot assign to __debug__", p->kwd_patterns[i]->loc);
      for (size_t j = i + 1; j < p->kwd_attrs.size(); ++j) {
        if (p->kwd_attrs[i] == p->kwd_attrs[j])
          return fail("attribute name repeated in class pattern: " + p->kwd_attrs[i],
                      p->kwd_patterns[j]->loc);
      }
    }
    for (const Pattern* s : p->patterns)
      if (!visit(s, true)) return false;
    for (const Pattern* s : p->kwd_patterns)
      if (!visit(s, true)) return false;
    return true;
  }

  // Every alternative binds the same names; only the last may be irrefutable.
  bool visit_or(const Pattern* p, bool allow_irrefutable) {
    std::vector<std::string> outer = std::move(m_stores);
    std::vector<std::string> first;
    for (size_t i = 0; i < p->patterns.size(); ++i) {
      const Pattern* alt = p->patterns[i];
      m_stores.clear();
      bool last = i + 1 == p->patterns.size();
      if (!visit(alt, allow_irrefutable && last)) return false;
      if (i == 0) {
        first = m_stores;
        continue;
      }
      std::vector<std::string> a = first, b = m_stores;
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      if (a != b) return fail("alternative patterns bind different names", m_loc);
    }
    m_stores = std::move(outer);
    for (const std::string& name : first)
      if (!store(name)) return false;
    return true;
  }

  Loc m_loc;
  std::vector<std::string> m_stores;
  std::optional<ResolveError> m_error;
};

}  // namespace

std::optional<ResolveError> check_case_pattern(const ast::Pattern* p, bool last_or_guarded) {
  return PatternChecker().run(p, last_or_guarded);
}

}  // namespace hotpy::resolver
