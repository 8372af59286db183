// "Did you mean: 'x'?": the closest name CPython 3.11 offers after a NameError or
// AttributeError, by its rules (an edit distance where a case change costs half a
// move, at most a third of the characters changed, lists of 750 names or more and
// names over 40 bytes left out).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hotpy {

// The best of `candidates` for the mistyped `name`, or nothing. A list too long to
// search (CPython's limit) offers nothing.
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace hotpy
