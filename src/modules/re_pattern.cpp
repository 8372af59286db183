// re.Pattern: a translated pattern compiled by PCRE2 (with its JIT when the machine
// allows it), and the searching methods: search, match, fullmatch, findall, finditer.
#include <algorithm>
#include <cstring>

#include "modules/re_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject PatternType("re.Pattern");
TypeObject ScannerIterType("callable_iterator");
TypeObject ScannerType("_sre.SRE_Scanner");

PatternObject::~PatternObject() {
  for (pcre2_code*& c : m_code)
    if (c) pcre2_code_free(c);
}

// ---- subjects

int64_t Subject::index_of(size_t byte) {
  if (ascii) return int64_t(byte);
  if (byte < cursor_byte / 2) cursor_byte = 0, cursor_index = 0;
  const char* d = data.data();
  while (cursor_byte < byte) {
    cursor_byte++;
    while (cursor_byte < data.size() && (static_cast<unsigned char>(d[cursor_byte]) & 0xC0) == 0x80) cursor_byte++;
    cursor_index++;
  }
  while (cursor_byte > byte) {
    do cursor_byte--;
    while ((static_cast<unsigned char>(d[cursor_byte]) & 0xC0) == 0x80);
    cursor_index--;
  }
  return cursor_index;
}

size_t Subject::byte_of(int64_t index) {
  if (index <= 0) return 0;
  if (ascii) return std::min(size_t(index), data.size());
  const StrObject* s = as_str(obj);
  return index >= s->m_length ? data.size() : str_offset(s, index);
}

int64_t Subject::length() { return ascii ? int64_t(data.size()) : as_str(obj)->m_length; }

Value Subject::slice(size_t begin, size_t end) {
  std::string text(data.substr(begin, end - begin));
  if (!is_str) return new_bytes(std::move(text));
  if (ascii) return new_str_len(std::move(text), int64_t(end - begin));
  return new_str(std::move(text));
}

bool subject_for(const PatternObject* p, const Value& string, Subject* out) {
  out->obj = string;
  if (is_str(string)) {
    if (p->m_bytes) {
      raise(&TypeErrorType, "cannot use a bytes pattern on a string-like object");
      return false;
    }
    StrObject* s = as_str(string);
    out->data = s->view();
    out->is_str = true;
    out->ascii = s->ascii();
    return true;
  }
  std::string_view data;
  if (!buffer_view(string, &data)) {
    if (!error_pending())
      raise(&TypeErrorType, format("expected string or bytes-like object, got '%s'", type_name(string).c_str()));
    return false;
  }
  if (!p->m_bytes) {
    raise(&TypeErrorType, "cannot use a string pattern on a bytes-like object");
    return false;
  }
  if (is_type(string, &BytesType)) {
    out->data = data;
  } else {
    out->owned = std::make_shared<const std::string>(data);
    out->data = *out->owned;
  }
  return true;
}

// ---- running PCRE2

