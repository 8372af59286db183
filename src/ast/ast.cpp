// Node kind names and dump(): the tree written exactly as CPython 3.11's
// ast.dump() writes it (same field names and order, same omission of empty
// optional fields, same indentation rule), so that a parser test's expected
// text can be produced by running CPython on the same source. The Python 2
// print statement is written as Python 2's ast did: Print(dest, values, nl).
#include <sys/mman.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "ast/ast.h"

namespace hotpy::ast {

// ---------------------------------------------------------------------------
// Node memory. Full-size chunks of dead Units wait in a bounded pool for the next
// parse (a reload parses the same amount again), so their pages are not faulted
// in anew; the small first chunks of a Unit come from malloc.

namespace {

constexpr size_t kFirstChunkBytes = size_t(2) << 10;
constexpr size_t kChunkBytes = size_t(256) << 10;  // the largest: pooled
constexpr size_t kLargeNodeBytes = 1024;           // bigger nodes get a block of their own
constexpr size_t kPoolChunks = 256;                // 64 MB at most waits for reuse

std::mutex g_pool_lock;
std::vector<void*>& chunk_pool() {
  static auto* pool = new std::vector<void*>();  // never destroyed: Units may die at exit
  return *pool;
}

void* take_full_chunk() {
  {
    std::lock_guard<std::mutex> hold(g_pool_lock);
    auto& pool = chunk_pool();
    if (!pool.empty()) {
      void* c = pool.back();
      pool.pop_back();
      return c;
    }
  }
  // Mapped with its pages present: one system call instead of a fault per page.
  void* c = mmap(nullptr, kChunkBytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  if (c == MAP_FAILED) throw std::bad_alloc();
  return c;
}

void* checked_malloc(size_t bytes) {
  void* p = std::malloc(bytes);
  if (!p) throw std::bad_alloc();
  return p;
}
// A chunk starts at a cache line (allocate keeps nodes' heads within one).
void* checked_malloc_lines(size_t bytes) {
  void* p = std::aligned_alloc(64, (bytes + 63) & ~size_t(63));
  if (!p) throw std::bad_alloc();
  return p;
}

}  // namespace

void* NodeArena::allocate_slow(size_t size) {
  if (size > kLargeNodeBytes) {
    m_large.push_back(checked_malloc(size));
    return m_large.back();
  }
  size_t bytes = m_next_bytes ? m_next_bytes : kFirstChunkBytes;
  m_next_bytes = std::min(bytes * 2, kChunkBytes);
  void* memory = bytes == kChunkBytes ? take_full_chunk() : checked_malloc_lines(bytes);
  m_chunks.push_back(Chunk{memory, bytes});
  m_cur = static_cast<char*>(memory);
  m_end = m_cur + bytes;
  void* p = m_cur;
  m_cur += size;
  return p;
}

size_t NodeArena::reserved_bytes() const {
  size_t total = 0;
  for (const Chunk& c : m_chunks) total += c.bytes;
  return total;  // (blocks of single large nodes are not counted)
}

NodeArena::~NodeArena() {
  for (void* p : m_large) std::free(p);
  std::lock_guard<std::mutex> hold(g_pool_lock);
  auto& pool = chunk_pool();
  for (const Chunk& c : m_chunks) {
    if (c.bytes != kChunkBytes) {
      std::free(c.memory);
    } else if (pool.size() < kPoolChunks) {
      pool.push_back(c.memory);
    } else {
      munmap(c.memory, kChunkBytes);
    }
  }
}

const char* kind_name(Kind k) {
  switch (k) {
#define HOTPY_KIND_NAME(k) \
  case Kind::k:            \
    return #k;
    HOTPY_EXPR_KINDS(HOTPY_KIND_NAME) HOTPY_STMT_KINDS(HOTPY_KIND_NAME)
    HOTPY_PATTERN_KINDS(HOTPY_KIND_NAME)
#undef HOTPY_KIND_NAME
  }
  return "?";
}

namespace {

// ---------------------------------------------------------------------------
// Python's repr() of the constants a tree can hold

// Code points above U+009F that str.isprintable() rejects, outside the
// unassigned ones: spaces other than ' ', format characters, surrogates,
// private use and noncharacters (from CPython 3.11's unicodedata).
bool printable(uint32_t cp) {
  struct Range {
    uint32_t lo, hi;
  };
  static constexpr Range kNot[] = {
      {0xA0, 0xA0},       {0xAD, 0xAD},       {0x600, 0x605},     {0x61C, 0x61C},
      {0x6DD, 0x6DD},     {0x70F, 0x70F},     {0x890, 0x891},     {0x8E2, 0x8E2},
      {0x1680, 0x1680},   {0x180E, 0x180E},   {0x2000, 0x200F},   {0x2028, 0x202F},
      {0x205F, 0x2064},   {0x2066, 0x206F},   {0x3000, 0x3000},   {0xD800, 0xF8FF},
      {0xFDD0, 0xFDEF},   {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},   {0xFFFE, 0xFFFF},
      {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x13438}, {0x1BCA0, 0x1BCA3},
      {0x1D173, 0x1D17A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xF0000, 0x10FFFF},
  };
  if ((cp & 0xFFFE) == 0xFFFE) return false;
  for (const Range& r : kNot)
    if (cp >= r.lo && cp <= r.hi) return false;
  return true;
}

// str: Python picks single quotes unless the text has one and no double quote.
std::string repr_str(const std::string& s) {
  bool single = s.find('\'') != std::string::npos, dbl = s.find('"') != std::string::npos;
  char q = (single && !dbl) ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    char buf[16];
    if (c == q || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      // One code point: printable ones as they are, the others escaped.
      int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      uint32_t cp = c & (0x3f >> (n - 1));
      for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3f);
      if (cp < 0xa0 || !printable(cp)) {
        std::snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x",
                      cp);
        out += buf;
      } else {
        out.append(s, i, n);
      }
      i += n - 1;
    }
  }
  out += q;
  return out;
}

