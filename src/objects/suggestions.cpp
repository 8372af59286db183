// The closest-name search behind "Did you mean". The distance is the classic edit
// distance computed one row at a time, with CPython 3.11's costs: inserting,
// deleting or replacing a character costs 2, changing only its case costs 1.
#include "objects/suggestions.h"

#include <algorithm>
#include <cstdint>


namespace hotpy {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxLength = 40;
constexpr size_t kMove = 2;
constexpr size_t kCase = 1;

size_t replace_cost(char a, char b) {
  if (a == b) return 0;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
  return lower(a) == lower(b) ? kCase : kMove;
}

// The distance from a to b, or any value above `limit` once it must exceed it.
size_t distance(std::string_view a, std::string_view b, size_t limit) {
  // Shared beginnings and ends cost nothing.
  while (!a.empty() && !b.empty() && a.front() == b.front()) a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMove;
  if (a.size() > kMaxLength || b.size() > kMaxLength) return limit + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMove > limit) return limit + 1;
  // row[i]: the cost of turning b's prefix so far into a[:i + 1].
  size_t row[kMaxLength];
  for (size_t i = 0; i < a.size(); i++) row[i] = (i + 1) * kMove;
  size_t cost = 0;
  for (size_t j = 0; j < b.size(); j++) {
    size_t diagonal = j * kMove;  // cost of b[:j] -> a[:0]
    size_t left = (j + 1) * kMove;  // cost of b[:j + 1] -> a[:0]
    size_t best_in_row = SIZE_MAX;
    for (size_t i = 0; i < a.size(); i++) {
      size_t replaced = diagonal + replace_cost(b[j], a[i]);
      size_t above = row[i];
      cost = std::min({replaced, above + kMove, left + kMove});
      diagonal = above;
      left = cost;
      row[i] = cost;
      best_in_row = std::min(best_in_row, cost);
    }
    if (best_in_row > limit) return limit + 1;
  }
  return cost;
}

}  // namespace

std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
  if (candidates.size() >= kMaxCandidates) return std::nullopt;
  std::optional<std::string> best;
  size_t best_cost = SIZE_MAX;
  for (std::string_view candidate : candidates) {
    if (candidate == name) continue;
    // At most a third of the characters involved may change, and it must beat the best so far.
    size_t limit = std::min((name.size() + candidate.size() + 3) * kMove / 6, best_cost - 1);
    size_t cost = distance(name, candidate, limit);
    if (cost > limit) continue;
    if (!best || cost < best_cost) {
      best = std::string(candidate);
      best_cost = cost;
    }
  }
  return best;
}

}  // namespace hotpy
