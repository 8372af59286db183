// str: the object, interning, UTF-8 helpers, repr, and the type's slots. The methods
// live in str_methods.cpp, formatting in str_format.cpp, codecs in bytes.cpp.
#include "objects/str.h"

#include <atomic>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/ops.h"
#include "objects/str_internal.h"
#include "objects/str_unicode.h"

namespace hotpy {

TypeObject StrType("str");
TypeObject StrIterType("str_iterator");
TypeObject StrAsciiIterType("str_ascii_iterator");

namespace {


// Code points and the ASCII flag in one pass: 8 bytes at a time while they are ASCII.
void scan_utf8(std::string_view s, int64_t* length, bool* ascii) {
  const char* p = s.data();
  size_t n = s.size(), i = 0;
  bool all_ascii = true;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) {
      all_ascii = false;
      break;
    }
  }
  if (all_ascii) {
    for (; i < n; ++i)
      if (static_cast<unsigned char>(p[i]) >= 0x80) {
        all_ascii = false;
        break;
      }
  }
  if (all_ascii) {
    *length = static_cast<int64_t>(n);
    *ascii = true;
    return;
  }
  int64_t len = static_cast<int64_t>(i);
  for (; i < n; ++i) len += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
  *length = len;
  *ascii = false;
}

// An instance of a subclass of str written in Python: it can carry attributes.
struct StrSubObject : StrObject {
  DictObject* m_dict = nullptr;
  StrSubObject(TypeObject* type, std::string data) : StrObject(type, std::move(data)) {}
  ~StrSubObject() override {
    if (m_dict) decref(m_dict);
  }
  void traverse(Visitor visit, void* arg) override {
    if (m_dict) visit(m_dict, arg);
  }
  DictObject** instance_dict() override { return &m_dict; }
};

StrObject* immortal_str(StrObject* s) {
  make_immortal(s);
  s->hash();
  return s;
}

// Guards the intern table (below), which interpreters on several threads share. Held for
// a probe or an insert only, and rarely contended: a spin lock costs start-up (some
// 2,000 names) a fraction of what a mutex does.
class InternLock {
 public:
  void lock() {
    while (m_held.exchange(true, std::memory_order_acquire))
      while (m_held.load(std::memory_order_relaxed)) {
      }
  }
  void unlock() { m_held.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> m_held{false};
};
InternLock intern_mutex;
void add_interned(StrObject* o);

// One-character strings for U+0000..U+00FF and '': immortal, shared by every
// interpreter, made together by the first one to ask (a static's initialisation is
// thread-safe).
struct SharedStrs {
  StrObject* chars[256];
  StrObject* empty;
  SharedStrs() {
    for (uint32_t cp = 0; cp < 256; ++cp) {
      std::string t;
      append_utf8(t, cp);
      chars[cp] = immortal_str(new StrObject(&StrType, std::move(t), 1));
    }
    empty = immortal_str(new StrObject(&StrType, std::string(), 0));
    // Interned from the start: interning never writes to an object another thread
    // may be reading.
    std::lock_guard<InternLock> lock(intern_mutex);
    for (uint32_t cp = 0; cp < 0x80; ++cp) add_interned(chars[cp]);
    add_interned(empty);
  }
};
const SharedStrs& shared_strs() {
  static const SharedStrs* const strs = new SharedStrs();
  return *strs;
}

StrObject* cached_char(uint32_t cp) { return shared_strs().chars[cp]; }

StrObject* the_empty() { return shared_strs().empty; }

// The intern table: open addressing with linear probing over (hash, string)
// pairs. Every identifier of every parse is looked up here; comparing the stored
// hash first makes a probe one compare in the common case.
class InternTable {
 public:
  InternTable() : m_slots(kInitial) {}
  StrObject* find(std::string_view s, int64_t hash) const {
    for (size_t i = index_of(hash);; i = (i + 1) & (m_slots.size() - 1)) {
      const Slot& e = m_slots[i];
      if (!e.str) return nullptr;
      if (e.hash == hash && e.str->view() == s) return e.str;
    }
  }
  void add(StrObject* str, int64_t hash) {
    if ((m_used + 1) * 2 > m_slots.size()) grow();
    place(str, hash);
    ++m_used;
  }