std::string repr_bytes(const std::string& s) {
  bool single = s.find('\'') != std::string::npos, dbl = s.find('"') != std::string::npos;
  char q = (single && !dbl) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    char buf[8];
    if (c == q || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
  return out;
}

// An int literal ("0x1F", "0o17", "123") in decimal, of any size.
std::string repr_int(const std::string& text) {
  int base = 10;
  size_t start = 0;
  if (text.size() > 1 && text[0] == '0') {
    char p = text[1] | 0x20;
    if (p == 'x') base = 16, start = 2;
    else if (p == 'o') base = 8, start = 2;
    else if (p == 'b') base = 2, start = 2;
  }
  std::vector<uint32_t> limbs;  // little-endian, base 10^9
  for (size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    uint32_t d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    uint64_t carry = d;
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(v % 1000000000);
      carry = v / 1000000000;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

// float.__repr__: the shortest round-tripping digits, positional between 1e-4
// and 1e16, scientific outside.
std::string repr_float(double v, bool imaginary) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "nan";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  size_t epos = sci.find('e');
  std::string mant = sci.substr(0, epos);
  int exp = std::stoi(sci.substr(epos + 1));
  bool neg = mant[0] == '-';
  if (neg) mant.erase(0, 1);
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  std::string out;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out = "0." + std::string(-exp - 1, '0') + digits;
    } else if (static_cast<int>(digits.size()) <= exp + 1) {
      out = digits + std::string(exp + 1 - digits.size(), '0');
      if (!imaginary) out += ".0";
    } else {
      out = digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char e[16];
    std::snprintf(e, sizeof e, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += e;
  }
  return neg ? "-" + out : out;
}

const char* binop_name(BinOp op) {
  switch (op) {
    case BinOp::Add: return "Add()";
    case BinOp::Sub: return "Sub()";
    case BinOp::Mul: return "Mult()";
    case BinOp::MatMul: return "MatMult()";
    case BinOp::TrueDiv: return "Div()";
    case BinOp::FloorDiv: return "FloorDiv()";
    case BinOp::Mod: return "Mod()";
    case BinOp::Pow: return "Pow()";
    case BinOp::LShift: return "LShift()";
    case BinOp::RShift: return "RShift()";
    case BinOp::BitAnd: return "BitAnd()";
    case BinOp::BitOr: return "BitOr()";
    case BinOp::BitXor: return "BitXor()";
  }
  return "?";
}

const char* unary_name(UnaryOp op) {
  switch (op) {
    case UnaryOp::Neg: return "USub()";
    case UnaryOp::Pos: return "UAdd()";
    case UnaryOp::Invert: return "Invert()";
    case UnaryOp::Not: return "Not()";
  }
  return "?";
}

const char* compare_name(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return "Lt()";
    case CompareOp::Le: return "LtE()";
    case CompareOp::Eq: return "Eq()";
    case CompareOp::Ne: return "NotEq()";
    case CompareOp::Gt: return "Gt()";
    case CompareOp::Ge: return "GtE()";
    case CompareOp::In: return "In()";
    case CompareOp::NotIn: return "NotIn()";
    case CompareOp::Is: return "Is()";
    case CompareOp::IsNot: return "IsNot()";
  }
  return "?";
}

const char* ctx_name(Ctx c) {
  switch (c) {
    case Ctx::Load: return "Load()";
    case Ctx::Store: return "Store()";
    case Ctx::Del: return "Del()";
  }
  return "?";
}

// ---------------------------------------------------------------------------
// The formatter: a port of ast.dump's _format()

struct Out {
  std::string text;
  bool simple;  // no nested nodes: may share a line with its siblings
};

Out scalar(std::string s) { return {std::move(s), true}; }

class Dumper {
 public:
  explicit Dumper(const DumpOptions& o) : m_indent(o.indent), m_locations(o.locations) {}

  Out unit(const Unit& u) {
    int lv = deeper(0);
    NodeOut n(*this, lv, u.mode == Mode::File ? "Module"
                         : u.mode == Mode::Interactive ? "Interactive"
                                                       : "Expression");
    if (u.mode == Mode::Eval) {
      const Stmt* s = u.body.empty() ? nullptr : u.body.front();
      if (s && s->kind == Kind::ExprStmt) n.field("body", expr(static_cast<const ExprStmt*>(s)->value, lv));
    } else {
      n.field("body", stmts(u.body, lv));
      if (u.mode == Mode::File) n.field("type_ignores", scalar("[]"));
    }
    return n.done(nullptr);
  }

  Out node(const Node* node, int level) {
    if (static_cast<int>(node->kind) <= static_cast<int>(Kind::Await))
      return expr(static_cast<const Expr*>(node), level);
    if (static_cast<int>(node->kind) >= static_cast<int>(Kind::MatchValue))
      return pattern(static_cast<const Pattern*>(node), level);
    return stmt(static_cast<const Stmt*>(node), level);
  }

 private:
  // One node being written: its fields, formatted one level deeper.
  struct NodeOut {
    Dumper& d;
    int level;
    const char* cls;
    std::vector<std::string> args;
    bool allsimple = true;
    NodeOut(Dumper& dumper, int lv, const char* name) : d(dumper), level(lv), cls(name) {}
    void field(const char* name, Out v) {
      allsimple = allsimple && v.simple;
      args.push_back(std::string(name) + "=" + v.text);
    }
    void opt(const char* name, const Expr* e) {
      if (e) field(name, d.expr(e, level));
    }
    Out done(const Loc* loc) {
      if (loc && d.m_locations) {
        field("lineno", scalar(std::to_string(loc->line)));
        field("col_offset", scalar(std::to_string(loc->col)));
        field("end_lineno", scalar(std::to_string(loc->end_line)));
        field("end_col_offset", scalar(std::to_string(loc->end_col)));
      }
      std::string out = cls;
      if (allsimple && args.size() <= 3) {
        out += "(" + d.join(args, ", ") + ")";
        return {out, args.empty()};
      }
      out += "(" + d.prefix(level) + d.join(args, d.sep(level)) + ")";
      return {out, false};
    }
  };

  int deeper(int level) const { return m_indent >= 0 ? level + 1 : level; }
  std::string prefix(int level) const {
    return m_indent >= 0 ? "\n" + std::string(m_indent * level, ' ') : "";
  }
  std::string sep(int level) const {
    return m_indent >= 0 ? ",\n" + std::string(m_indent * level, ' ') : ", ";
  }
  static std::string join(const std::vector<std::string>& v, const std::string& s) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += s;
      out += v[i];
    }
    return out;
  }

  template <class F>
  Out list(size_t n, int level, F item) {
    if (n == 0) return scalar("[]");
    int lv = deeper(level);
    std::vector<std::string> items;
    for (size_t i = 0; i < n; ++i) items.push_back(item(i, lv).text);
    return {"[" + prefix(lv) + join(items, sep(lv)) + "]", false};
  }
  Out exprs(const ExprList& v, int level) {
    return list(v.size(), level, [&](size_t i, int lv) {
      return v[i] ? expr(v[i], lv) : scalar("None");
    });
  }
  Out stmts(const StmtList& v, int level) {
    return list(v.size(), level, [&](size_t i, int lv) { return stmt(v[i], lv); });
  }
  Out strings(const std::vector<std::string>& v, int level) {
    return list(v.size(), level, [&](size_t i, int) { return scalar(repr_str(v[i])); });
  }

  Out constant(const Constant* c) {
    using T = Constant::Type;
    switch (c->type) {
      case T::None: return scalar("None");
      case T::True: return scalar("True");
      case T::False: return scalar("False");
      case T::Ellipsis: return scalar("Ellipsis");
      case T::Int: return scalar(repr_int(c->text));
      case T::Float: return scalar(repr_float(c->fval, false));
      case T::Imaginary: return scalar(repr_float(c->fval, true) + "j");
      case T::Str: return scalar(repr_str(c->text));
      case T::Bytes: return scalar(repr_bytes(c->text));
    }
    return scalar("?");
  }

  Out arg(const Arg& a, int level) {
    int lv = deeper(level);
    NodeOut n(*this, lv, "arg");
    n.field("arg", scalar(repr_str(a.name)));
    n.opt("annotation", a.annotation);
    return n.done(&a.loc);
  }

  Out arguments(const Arguments* a, int level) {
    int lv = deeper(level);
    NodeOut n(*this, lv, "arguments");
    auto args = [&](const std::vector<Arg>& v) {
      return list(v.size(), lv, [&](size_t i, int l) { return arg(v[i], l); });
    };
    n.field("posonlyargs", args(a->posonlyargs));
    n.field("args", args(a->args));
    if (a->vararg) n.field("vararg", arg(*a->vararg, lv));
    n.field("kwonlyargs", args(a->kwonlyargs));
    n.field("kw_defaults", exprs(a->kw_defaults, lv));
    if (a->kwarg) n.field("kwarg", arg(*a->kwarg, lv));
    n.field("defaults", exprs(a->defaults, lv));
    return n.done(nullptr);
  }

  Out keywords(const std::vector<Keyword>& v, int level) {
    return list(v.size(), level, [&](size_t i, int l) {
      int lv = deeper(l);
      NodeOut n(*this, lv, "keyword");
      if (!v[i].arg.empty()) n.field("arg", scalar(repr_str(v[i].arg)));
      n.field("value", expr(v[i].value, lv));
      return n.done(&v[i].loc);
    });
  }

  Out generators(const std::vector<Comprehension>& v, int level) {
    return list(v.size(), level, [&](size_t i, int l) {
      int lv = deeper(l);
      NodeOut n(*this, lv, "comprehension");
      n.field("target", expr(v[i].target, lv));
      n.field("iter", expr(v[i].iter, lv));
      n.field("ifs", exprs(v[i].ifs, lv));
      n.field("is_async", scalar("0"));
      return n.done(nullptr);
    });
  }

  Out aliases(const std::vector<Alias>& v, int level) {
    return list(v.size(), level, [&](size_t i, int l) {
      int lv = deeper(l);
      NodeOut n(*this, lv, "alias");
      n.field("name", scalar(repr_str(v[i].name)));
      if (!v[i].asname.empty()) n.field("asname", scalar(repr_str(v[i].asname)));
      return n.done(&v[i].loc);
    });
  }

  Out expr(const Expr* e, int level);
  Out stmt(const Stmt* s, int level);
  Out pattern(const Pattern* p, int level);
  Out patterns(const std::vector<Pattern*>& v, int level) {
    return list(v.size(), level, [&](size_t i, int lv) { return pattern(v[i], lv); });
  }

  int m_indent;
  bool m_locations;
};

