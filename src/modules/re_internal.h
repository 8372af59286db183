// The re module's parts (re_*.cpp): Python's pattern syntax translated to PCRE2's
// (re_translate.cpp), compiled patterns (re_pattern.cpp), match objects
// (re_match.cpp), sub/split/templates (re_sub.cpp) and the module (re_module.cpp).
// str subjects are matched as UTF-8 (hotpy's own representation) by the 8-bit
// library in UTF mode; offsets PCRE2 reports are bytes, turned into code points only
// where Python sees them (match objects).
#pragma once
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "objects/object.h"

namespace hotpy {

// Python's flag values (re.RegexFlag).
enum ReFlag : uint32_t {
  kReTemplate = 1,
  kReIgnoreCase = 2,
  kReLocale = 4,
  kReMultiline = 8,
  kReDotAll = 16,
  kReUnicode = 32,
  kReVerbose = 64,
  kReDebug = 128,
  kReAscii = 256,
};

// A Python pattern rewritten for PCRE2.
struct Translation {
  std::string pcre;     // the PCRE2 pattern text
  uint32_t flags = 0;   // the Python flags, with the global inline ones and UNICODE added
  int groups = 0;       // capturing groups
  std::vector<std::pair<std::string, int>> names;  // named groups, in order
  // For each group (index 1..groups): the order in which its ')' closes in the
  // pattern, so that lastindex can name the group that closed last.
  std::vector<int> close_rank;
};

// A syntax error: CPython's message and its position (code points into the pattern).
struct TranslateError {
  std::string msg;
  int64_t pos = -1;  // -1: no position
};

// Translates `pattern` (UTF-8 text, or bytes when is_bytes); false with *err set.
bool translate_pattern(std::string_view pattern, bool is_bytes, uint32_t flags, Translation* out,
                       TranslateError* err);

// A compiled pattern, as CPython's re.Pattern.
struct PatternObject : Object {
  Value m_pattern;     // the str or bytes source
  Value m_groupindex;  // a dict name -> index (exposed as a mappingproxy)
  uint32_t m_flags = 0;
  int m_groups = 0;
  bool m_bytes = false;
  std::vector<int> m_close_rank;
  std::vector<std::string> m_group_names;  // index -> name ("" when unnamed)
  // The search code, and the anchored variants (match, fullmatch) made when first
  // used, so that each gets PCRE2's JIT (match-time anchoring would bypass it).
  pcre2_code* m_code[3] = {nullptr, nullptr, nullptr};
  uint32_t m_options = 0;  // the compile options of m_code[0]
  std::string m_pcre;      // the translated pattern, to compile the variants
  mutable int64_t m_hash = -1;
  explicit PatternObject(TypeObject* type) : Object(type) {}
  ~PatternObject() override;
};

enum class Anchor { kSearch = 0, kMatch = 1, kFull = 2 };

// A subject string: its bytes and how to turn byte offsets into Python indexes.
struct Subject {
  Value obj;              // the original object (match.string)
  std::string_view data;  // its bytes (UTF-8 for str)
  // A copy of a mutable buffer's bytes (bytearray, memoryview), which `data` views:
  // the object may change while a match object or an iterator still reads them.
  std::shared_ptr<const std::string> owned;
  bool is_str = false;
  bool ascii = true;      // byte offsets are indexes
  // The last byte offset turned into a code point, to make forward walks cheap.
  size_t cursor_byte = 0;
  int64_t cursor_index = 0;
  int64_t index_of(size_t byte);  // code-point index of a byte offset
  size_t byte_of(int64_t index);  // byte offset of a code-point index (clamped)
  int64_t length();               // in Python's units
  Value slice(size_t begin, size_t end);  // the text between two byte offsets
};

// Binds a subject to a pattern (TypeError for str/bytes mixes); false on error.
bool subject_for(const PatternObject* p, const Value& string, Subject* out);
// Runs the pattern from byte offset `start` within data[0, end). Returns 1 on a match
// (ovector filled: 2 * (groups + 1) byte offsets, PCRE2_UNSET for unset groups), 0
// for no match, -1 with an exception.
int pattern_exec(PatternObject* p, Anchor anchor, const Subject& s, size_t start, size_t end,
                 uint32_t options, std::vector<size_t>& ovector);

extern TypeObject PatternType;
extern TypeObject MatchType;
extern TypeObject ScannerIterType;

// re.Match. Keeps the group offsets both in bytes (to slice the subject) and in
// Python's indexes (what span() reports), the latter computed when it is made.
struct MatchObject : Object {
  Value m_pattern;  // the PatternObject
  Subject m_subject;
  std::vector<size_t> m_bytes;     // 2 per group; PCRE2_UNSET when unset
  std::vector<int64_t> m_indexes;  // 2 per group; -1 when unset
  int64_t m_pos = 0, m_endpos = 0;
  int m_lastindex = -1;
  MatchObject();
  PatternObject* pattern() const { return static_cast<PatternObject*>(m_pattern.obj()); }
  int groups() const { return pattern()->m_groups; }
};

// A match object for the ovector (byte offsets) of a match of p in s.
Value new_match(PatternObject* p, Subject& s, const std::vector<size_t>& ovector, int64_t pos,
                int64_t endpos);
// The group indexes of a name or number (IndexError "no such group" when none).
bool group_index(PatternObject* p, const Value& key, int* out);

// Pattern methods shared with the module functions (args[0] is the pattern).
Value pattern_sub(const Value* args, size_t nargs, KwNames* kw);
Value pattern_subn(const Value* args, size_t nargs, KwNames* kw);
Value pattern_split(const Value* args, size_t nargs, KwNames* kw);
// match.expand(template)
Value match_expand_template(const Value& match, const Value& templ);

// re.error(msg, pattern, pos) raised; returns Null.
Value raise_re_error(std::string_view msg, const Value& pattern, int64_t pos);
// Compiles (through the module's cache) a pattern given as str/bytes or Pattern.
Value re_compile(const Value& pattern, const Value& flags);
void init_re_types();

}  // namespace hotpy