 private:
  struct Slot {
    int64_t hash = 0;
    StrObject* str = nullptr;
  };
  static constexpr size_t kInitial = 8192;  // a power of two
  size_t index_of(int64_t hash) const { return static_cast<uint64_t>(hash) & (m_slots.size() - 1); }
  void place(StrObject* str, int64_t hash) {
    size_t i = index_of(hash);
    while (m_slots[i].str) i = (i + 1) & (m_slots.size() - 1);
    m_slots[i] = Slot{hash, str};
  }
  void grow() {
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    for (const Slot& e : old)
      if (e.str) place(e.str, e.hash);
  }
  std::vector<Slot> m_slots;
  size_t m_used = 0;
};
// Never destroyed: interned strings live until exit, and code running during static
// destruction may still look names up.
InternTable& intern_table() {
  static InternTable* table = new InternTable();
  return *table;
}
// Interpreters on several threads intern names (parsing, getattr with a computed
// name): the table is shared, so intern_mutex guards it.
void add_interned(StrObject* o) {
  o->set_interned();
  intern_table().add(o, o->m_hash);
}

StrObject* index_name() {
  static StrObject* name = intern("__index__");
  return name;
}

bool has_index(const Value& v) { return !v.type()->lookup(index_name()).is_null(); }

}  // namespace

// ---- the object

namespace {
// A free list of StrObject-sized blocks (exact size only: subclasses' instances are
// larger). Bounded, so a burst of strings does not pin memory forever.
struct FreeBlock {
  FreeBlock* next;
};
constexpr size_t kMaxFree = 1 << 16;
}  // namespace

void free_str_blocks() {
  while (ts->free_strs) {
    auto* b = static_cast<FreeBlock*>(ts->free_strs);
    ts->free_strs = b->next;
    ::operator delete(b, sizeof(StrObject));
  }
  ts->free_str_count = 0;
}

void* StrObject::operator new(size_t size) {
  if (size == sizeof(StrObject) && ts && ts->free_strs) {
    auto* b = static_cast<FreeBlock*>(ts->free_strs);
    ts->free_strs = b->next;
    --ts->free_str_count;
    return b;
  }
  return ::operator new(size);
}

void StrObject::operator delete(void* p, size_t size) {
  if (size == sizeof(StrObject) && ts && ts->free_str_count < kMaxFree) {
    auto* b = static_cast<FreeBlock*>(p);
    b->next = static_cast<FreeBlock*>(ts->free_strs);
    ts->free_strs = b;
    ++ts->free_str_count;
    return;
  }
  ::operator delete(p, size);
}

// One allocator size class below the next (96 bytes): keep new members out or find room.
static_assert(sizeof(StrObject) <= 80, "a str grew past 80 bytes");

// The bytes a std::string holds inside itself, with no heap block.
static const size_t kInlineBytes = std::string().capacity();

[[gnu::noinline, gnu::cold]] static void shrink_into_object(std::string& s) { s.shrink_to_fit(); }

// A short string made in a reserved buffer (formatting reserves ahead) moves into the
// object's own inline buffer: a heap block fewer per short str, and no copy of the
// long ones. (The move is out of line: it keeps the constructors small enough to inline.)
static inline void drop_spare_block(std::string& s) {
  if (s.size() <= kInlineBytes && s.capacity() > kInlineBytes) shrink_into_object(s);
}

StrObject::StrObject(TypeObject* type, std::string&& data) : Object(type), m_data(std::move(data)) {
  drop_spare_block(m_data);
  bool ascii;
  scan_utf8(m_data, &m_length, &ascii);
  set_ascii(ascii);
}
StrObject::StrObject(std::string&& data) : StrObject(&StrType, std::move(data)) {}
StrObject::StrObject(TypeObject* type, std::string_view text, int64_t length)
    : Object(type), m_data(text), m_length(length) {
  if (static_cast<int64_t>(m_data.size()) == length) m_kind_bits |= kAsciiBit;
}
StrObject::StrObject(TypeObject* type, std::string&& data, int64_t length)
    : Object(type), m_data(std::move(data)), m_length(length) {
  // No drop_spare_block: this one's callers (slices, concatenations) size their bytes.
  if (static_cast<int64_t>(m_data.size()) == length) m_kind_bits |= kAsciiBit;
}

