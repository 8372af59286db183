// What Tab offers at the prompt: CPython's rlcompleter, on hotpy's objects.
#pragma once
#include <string>
#include <vector>

#include "objects/dict.h"

namespace hotpy {

// The completions of `text` (a name or a dotted name) in `globals` and builtins,
// each starting with `text`, unsorted. Never raises: a failing lookup offers nothing.
std::vector<std::string> python_completions(const std::string& text, DictObject* globals);

}  // namespace hotpy