Out Dumper::expr(const Expr* e, int level) {
  int lv = deeper(level);
  const char* name = kind_name(e->kind);
  NodeOut n(*this, lv, name);
  switch (e->kind) {
    case Kind::Name: {
      auto* x = static_cast<const Name*>(e);
      n.field("id", scalar(repr_str(x->id)));
      n.field("ctx", scalar(ctx_name(x->ctx)));
      break;
    }
    case Kind::Constant:
      n.field("value", constant(static_cast<const Constant*>(e)));
      break;
    case Kind::JoinedStr:
      n.field("values", exprs(static_cast<const JoinedStr*>(e)->values, lv));
      break;
    case Kind::FormattedValue: {
      auto* x = static_cast<const FormattedValue*>(e);
      n.field("value", expr(x->value, lv));
      n.field("conversion", scalar(std::to_string(x->conversion ? int(x->conversion) : -1)));
      n.opt("format_spec", x->format_spec);
      break;
    }
    case Kind::BinOp: {
      auto* x = static_cast<const BinOpExpr*>(e);
      n.field("left", expr(x->left, lv));
      n.field("op", scalar(binop_name(x->op)));
      n.field("right", expr(x->right, lv));
      break;
    }
    case Kind::UnaryOp: {
      auto* x = static_cast<const UnaryOpExpr*>(e);
      n.field("op", scalar(unary_name(x->op)));
      n.field("operand", expr(x->operand, lv));
      break;
    }
    case Kind::BoolOp: {
      auto* x = static_cast<const BoolOp*>(e);
      n.field("op", scalar(x->is_and ? "And()" : "Or()"));
      n.field("values", exprs(x->values, lv));
      break;
    }
    case Kind::Compare: {
      auto* x = static_cast<const Compare*>(e);
      n.field("left", expr(x->left, lv));
      n.field("ops", list(x->ops.size(), lv, [&](size_t i, int) {
        return scalar(compare_name(x->ops[i]));
      }));
      n.field("comparators", exprs(x->comparators, lv));
      break;
    }
    case Kind::IfExp: {
      auto* x = static_cast<const IfExp*>(e);
      n.field("test", expr(x->test, lv));
      n.field("body", expr(x->body, lv));
      n.field("orelse", expr(x->orelse, lv));
      break;
    }
    case Kind::NamedExpr: {
      auto* x = static_cast<const NamedExpr*>(e);
      n.field("target", expr(x->target, lv));
      n.field("value", expr(x->value, lv));
      break;
    }
    case Kind::Lambda: {
      auto* x = static_cast<const Lambda*>(e);
      n.field("args", arguments(x->args, lv));
      n.field("body", expr(x->body, lv));
      break;
    }
    case Kind::Call: {
      auto* x = static_cast<const Call*>(e);
      n.field("func", expr(x->func, lv));
      n.field("args", exprs(x->args, lv));
      n.field("keywords", keywords(x->keywords, lv));
      break;
    }
    case Kind::Attribute: {
      auto* x = static_cast<const Attribute*>(e);
      n.field("value", expr(x->value, lv));
      n.field("attr", scalar(repr_str(x->attr)));
      n.field("ctx", scalar(ctx_name(x->ctx)));
      break;
    }
    case Kind::Subscript: {
      auto* x = static_cast<const Subscript*>(e);
      n.field("value", expr(x->value, lv));
      n.field("slice", expr(x->slice, lv));
      n.field("ctx", scalar(ctx_name(x->ctx)));
      break;
    }
    case Kind::Slice: {
      auto* x = static_cast<const Slice*>(e);
      n.opt("lower", x->lower);
      n.opt("upper", x->upper);
      n.opt("step", x->step);
      break;
    }
    case Kind::Starred: {
      auto* x = static_cast<const Starred*>(e);
      n.field("value", expr(x->value, lv));
      n.field("ctx", scalar(ctx_name(x->ctx)));
      break;
    }
    case Kind::Tuple:
    case Kind::List: {
      auto* x = static_cast<const Sequence*>(e);
      n.field("elts", exprs(x->elts, lv));
      n.field("ctx", scalar(ctx_name(x->ctx)));
      break;
    }
    case Kind::Set:
      n.field("elts", exprs(static_cast<const SetExpr*>(e)->elts, lv));
      break;
    case Kind::Dict: {
      auto* x = static_cast<const DictExpr*>(e);
      n.field("keys", exprs(x->keys, lv));
      n.field("values", exprs(x->values, lv));
      break;
    }
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::GeneratorExp:
    case Kind::DictComp: {
      auto* x = static_cast<const Comp*>(e);
      if (e->kind == Kind::DictComp) {
        n.field("key", expr(x->elt, lv));
        n.field("value", expr(x->value, lv));
      } else {
        n.field("elt", expr(x->elt, lv));
      }
      n.field("generators", generators(x->generators, lv));
      break;
    }
    case Kind::Yield:
    case Kind::YieldFrom:
    case Kind::Await:
      n.opt("value", static_cast<const YieldExpr*>(e)->value);
      break;
    default:
      break;
  }
  return n.done(&e->loc);
}