int64_t StrObject::compute_hash() const { return m_hash = hash_bytes(m_data); }

// A multiply-rotate hash over 8-byte words with a final avalanche: a few cycles per
// word, good spread for short identifiers (the common dict key).
int64_t hash_bytes(std::string_view s) {
  constexpr uint64_t k = 0x9E3779B97F4A7C15ull;
  uint64_t h = (s.size() + 1) * k;
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (std::rotl(h, 5) ^ w) * k;
  }
  if (n) {  // the last 1..7 bytes as a little-endian word, read without a byte loop
    uint64_t w;
    if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);  // overlaps lo: keep only bytes 4..n-1
      w = lo | (uint64_t{hi} >> (8 * (8 - n)) << 32);
    } else {
      auto b = [p](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
      w = b(0) | (n > 1 ? b(1) << 8 : 0) | (n > 2 ? b(2) << 16 : 0);
    }
    h = (std::rotl(h, 5) ^ w) * k;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  auto r = static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

Value empty_str() { return Value::borrow(the_empty()); }

Value new_str(std::string&& data) {
  if (data.size() <= 1) {
    if (data.empty()) return empty_str();
    auto c = static_cast<unsigned char>(data[0]);
    if (c < 0x80) return Value::borrow(cached_char(c));
  }
  return Value::steal(new StrObject(&StrType, std::move(data)));
}
Value new_str(std::string_view data) { return new_str(std::string(data)); }
Value new_str(const char* data) { return new_str(std::string(data)); }

Value new_str_len(std::string&& data, int64_t length) {
  if (length <= 1) {
    if (length == 0) return empty_str();
    if (data.size() == 1) return Value::borrow(cached_char(static_cast<unsigned char>(data[0])));
  }
  return Value::steal(new StrObject(&StrType, std::move(data), length));
}

Value new_str_len(std::string_view text, int64_t length) {
  if (length <= 1) {
    if (length == 0) return empty_str();
    if (text.size() == 1) return Value::borrow(cached_char(static_cast<unsigned char>(text[0])));
  }
  return Value::steal(new StrObject(&StrType, text, length));
}

StrObject* intern(std::string_view s) {
  shared_strs();  // '' and the ASCII characters are in the table first
  int64_t hash = hash_bytes(s);
  std::lock_guard<InternLock> lock(intern_mutex);
  if (StrObject* found = intern_table().find(s, hash)) return found;
  StrObject* o = immortal_str(new StrObject(&StrType, std::string(s)));
  add_interned(o);
  return o;
}
Value interned(std::string_view s) { return Value::borrow(intern(s)); }

StrObject* intern_object(StrObject* s) {
  if (s->interned()) return s;
  shared_strs();
  int64_t hash = s->hash();
  std::lock_guard<InternLock> lock(intern_mutex);
  if (StrObject* found = intern_table().find(s->view(), hash)) return found;
  add_interned(immortal_str(s));
  return s;
}

// ---- UTF-8

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {  // surrogates too (WTF-8), so any Python str is storable
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int64_t utf8_length(std::string_view s) {
  int64_t len;
  bool ascii;
  scan_utf8(s, &len, &ascii);
  return len;
}

bool utf8_validate(std::string_view s, size_t* bad_pos, size_t* bad_end, const char** reason) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c < 0xC2 || c > 0xF4) {
      *bad_pos = i, *bad_end = i + 1, *reason = "invalid start byte";
      return false;
    }
    size_t need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    // The second byte's range excludes overlongs, surrogates and > U+10FFFF.
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    for (size_t k = 1; k <= need; ++k) {
      if (i + k >= n) {
        *bad_pos = i, *bad_end = n, *reason = "unexpected end of data";
        return false;
      }
      unsigned char b = p[i + k];
      if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
        *bad_pos = i, *bad_end = i + k, *reason = "invalid continuation byte";
        return false;
      }
    }
    i += need + 1;
  }
  return true;
}

// ---- repr

void str_impl::append_escaped_cp(std::string& out, uint32_t cp) {
  static const char kHex[] = "0123456789abcdef";
  int digits;
  if (cp < 0x100) {
    out += "\\x";
    digits = 2;
  } else if (cp < 0x10000) {
    out += "\\u";
    digits = 4;
  } else {
    out += "\\U";
    digits = 8;
  }
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
}