namespace {

pcre2_compile_context* compile_context() {
  static pcre2_compile_context* ctx = [] {
    pcre2_compile_context* c = pcre2_compile_context_create(nullptr);
    pcre2_set_newline(c, PCRE2_NEWLINE_LF);  // Python's only line end
    return c;
  }();
  return ctx;
}

// One match-data block and JIT stack per thread: nothing runs Python code during
// a match, and the ovector is copied out before the next one.
struct MatchScratch {
  pcre2_match_data* data = nullptr;
  uint32_t pairs = 0;
  pcre2_match_context* context = nullptr;
  pcre2_jit_stack* stack = nullptr;
  ~MatchScratch() {
    if (data) pcre2_match_data_free(data);
    if (context) pcre2_match_context_free(context);
    if (stack) pcre2_jit_stack_free(stack);
  }
};
thread_local MatchScratch scratch;

pcre2_match_data* match_data(uint32_t pairs) {
  if (scratch.pairs < pairs) {
    if (scratch.data) pcre2_match_data_free(scratch.data);
    scratch.data = pcre2_match_data_create(pairs, nullptr);
    scratch.pairs = pairs;
  }
  if (!scratch.context) {
    scratch.context = pcre2_match_context_create(nullptr);
    scratch.stack = pcre2_jit_stack_create(32 * 1024, 8 * 1024 * 1024, nullptr);
    if (scratch.stack) pcre2_jit_stack_assign(scratch.context, nullptr, scratch.stack);
  }
  return scratch.data;
}

std::string pcre2_message(int code) {
  PCRE2_UCHAR buf[256];
  if (pcre2_get_error_message(code, buf, sizeof buf) < 0) return "unknown error";
  return reinterpret_cast<const char*>(buf);
}

pcre2_code* code_for(PatternObject* p, Anchor anchor) {
  int k = int(anchor);
  if (p->m_code[k]) return p->m_code[k];
  uint32_t options = p->m_options | PCRE2_ANCHORED | (anchor == Anchor::kFull ? PCRE2_ENDANCHORED : 0);
  int err;
  PCRE2_SIZE offset;
  pcre2_code* c = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(p->m_pcre.data()), p->m_pcre.size(), options, &err,
                                &offset, compile_context());
  if (!c) {
    raise(&RuntimeErrorType, "PCRE2 could not compile an anchored pattern: " + pcre2_message(err));
    return nullptr;
  }
  pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
  p->m_code[k] = c;
  return c;
}

}  // namespace

int pattern_exec(PatternObject* p, Anchor anchor, const Subject& s, size_t start, size_t end, uint32_t options,
                 std::vector<size_t>& ovector) {
  pcre2_code* code = code_for(p, anchor);
  if (!code) return -1;
  uint32_t pairs = uint32_t(p->m_groups) + 1;
  pcre2_match_data* md = match_data(pairs);
  int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(s.data.data()), end, start, options, md, scratch.context);
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc < 0) {
    raise(&RuntimeErrorType, "regular expression match failed: " + pcre2_message(rc));
    return -1;
  }
  const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
  ovector.assign(ov, ov + 2 * pairs);
  // Groups after the last one that matched are left unset by PCRE2's count.
  for (uint32_t g = uint32_t(rc); g < pairs; g++) ovector[2 * g] = ovector[2 * g + 1] = PCRE2_UNSET;
  return 1;
}

// ---- compiling

namespace {

// The PCRE2 compile error for a pattern we accepted: Python's message when PCRE2's
// limits differ from CPython's (look-behinds), else PCRE2's own.
Value compile_error(int code, const Value& pattern) {
  if (code == 125) return raise_re_error("look-behind requires fixed-width pattern", Value::none(), -1);
  return raise_re_error(pcre2_message(code), pattern, -1);
}

}  // namespace

Value compile_pattern(const Value& pattern, uint32_t flags) {
  bool bytes = !is_str(pattern);
  std::string_view src;
  if (!bytes) {
    src = as_str(pattern)->view();
  } else if (!buffer_view(pattern, &src)) {
    return error_pending() ? Value() : raise(&TypeErrorType, "first argument must be string or compiled pattern");
  }
  Translation t;
  TranslateError e;
  if (!translate_pattern(src, bytes, flags, &t, &e)) {
    if (e.pos < 0 && e.msg.find("flag") != std::string::npos) return raise(&ValueErrorType, e.msg);
    return raise_re_error(e.msg, pattern, e.pos);
  }
  // ALT_CIRCUMFLEX: in MULTILINE, ^ also matches after a final newline, as Python's.
  uint32_t options = PCRE2_ALT_CIRCUMFLEX;
  if (!bytes) {
    options |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    if (!(t.flags & kReAscii)) options |= PCRE2_UCP;
  }
  if (t.flags & kReIgnoreCase) options |= PCRE2_CASELESS;
  if (t.flags & kReMultiline) options |= PCRE2_MULTILINE;
  if (t.flags & kReDotAll) options |= PCRE2_DOTALL;
  int err;
  PCRE2_SIZE offset;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(t.pcre.data()), t.pcre.size(), options, &err, &offset,
                                   compile_context());
  if (!code) return compile_error(err, pattern);
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);

  auto* p = new PatternObject(&PatternType);
  Value result = Value::steal(p);
  p->m_code[0] = code;
  p->m_options = options;
  p->m_pcre = std::move(t.pcre);
  p->m_pattern = is_bytes(pattern) || is_str(pattern) ? pattern : new_bytes(std::string(src));
  p->m_flags = t.flags;
  p->m_groups = t.groups;
  p->m_bytes = bytes;
  p->m_close_rank = std::move(t.close_rank);
  p->m_group_names.assign(size_t(t.groups) + 1, std::string());
  Value index = new_dict();
  for (auto& [name, g] : t.names) {
    p->m_group_names[size_t(g)] = name;
    if (dict_set(as_dict(index), new_str(name), Value::integer(g)) < 0) return Value();
  }
  p->m_groupindex = index;
  return result;
}

