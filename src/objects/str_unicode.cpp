// Lookups over the generated Unicode tables (str_unicode_data.inc).
#include "objects/str_unicode.h"

#include <algorithm>
#include <iterator>

#include "objects/str.h"

namespace hotpy::unicode {

namespace {

struct FlagRun {
  uint32_t first;  // the run lasts until the next run's first
  uint16_t flags;
};
// Code points first..last, every `stride`-th one, map to cp + delta.
struct CaseRun {
  uint32_t first, last;
  uint32_t stride;
  int32_t delta;
};
struct CaseMulti {
  uint32_t cp;
  const char* utf8;
};

#include "objects/str_unicode_data.inc"

template <size_t N, size_t M>
void append_mapped(std::string& out, uint32_t cp, const CaseRun (&runs)[N],
                   const CaseMulti (&multi)[M]) {
  // Runs are sorted by first code point and do not overlap.
  auto it = std::upper_bound(std::begin(runs), std::end(runs), cp,
                             [](uint32_t c, const CaseRun& r) { return c < r.first; });
  if (it != std::begin(runs)) {
    const CaseRun& r = *(it - 1);
    if (cp <= r.last && (cp - r.first) % r.stride == 0) {
      append_utf8(out, static_cast<uint32_t>(static_cast<int32_t>(cp) + r.delta));
      return;
    }
  }
  auto m = std::lower_bound(std::begin(multi), std::end(multi), cp,
                            [](const CaseMulti& e, uint32_t c) { return e.cp < c; });
  if (m != std::end(multi) && m->cp == cp) {
    out += m->utf8;
    return;
  }
  append_utf8(out, cp);
}

}  // namespace

uint16_t flags_slow(uint32_t cp) {
  auto it = std::upper_bound(std::begin(kFlagRuns), std::end(kFlagRuns), cp,
                             [](uint32_t c, const FlagRun& r) { return c < r.first; });
  return (it - 1)->flags;  // the first run starts at 0
}

const uint16_t kAsciiFlags[128] = {HOTPY_ASCII_FLAGS};

int decimal_value(uint32_t cp) {
  if (cp < 128) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
  if (!has(cp, kDecimal)) return -1;
  auto it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), cp);
  return static_cast<int>(cp - *(it - 1));
}

void append_upper(std::string& out, uint32_t cp) {
  if (cp < 128) {
    out += static_cast<char>(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
    return;
  }
  append_mapped(out, cp, kUpperRuns, kUpperMulti);
}
void append_lower(std::string& out, uint32_t cp) {
  if (cp < 128) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return;
  }
  append_mapped(out, cp, kLowerRuns, kLowerMulti);
}
void append_title(std::string& out, uint32_t cp) {
  if (cp < 128) {
    out += static_cast<char>(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
    return;
  }
  append_mapped(out, cp, kTitleRuns, kTitleMulti);
}
void append_fold(std::string& out, uint32_t cp) {
  if (cp < 128) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return;
  }
  append_mapped(out, cp, kFoldRuns, kFoldMulti);
}

}  // namespace hotpy::unicode