std::string str_repr(std::string_view s) {
  // CPython's choice: single quotes unless the text has ' and no ".
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = has_single && s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto c = static_cast<unsigned char>(*p);
    if (c >= 0x80) {
      const char* start = p;
      uint32_t cp = decode_utf8(p);
      if (unicode::has(cp, unicode::kPrintable))
        out.append(start, p - start);
      else
        str_impl::append_escaped_cp(out, cp);
      continue;
    }
    ++p;
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      str_impl::append_escaped_cp(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

std::string ascii_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) {
      out += *p++;
      continue;
    }
    str_impl::append_escaped_cp(out, decode_utf8(p));
  }
  return out;
}

// ---- indexing helpers

size_t str_offset(const StrObject* s, int64_t index) {
  if (s->ascii()) return static_cast<size_t>(index);
  const std::string& d = s->m_data;
  if (index >= s->m_length) return d.size();
  // Walk from the nearest known point: the start, the end, or the cursor.
  int64_t from = 0;
  size_t off = 0;
  int64_t cursor = s->m_cursor_index;
  if (std::abs(index - cursor) < index) {
    from = cursor;
    off = s->m_cursor_offset;
  }
  if (s->m_length - index < std::abs(index - from)) {
    from = s->m_length;
    off = d.size();
  }
  for (; from > index; --from) {
    do --off;
    while ((static_cast<unsigned char>(d[off]) & 0xC0) == 0x80);
  }
  for (; from < index; ++from) {
    ++off;
    while (off < d.size() && (static_cast<unsigned char>(d[off]) & 0xC0) == 0x80) ++off;
  }
  if (off <= UINT32_MAX) {
    s->m_cursor_index = static_cast<uint32_t>(index);
    s->m_cursor_offset = static_cast<uint32_t>(off);
  }
  return off;
}

size_t str_impl::cp_to_byte(const StrObject* s, int64_t index) { return str_offset(s, index); }

int64_t str_impl::byte_to_cp(const StrObject* s, size_t offset) {
  if (s->ascii()) return static_cast<int64_t>(offset);
  return utf8_length(std::string_view(s->m_data).substr(0, offset));
}

Value str_from_codepoint(uint32_t cp) {
  if (cp < 256) return Value::borrow(cached_char(cp));
  std::string t;
  append_utf8(t, cp);
  return Value::steal(new StrObject(&StrType, std::move(t), 1));
}

Value str_char_at(const StrObject* s, int64_t index) {
  if (s->ascii()) return Value::borrow(cached_char(static_cast<unsigned char>(s->m_data[index])));
  const char* p = s->m_data.data() + str_offset(s, index);
  return str_from_codepoint(decode_utf8(p));
}

Value str_impl::substr(const StrObject* s, int64_t start, int64_t stop) {
  if (start == 0 && stop == s->m_length && s->m_type == &StrType)
    return Value::borrow(const_cast<StrObject*>(s));
  size_t b0 = str_offset(s, start);
  size_t b1 = s->ascii() ? static_cast<size_t>(stop) : b0;
  if (!s->ascii()) {
    const std::string& d = s->m_data;
    for (int64_t k = start; k < stop; ++k) {
      ++b1;
      while (b1 < d.size() && (static_cast<unsigned char>(d[b1]) & 0xC0) == 0x80) ++b1;
    }
  }
  return new_str_len(s->m_data.substr(b0, b1 - b0), stop - start);
}

Value str_impl::exact_str(const Value& s) {
  if (is_exact_str(s)) return s;
  const StrObject* o = as_str(s);
  return new_str_len(o->m_data, o->m_length);
}

Value str_concat(const StrObject* a, const StrObject* b) {
  if (b->m_data.empty() && a->m_type == &StrType) return Value::borrow(const_cast<StrObject*>(a));
  if (a->m_data.empty() && b->m_type == &StrType) return Value::borrow(const_cast<StrObject*>(b));
  size_t na = a->m_data.size(), nb = b->m_data.size();
  int64_t length = a->m_length + b->m_length;
  if (na + nb <= 15) {
    // Joined in a buffer by fixed-size copies (each text has 16 readable bytes, as
    // str_same_text says), then copied once into the object.
    char joined[32];
    std::memcpy(joined, a->m_data.data(), 16);
    std::memcpy(joined + na, b->m_data.data(), 16);
    return Value::steal(new StrObject(&StrType, std::string_view(joined, na + nb), length));
  }
  std::string t;
  t.reserve(na + nb);
  t += a->m_data;
  t += b->m_data;
  return Value::steal(new StrObject(&StrType, std::move(t), length));
}