namespace {

PatternObject* pat(const Value& v) { return v.as<PatternObject>(); }

// Parses (string, pos=0, endpos=maxsize) into a subject and a byte range.
bool search_args(const char* fname, const Value* args, size_t nargs, KwNames* kw, Subject* s, size_t* start,
                 size_t* end, int64_t* pos_out, int64_t* endpos_out) {
  Value a[3];
  if (!bind_args(fname, args + 1, nargs - 1, kw, {"string", "pos", "endpos"}, 3, a)) return false;
  if (a[0].is_null()) {
    raise(&TypeErrorType, format("%s() missing required argument 'string' (pos 1)", fname));
    return false;
  }
  if (!subject_for(pat(args[0]), a[0], s)) return false;
  int64_t length = s->length();
  int64_t pos = 0, endpos = length;
  if (!a[1].is_null() && !index_ssize(a[1], &pos, &OverflowErrorType)) return false;
  if (!a[2].is_null() && !index_ssize(a[2], &endpos, &OverflowErrorType)) return false;
  pos = std::clamp<int64_t>(pos, 0, length);
  endpos = std::clamp<int64_t>(endpos, 0, length);
  *pos_out = pos;
  *endpos_out = endpos;
  *start = s->byte_of(pos);
  *end = s->byte_of(endpos);
  // Offsets are turned into indexes by walking from a known point: start from pos.
  s->cursor_byte = *start;
  s->cursor_index = pos;
  return true;
}

Value run_one(const char* fname, Anchor anchor, const Value* args, size_t nargs, KwNames* kw) {
  Subject s;
  size_t start, end;
  int64_t pos, endpos;
  if (!search_args(fname, args, nargs, kw, &s, &start, &end, &pos, &endpos)) return Value();
  if (start > end) return Value::none();
  std::vector<size_t> ov;
  int rc = pattern_exec(pat(args[0]), anchor, s, start, end, 0, ov);
  if (rc <= 0) return rc < 0 ? Value() : Value::none();
  return new_match(pat(args[0]), s, ov, pos, endpos);
}

Value pattern_search(const Value* args, size_t nargs, KwNames* kw) {
  return run_one("search", Anchor::kSearch, args, nargs, kw);
}
Value pattern_match(const Value* args, size_t nargs, KwNames* kw) {
  return run_one("match", Anchor::kMatch, args, nargs, kw);
}
Value pattern_fullmatch(const Value* args, size_t nargs, KwNames* kw) {
  return run_one("fullmatch", Anchor::kFull, args, nargs, kw);
}

// A group of a match for findall: '' (or b'') when it did not take part.
Value group_text(Subject& s, const std::vector<size_t>& ov, int g) {
  size_t b = ov[2 * size_t(g)], e = ov[2 * size_t(g) + 1];
  if (b == PCRE2_UNSET) return s.slice(0, 0);
  return s.slice(b, e);
}

Value pattern_findall(const Value* args, size_t nargs, KwNames* kw) {
  Subject s;
  size_t start, end;
  int64_t pos, endpos;
  if (!search_args("findall", args, nargs, kw, &s, &start, &end, &pos, &endpos)) return Value();
  PatternObject* p = pat(args[0]);
  std::vector<Value> items;
  std::vector<size_t> ov;
  bool was_empty = false;
  while (start <= end) {
    int rc = pattern_exec(p, Anchor::kSearch, s, start, end, was_empty ? PCRE2_NOTEMPTY_ATSTART : 0, ov);
    if (rc < 0) return Value();
    if (rc == 0) break;
    if (p->m_groups == 0) {
      items.push_back(s.slice(ov[0], ov[1]));
    } else if (p->m_groups == 1) {
      items.push_back(group_text(s, ov, 1));
    } else {
      std::vector<Value> groups;
      for (int g = 1; g <= p->m_groups; g++) groups.push_back(group_text(s, ov, g));
      items.push_back(new_tuple(std::move(groups)));
    }
    was_empty = ov[0] == ov[1];
    start = ov[1];
  }
  return new_list(std::move(items));
}

// finditer's iterator (CPython: a callable_iterator over a scanner's search).
struct ScanIter : Object {
  Value m_pattern;
  Subject m_subject;
  size_t m_start = 0, m_end = 0;
  int64_t m_pos = 0, m_endpos = 0;
  bool m_was_empty = false;
  bool m_done = false;
  explicit ScanIter(TypeObject* type) : Object(type) {}
};

// finditer's iterator and pattern.scanner()'s object share their state.
Value new_scan(const char* fname, TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  auto* it = new ScanIter(type);
  Value result = Value::steal(it);
  if (!search_args(fname, args, nargs, kw, &it->m_subject, &it->m_start, &it->m_end, &it->m_pos, &it->m_endpos))
    return Value();
  it->m_pattern = args[0];
  return result;
}

Value pattern_finditer(const Value* args, size_t nargs, KwNames* kw) {
  return new_scan("finditer", &ScannerIterType, args, nargs, kw);
}
Value pattern_scanner(const Value* args, size_t nargs, KwNames* kw) {
  return new_scan("scanner", &ScannerType, args, nargs, kw);
}

// The next match from where the last one ended (Null when none, with no error
// for the end).
Value scan_step(ScanIter* it, Anchor anchor) {
  if (it->m_done || it->m_start > it->m_end) return Value();
  PatternObject* p = pat(it->m_pattern);
  std::vector<size_t> ov;
  int rc = pattern_exec(p, anchor, it->m_subject, it->m_start, it->m_end,
                        it->m_was_empty ? PCRE2_NOTEMPTY_ATSTART : 0, ov);
  if (rc <= 0) {
    it->m_done = true;
    return Value();
  }
  it->m_was_empty = ov[0] == ov[1];
  it->m_start = ov[1];
  return new_match(p, it->m_subject, ov, it->m_pos, it->m_endpos);
}

Value scan_next(const Value& self) { return scan_step(self.as<ScanIter>(), Anchor::kSearch); }

Value scanner_search(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("search", kw) || !check_nargs("search", nargs - 1, 0, 0)) return Value();
  Value m = scan_step(args[0].as<ScanIter>(), Anchor::kSearch);
  return m.is_null() && !error_pending() ? Value::none() : m;
}
Value scanner_match(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("match", kw) || !check_nargs("match", nargs - 1, 0, 0)) return Value();
  Value m = scan_step(args[0].as<ScanIter>(), Anchor::kMatch);
  return m.is_null() && !error_pending() ? Value::none() : m;
}
Value scanner_pattern(const Value& self) { return self.as<ScanIter>()->m_pattern; }

