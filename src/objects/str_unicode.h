// Unicode character properties and case mappings for str's methods, generated from
// CPython's own database (gen_str_unicode.py), so isalpha(), upper(), repr()'s
// printable test, ... agree with the oracle for every code point. ASCII is answered
// from a small table; other code points by binary search over runs.
#pragma once
#include <cstdint>
#include <string>

namespace hotpy::unicode {

// ORDER FLAGS: the bits gen_str_unicode.py emits.
enum Flag : uint16_t {
  kPrintable = 1 << 0,
  kAlpha = 1 << 1,
  kDecimal = 1 << 2,
  kDigit = 1 << 3,
  kNumeric = 1 << 4,
  kSpace = 1 << 5,
  kLower = 1 << 6,
  kUpper = 1 << 7,
  kTitle = 1 << 8,
  kCased = 1 << 9,
  kCaseIgnorable = 1 << 10,
  kIdStart = 1 << 11,     // XID_Start or '_'
  kIdContinue = 1 << 12,  // XID_Continue
};

extern const uint16_t kAsciiFlags[128];
uint16_t flags_slow(uint32_t cp);
inline uint16_t flags(uint32_t cp) { return cp < 128 ? kAsciiFlags[cp] : flags_slow(cp); }
inline bool has(uint32_t cp, uint16_t f) { return (flags(cp) & f) != 0; }
inline bool is_space(uint32_t cp) { return has(cp, kSpace); }
inline bool is_alnum(uint32_t cp) { return has(cp, kAlpha | kDecimal | kDigit | kNumeric); }

// Value of a decimal digit of any script (U+0660 -> 0), or -1.
int decimal_value(uint32_t cp);

// Full case mappings (may produce several code points: 'ß'.upper() == 'SS'),
// appended to `out` as UTF-8. Lower does not apply the final-sigma rule; callers
// that lower whole strings handle U+03A3 themselves.
void append_upper(std::string& out, uint32_t cp);
void append_lower(std::string& out, uint32_t cp);
void append_title(std::string& out, uint32_t cp);
void append_fold(std::string& out, uint32_t cp);

}  // namespace hotpy::unicode