void str_append_in_place(StrObject* s, const StrObject* t) {
  s->m_data += t->m_data;
  s->m_length += t->m_length;
  s->set_ascii(s->ascii() && t->ascii());
  s->m_hash = -1;  // the cursor stays valid: the text before it did not change
}

Value str_slice_simple(const StrObject* s, const Value& lower, const Value& upper) {
  int64_t n = s->m_length;
  auto clamp = [n](const Value& bound, int64_t absent) {
    if (bound.is_none()) return absent;
    int64_t i = bound.as_int();
    if (i < 0) i = std::max<int64_t>(i + n, 0);
    return std::min(i, n);
  };
  int64_t start = clamp(lower, 0), stop = clamp(upper, n);
  if (stop <= start) return empty_str();
  return str_impl::substr(s, start, stop);
}

bool str_equal(const StrObject* a, const StrObject* b) {
  if (a == b) return true;
  if (a->m_data.size() != b->m_data.size()) return false;
  if (a->m_hash != -1 && b->m_hash != -1 && a->m_hash != b->m_hash) return false;
  return str_same_text(a, b);
}

Value str_repeat(const StrObject* s, int64_t n) {
  if (n <= 0 || s->m_data.empty()) return empty_str();
  if (n == 1 && s->m_type == &StrType) return Value::borrow(const_cast<StrObject*>(s));
  size_t unit = s->m_data.size();
  if (static_cast<uint64_t>(n) > static_cast<uint64_t>(INT64_MAX) / unit)
    return raise(&OverflowErrorType, "repeated string is too long");
  size_t total = unit * static_cast<size_t>(n);
  if (!check_alloc(total)) return Value();
  std::string t;
  if (unit == 1) {
    t.assign(total, s->m_data[0]);
  } else {
    // Doubling copies: log(n) memcpys instead of n appends.
    t.resize(total);
    std::memcpy(t.data(), s->m_data.data(), unit);
    size_t done = unit;
    while (done < total) {
      size_t chunk = std::min(done, total - done);
      std::memcpy(t.data() + done, t.data(), chunk);
      done += chunk;
    }
  }
  return new_str_len(std::move(t), s->m_length * n);
}

// ---- slots

namespace {

Value str_slot_repr(const Value& self) { return new_str(str_repr(as_str(self)->view())); }

Value str_slot_str(const Value& self) { return str_impl::exact_str(self); }

int64_t str_slot_hash(const Value& self) { return as_str(self)->hash(); }

int str_slot_bool(const Value& self) { return !as_str(self)->m_data.empty(); }

int64_t str_slot_len(const Value& self) { return as_str(self)->m_length; }

Value str_slot_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_str(a) || !is_str(b)) return NotImplemented;
  const StrObject* x = as_str(a);
  const StrObject* y = as_str(b);
  if (op == CmpOp::Eq) return Value::boolean(str_equal(x, y));
  if (op == CmpOp::Ne) return Value::boolean(!str_equal(x, y));
  // UTF-8 byte order is code-point order; string_view compares bytes as unsigned.
  int c = x->view().compare(y->view());
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

Value str_slice(const StrObject* s, SliceObject* slice) {
  int64_t start, stop, step, count;
  if (!slice_indices(slice, s->m_length, &start, &stop, &step, &count)) return Value();
  if (count <= 0) return empty_str();
  if (step == 1) return str_impl::substr(s, start, start + count);
  const std::string& d = s->m_data;
  std::string out;
  if (s->ascii()) {
    out.resize(static_cast<size_t>(count));
    for (int64_t k = 0, i = start; k < count; ++k, i += step) out[k] = d[i];
    return new_str_len(std::move(out), count);
  }
  // Non-ASCII with a step: find every code point's offset once.
  std::vector<uint32_t> offsets;
  offsets.reserve(static_cast<size_t>(s->m_length) + 1);
  for (size_t off = 0; off < d.size(); ++off)
    if ((static_cast<unsigned char>(d[off]) & 0xC0) != 0x80) offsets.push_back(off);
  offsets.push_back(d.size());
  for (int64_t k = 0, i = start; k < count; ++k, i += step)
    out.append(d, offsets[i], offsets[i + 1] - offsets[i]);
  return new_str_len(std::move(out), count);
}