Value scan_iter(const Value& self) { return self; }

// ---- attributes, repr, comparison

Value get_pattern(const Value& self) { return pat(self)->m_pattern; }
Value get_flags(const Value& self) { return Value::integer(pat(self)->m_flags); }
Value get_groups(const Value& self) { return Value::integer(pat(self)->m_groups); }
Value get_groupindex(const Value& self) { return new_mappingproxy(as_dict(pat(self)->m_groupindex)); }

Value pattern_repr(const Value& self) {
  PatternObject* p = pat(self);
  Value r = repr(p->m_pattern);
  if (r.is_null()) return Value();
  std::string_view text = as_str(r)->view();
  std::string out = "re.compile(";
  // CPython's %.200R: the first 200 characters of the repr.
  if (as_str(r)->m_length > 200) out.append(text.substr(0, str_offset(as_str(r), 200)));
  else out.append(text);
  static const std::pair<const char*, uint32_t> kNames[] = {
      {"re.TEMPLATE", kReTemplate}, {"re.IGNORECASE", kReIgnoreCase}, {"re.LOCALE", kReLocale},
      {"re.MULTILINE", kReMultiline}, {"re.DOTALL", kReDotAll},       {"re.UNICODE", kReUnicode},
      {"re.VERBOSE", kReVerbose},   {"re.DEBUG", kReDebug},           {"re.ASCII", kReAscii}};
  uint32_t flags = p->m_flags;
  if (!p->m_bytes && (flags & (kReLocale | kReUnicode | kReAscii)) == kReUnicode) flags &= ~kReUnicode;
  if (flags) {
    std::string names;
    for (auto& [name, bit] : kNames)
      if (flags & bit) {
        names += names.empty() ? "" : "|";
        names += name;
        flags &= ~bit;
      }
    if (flags) names += (names.empty() ? "" : "|") + format("0x%x", flags);
    out += ", " + names;
  }
  out += ")";
  return new_str(out);
}