Out Dumper::stmt(const Stmt* s, int level) {
  int lv = deeper(level);
  const char* name = kind_name(s->kind);
  if (s->kind == Kind::ExprStmt) name = "Expr";
  if (s->kind == Kind::Try && static_cast<const Try*>(s)->is_star) name = "TryStar";
  NodeOut n(*this, lv, name);
  switch (s->kind) {
    case Kind::ExprStmt:
      n.field("value", expr(static_cast<const ExprStmt*>(s)->value, lv));
      break;
    case Kind::Assign: {
      auto* x = static_cast<const Assign*>(s);
      n.field("targets", exprs(x->targets, lv));
      n.field("value", expr(x->value, lv));
      break;
    }
    case Kind::AugAssign: {
      auto* x = static_cast<const AugAssign*>(s);
      n.field("target", expr(x->target, lv));
      n.field("op", scalar(binop_name(x->op)));
      n.field("value", expr(x->value, lv));
      break;
    }
    case Kind::AnnAssign: {
      auto* x = static_cast<const AnnAssign*>(s);
      n.field("target", expr(x->target, lv));
      n.field("annotation", expr(x->annotation, lv));
      n.opt("value", x->value);
      n.field("simple", scalar(x->simple ? "1" : "0"));
      break;
    }
    case Kind::Delete:
      n.field("targets", exprs(static_cast<const Delete*>(s)->targets, lv));
      break;
    case Kind::Return:
      n.opt("value", static_cast<const Return*>(s)->value);
      break;
    case Kind::Raise: {
      auto* x = static_cast<const Raise*>(s);
      n.opt("exc", x->exc);
      n.opt("cause", x->cause);
      break;
    }
    case Kind::Assert: {
      auto* x = static_cast<const Assert*>(s);
      n.field("test", expr(x->test, lv));
      n.opt("msg", x->msg);
      break;
    }
    case Kind::Global:
    case Kind::Nonlocal:
      n.field("names", strings(static_cast<const NameDecl*>(s)->names, lv));
      break;
    case Kind::Import:
      n.field("names", aliases(static_cast<const Import*>(s)->names, lv));
      break;
    case Kind::ImportFrom: {
      auto* x = static_cast<const ImportFrom*>(s);
      if (!x->module.empty()) n.field("module", scalar(repr_str(x->module)));
      n.field("names", aliases(x->names, lv));
      n.field("level", scalar(std::to_string(x->level)));
      break;
    }
    case Kind::Print: {
      auto* x = static_cast<const Print*>(s);
      n.opt("dest", x->dest);
      n.field("values", exprs(x->values, lv));
      n.field("nl", scalar(x->newline ? "True" : "False"));
      break;
    }
    case Kind::If:
    case Kind::While: {
      auto* test = s->kind == Kind::If ? static_cast<const If*>(s)->test
                                       : static_cast<const While*>(s)->test;
      auto& body = s->kind == Kind::If ? static_cast<const If*>(s)->body
                                       : static_cast<const While*>(s)->body;
      auto& orelse = s->kind == Kind::If ? static_cast<const If*>(s)->orelse
                                         : static_cast<const While*>(s)->orelse;
      n.field("test", expr(test, lv));
      n.field("body", stmts(body, lv));
      n.field("orelse", stmts(orelse, lv));
      break;
    }
    case Kind::For: {
      auto* x = static_cast<const For*>(s);
      n.field("target", expr(x->target, lv));
      n.field("iter", expr(x->iter, lv));
      n.field("body", stmts(x->body, lv));
      n.field("orelse", stmts(x->orelse, lv));
      break;
    }
    case Kind::With: {
      auto* x = static_cast<const With*>(s);
      n.field("items", list(x->items.size(), lv, [&](size_t i, int l) {
        int ilv = deeper(l);
        NodeOut item(*this, ilv, "withitem");
        item.field("context_expr", expr(x->items[i].context_expr, ilv));
        item.opt("optional_vars", x->items[i].optional_vars);
        return item.done(nullptr);
      }));
      n.field("body", stmts(x->body, lv));
      break;
    }
    case Kind::Try: {
      auto* x = static_cast<const Try*>(s);
      n.field("body", stmts(x->body, lv));
      n.field("handlers", list(x->handlers.size(), lv, [&](size_t i, int l) {
        const ExceptHandler& h = x->handlers[i];
        int hlv = deeper(l);
        NodeOut item(*this, hlv, "ExceptHandler");
        item.opt("type", h.type);
        if (!h.name.empty()) item.field("name", scalar(repr_str(h.name)));
        item.field("body", stmts(h.body, hlv));
        return item.done(&h.loc);
      }));
      n.field("orelse", stmts(x->orelse, lv));
      n.field("finalbody", stmts(x->finalbody, lv));
      break;
    }
    case Kind::FunctionDef: {
      auto* x = static_cast<const FunctionDef*>(s);
      n.field("name", scalar(repr_str(x->name)));
      n.field("args", arguments(x->args, lv));
      n.field("body", stmts(x->body, lv));
      n.field("decorator_list", exprs(x->decorator_list, lv));
      n.opt("returns", x->returns);
      break;
    }
    case Kind::ClassDef: {
      auto* x = static_cast<const ClassDef*>(s);
      n.field("name", scalar(repr_str(x->name)));
      n.field("bases", exprs(x->bases, lv));
      n.field("keywords", keywords(x->keywords, lv));
      n.field("body", stmts(x->body, lv));
      n.field("decorator_list", exprs(x->decorator_list, lv));
      break;
    }
    case Kind::Match: {
      auto* x = static_cast<const Match*>(s);
      n.field("subject", expr(x->subject, lv));
      n.field("cases", list(x->cases.size(), lv, [&](size_t i, int l) {
        const MatchCase& c = x->cases[i];
        int clv = deeper(l);
        NodeOut item(*this, clv, "match_case");
        item.field("pattern", pattern(c.pattern, clv));
        item.opt("guard", c.guard);
        item.field("body", stmts(c.body, clv));
        return item.done(nullptr);
      }));
      break;
    }
    default:  // Pass, Break, Continue
      break;
  }
  return n.done(&s->loc);
}