Value str_slot_getitem(const Value& self, const Value& key) {
  const StrObject* s = as_str(self);
  int64_t i;
  if (key.is_int()) {
    i = key.as_int();
  } else if (key.is_bool()) {
    i = key.as_bool();
  } else if (key.type() == &SliceType) {
    return str_slice(s, key.as<SliceObject>());
  } else if (is_bigint(key) || has_index(key)) {
    if (!index_ssize(key, &i, &IndexErrorType)) return Value();
  } else {
    return raise(&TypeErrorType,
                 format("string indices must be integers, not '%s'", type_name(key).c_str()));
  }
  if (i < 0) i += s->m_length;
  if (i < 0 || i >= s->m_length) return raise(&IndexErrorType, "string index out of range");
  return str_char_at(s, i);
}

int str_slot_contains(const Value& self, const Value& item) {
  if (!is_str(item)) {
    raise(&TypeErrorType, format("'in <string>' requires string as left operand, not %s",
                                 type_name(item).c_str()));
    return -1;
  }
  return as_str(self)->view().find(as_str(item)->view()) != std::string_view::npos;
}

// `seq * n` for a str and a non-str operand, after the other operand's own
// multiplication (if any) declined.
Value repeat_by(const Value& str, const Value& count) {
  int64_t n;
  if (count.is_int()) {
    n = count.as_int();
  } else if (count.is_bool()) {
    n = count.as_bool();
  } else if (is_bigint(count) || has_index(count)) {
    if (!index_ssize(count, &n, &OverflowErrorType)) return Value();
  } else {
    return raise(&TypeErrorType, format("can't multiply sequence by non-int of type '%s'",
                                        type_name(count).c_str()));
  }
  return str_repeat(as_str(str), n);
}

Value str_slot_binary(BinOp op, const Value& a, const Value& b);

// With str on the left and another type on the right, CPython gives the right
// operand's reflected method its turn before str's sequence behaviour decides.
Value try_right_operand(BinOp op, const Value& a, const Value& b) {
  auto slot = b.type()->tp_binary;
  if (!slot || slot == str_slot_binary) return NotImplemented;
  return slot(op, a, b);
}

Value str_slot_binary(BinOp op, const Value& a, const Value& b) {
  bool left = is_str(a);
  switch (op) {
    case BinOp::Add: {
      if (left && is_str(b)) return str_concat(as_str(a), as_str(b));
      if (!left) return NotImplemented;
      Value r = try_right_operand(op, a, b);
      if (r.is_null() || !r.is(NotImplemented)) return r;
      return raise(&TypeErrorType, format("can only concatenate str (not \"%s\") to str",
                                          type_name(b).c_str()));
    }
    case BinOp::Mul: {
      if (left && is_str(b))
        return raise(&TypeErrorType, "can't multiply sequence by non-int of type 'str'");
      if (left) {
        if (!b.is_int() && !b.is_bool()) {
          Value r = try_right_operand(op, a, b);
          if (r.is_null() || !r.is(NotImplemented)) return r;
        }
        return repeat_by(a, b);
      }
      return repeat_by(b, a);
    }
    case BinOp::Mod:
      if (!left) return NotImplemented;
      return str_percent_format(a, b);
    default:
      return NotImplemented;
  }
}

// `s += t`: when the left string has no other reference (count 1: only the caller's
// Value), nobody can observe it change, so it grows in place instead of being copied
// (CPython's unicode_concatenate trick); amortized O(len(t)) per step in a loop.
Value str_slot_inplace(BinOp op, const Value& a, const Value& b) {
  if (op != BinOp::Add || !is_exact_str(a) || !is_str(b) || a.obj()->m_refcnt != 1)
    return NotImplemented;
  str_append_in_place(as_str(a), as_str(b));
  return a;
}