Value pattern_richcompare(const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_type(b, &PatternType)) return NotImplemented;
  PatternObject* x = pat(a);
  PatternObject* y = pat(b);
  bool eq = x == y;
  if (!eq && x->m_flags == y->m_flags && x->m_bytes == y->m_bytes) {
    int e = equal(x->m_pattern, y->m_pattern);
    if (e < 0) return Value();
    eq = e;
  }
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

int64_t pattern_hash(const Value& self) {
  PatternObject* p = pat(self);
  if (p->m_hash != -1) return p->m_hash;
  int64_t h = hash(p->m_pattern);
  if (h == -1) return -1;
  h ^= int64_t(p->m_flags) * 1000003;
  if (h == -1) h = -2;
  return p->m_hash = h;
}

Value pattern_copy(const Value* args, size_t, KwNames*) { return args[0]; }

}  // namespace

void init_pattern_type() {
  PatternType.m_qualname = "Pattern";
  PatternType.tp_repr = pattern_repr;
  PatternType.tp_richcompare = pattern_richcompare;
  PatternType.tp_hash = pattern_hash;
  PatternType.tp_getattr = generic_getattr;
  PatternType.m_flags |= kWeakrefable;
  type_ready(&PatternType, &ObjectType,
             {{"search", pattern_search},
              {"match", pattern_match},
              {"fullmatch", pattern_fullmatch},
              {"findall", pattern_findall},
              {"finditer", pattern_finditer},
              {"sub", pattern_sub},
              {"subn", pattern_subn},
              {"split", pattern_split},
              {"scanner", pattern_scanner},
              {"__copy__", pattern_copy},
              {"__deepcopy__", pattern_copy}});
  type_add_getsets(&PatternType, {{"pattern", get_pattern},
                                  {"flags", get_flags},
                                  {"groups", get_groups},
                                  {"groupindex", get_groupindex}});
  type_add_value(&PatternType, "__module__", interned("re"));
  type_add_class_getitem(&PatternType);

  ScannerIterType.tp_iter = scan_iter;
  ScannerIterType.tp_next = scan_next;
  ScannerIterType.tp_getattr = generic_getattr;
  type_ready(&ScannerIterType, &ObjectType);
  ScannerType.m_qualname = "SRE_Scanner";
  ScannerType.tp_getattr = generic_getattr;
  type_ready(&ScannerType, &ObjectType, {{"search", scanner_search}, {"match", scanner_match}});
  type_add_getsets(&ScannerType, {{"pattern", scanner_pattern}});
}

}  // namespace hotpy
