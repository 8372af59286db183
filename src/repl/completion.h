// What Tab offers at the prompt: CPython's rlcompleter, over the public API.
#pragma once
#include <hotpy/hotpy.h>

#include <string>
#include <vector>

namespace hotpy {

// The completions of `text` (a name or a dotted name) in __main__ and builtins,
// each starting with `text`, unsorted. Never raises: a failing lookup offers nothing.
std::vector<std::string> python_completions(Interpreter& py, const std::string& text);

}  // namespace hotpy
