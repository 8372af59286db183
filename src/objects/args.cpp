// Argument checking for native functions.
#include "objects/args.h"

#include <cstring>

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

bool no_keywords_slow(const char* fname, KwNames* kw) {
  if (!kw || kw->size() == 0) return true;
  raise(&TypeErrorType, format("%s() takes no keyword arguments", fname));
  return false;
}

bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  const char* plural = (nargs < min ? min : max) == 1 ? "" : "s";
  if (min == max && min == 0)
    raise(&TypeErrorType, format("%s() takes no arguments (%zu given)", fname, nargs));
  else if (min == max && min == 1)
    raise(&TypeErrorType, format("%s() takes exactly one argument (%zu given)", fname, nargs));
  else if (nargs < min)
    raise(&TypeErrorType, format("%s expected at least %zu argument%s, got %zu", fname, min, plural, nargs));
  else
    raise(&TypeErrorType, format("%s expected at most %zu argument%s, got %zu", fname, max, plural, nargs));
  return false;
}

bool bind_args(const char* fname, const Value* args, size_t nargs, KwNames* kw,
               std::initializer_list<const char*> names, size_t max_positional, Value* out) {
  if (nargs > max_positional) {
    raise(&TypeErrorType, format("%s() takes at most %zu argument%s (%zu given)", fname, max_positional,
                                 max_positional == 1 ? "" : "s", nargs));
    return false;
  }
  for (size_t i = 0; i < nargs; i++) out[i] = args[i];
  if (!kw) return true;
  const auto& kwnames = kw->m_items;
  for (size_t k = 0; k < kwnames.size(); k++) {
    std::string_view key = as_str(kwnames[k])->view();
    size_t i = 0;
    bool found = false;
    for (const char* n : names) {
      if (key == n) {
        if (!out[i].is_null()) {
          raise(&TypeErrorType, format("argument for %s() given by name ('%s') and position (%zu)", fname, n, i + 1));
          return false;
        }
        out[i] = args[nargs + k];
        found = true;
        break;
      }
      i++;
    }
    if (!found) {
      raise(&TypeErrorType, format("%s() got an unexpected keyword argument '%.*s'", fname, int(key.size()),
                                   key.data()));
      return false;
    }
  }
  return true;
}

}  // namespace hotpy