// The fields a pattern kind has, in CPython's order (see Pattern in ast.h).
Out Dumper::pattern(const Pattern* p, int level) {
  int lv = deeper(level);
  NodeOut n(*this, lv, kind_name(p->kind));
  auto name = [&](const char* field) {
    if (!p->name.empty()) n.field(field, scalar(repr_str(p->name)));
  };
  switch (p->kind) {
    case Kind::MatchValue:
    case Kind::MatchSingleton:
      n.field("value", p->kind == Kind::MatchSingleton
                           ? constant(static_cast<const Constant*>(p->value))
                           : expr(p->value, lv));
      break;
    case Kind::MatchSequence:
    case Kind::MatchOr:
      n.field("patterns", patterns(p->patterns, lv));
      break;
    case Kind::MatchMapping:
      n.field("keys", exprs(p->keys, lv));
      n.field("patterns", patterns(p->patterns, lv));
      name("rest");
      break;
    case Kind::MatchClass:
      n.field("cls", expr(p->value, lv));
      n.field("patterns", patterns(p->patterns, lv));
      n.field("kwd_attrs", strings(p->kwd_attrs, lv));
      n.field("kwd_patterns", patterns(p->kwd_patterns, lv));
      break;
    case Kind::MatchStar:
      name("name");
      break;
    case Kind::MatchAs:
      if (p->pattern) n.field("pattern", pattern(p->pattern, lv));
      name("name");
      break;
    default:
      break;
  }
  return n.done(&p->loc);
}

}  // namespace

std::string dump(const Unit& unit, const DumpOptions& options) {
  return Dumper(options).unit(unit).text;
}

std::string dump(const Node* node, const DumpOptions& options) {
  return Dumper(options).node(node, 0).text;
}

std::string dump(const Unit& unit) { return dump(unit, DumpOptions{}); }
std::string dump(const Node* node) { return dump(node, DumpOptions{}); }

}  // namespace hotpy::ast