// str(object='', encoding='utf-8', errors='strict')
Value str_slot_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  if (nargs == 1 && !kw && type == &StrType) return to_str(args[0]);  // str(x): the common call
  Value a[3];
  if (!str_impl::bind_method_args("str", args, nargs, kw, {"object", "encoding", "errors"}, a))
    return Value();
  Value result;
  if (a[1].is_null() && a[2].is_null()) {
    result = a[0].is_null() ? empty_str() : to_str(a[0]);
  } else {
    static const char* const kNames[] = {"", "encoding", "errors"};
    for (int i = 1; i < 3; ++i)
      if (!a[i].is_null() && !is_str(a[i]))
        return raise(&TypeErrorType, format("str() argument '%s' must be str, not %s", kNames[i],
                                            type_name(a[i]).c_str()));
    std::string_view enc = a[1].is_null() ? "utf-8" : as_str(a[1])->view();
    std::string_view errors = a[2].is_null() ? "strict" : as_str(a[2])->view();
    if (a[0].is_null()) {
      result = empty_str();
    } else if (std::string data; buffer_bytes(a[0], &data)) {
      result = bytes_decode(data, enc, errors);
    } else if (error_pending()) {
      return Value();
    } else if (is_str(a[0])) {
      return raise(&TypeErrorType, "decoding str is not supported");
    } else {
      return raise(&TypeErrorType, format("decoding to str: need a bytes-like object, %s found",
                                          type_name(a[0]).c_str()));
    }
  }
  if (result.is_null() || type == &StrType) return result;
  return Value::steal(new StrSubObject(type, as_str(result)->m_data));
}

// ---- iteration

struct StrIterObject : GcObject {
  Value m_str;      // Null once exhausted
  size_t m_pos = 0; // byte offset of the next code point
  StrIterObject(TypeObject* type, Value s) : GcObject(type), m_str(std::move(s)) {}
  void traverse(Visitor visit, void* arg) override {
    if (m_str.is_obj()) visit(m_str.obj(), arg);
  }
};

Value str_slot_iter(const Value& self) {
  TypeObject* t = as_str(self)->ascii() ? &StrAsciiIterType : &StrIterType;
  return Value::steal(new StrIterObject(t, self));
}

Value str_iter_next(const Value& self) {
  auto* it = self.as<StrIterObject>();
  if (it->m_str.is_null()) return Value();
  const std::string& d = as_str(it->m_str)->m_data;
  if (it->m_pos >= d.size()) {
    it->m_str = Value();
    return Value();
  }
  const char* p = d.data() + it->m_pos;
  auto c = static_cast<unsigned char>(*p);
  if (c < 0x80) {
    ++it->m_pos;
    return Value::borrow(cached_char(c));
  }
  const char* start = p;
  uint32_t cp = decode_utf8(p);
  it->m_pos += p - start;
  return str_from_codepoint(cp);
}

}  // namespace

void init_str_type() {
  StrType.m_flags |= kBaseType | kStrSubclass;
  StrType.tp_new = str_slot_new;
  StrType.tp_repr = str_slot_repr;
  StrType.tp_str = str_slot_str;
  StrType.tp_hash = str_slot_hash;
  StrType.tp_richcompare = str_slot_richcompare;
  StrType.tp_bool = str_slot_bool;
  StrType.tp_len = str_slot_len;
  StrType.tp_getitem = str_slot_getitem;
  StrType.tp_contains = str_slot_contains;
  StrType.tp_iter = str_slot_iter;
  StrType.tp_binary = str_slot_binary;
#define HOTPY_STR_METHOD_DEF(name) {#name, str_impl::method_##name},
  type_ready(&StrType, &ObjectType, {HOTPY_STR_METHODS(HOTPY_STR_METHOD_DEF)});
#undef HOTPY_STR_METHOD_DEF
  // Set after type_ready so that str gets no __iadd__ (CPython's has none): the slot
  // is only the in-place growth shortcut of `s += t`.
  StrType.tp_inplace = str_slot_inplace;
  dict_set_str(StrType.m_dict, intern("maketrans"),
               Value::steal(new StaticMethodObject(
                   new_builtin("maketrans", str_impl::method_maketrans))));
  for (TypeObject* t : {&StrIterType, &StrAsciiIterType}) {
    t->tp_iter = iter_self;
    t->tp_next = str_iter_next;
    type_ready(t, &ObjectType);
  }
}

}  // namespace hotpy
