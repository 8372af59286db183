// _sha512: SHA-512 and SHA-384 (FIPS 180-4), the lean hash module random.py seeds
// strings and bytes with (its digest turns a str seed into an int), with CPython
// 3.11's names: sha512(string=b'', *, usedforsecurity=True) and sha384(...).
#include <cstring>
#include <mutex>
#include <utility>

#include "modules/native.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy {

TypeObject Sha512Type("_sha512.sha512");
TypeObject Sha384Type("_sha512.sha384");

namespace {

constexpr uint64_t kRound[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};

constexpr uint64_t kInit512[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                                  0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                                  0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
constexpr uint64_t kInit384[8] = {0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
                                  0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
                                  0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4};

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

struct ShaObject : Object {
  uint64_t m_h[8];
  unsigned char m_block[128];
  size_t m_fill = 0;       // bytes waiting in m_block
  uint64_t m_total = 0;    // bytes hashed so far (inputs beyond 2**64 bytes are not a concern)
  size_t m_digest_size;
  ShaObject(TypeObject* type, const uint64_t* init, size_t digest_size) : Object(type), m_digest_size(digest_size) {
    std::memcpy(m_h, init, sizeof m_h);
  }

  void compress(const unsigned char* p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
      uint64_t x = 0;
      for (int b = 0; b < 8; b++) x = (x << 8) | p[i * 8 + b];
      w[i] = x;
    }
    for (int i = 16; i < 80; i++) {
      uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
      uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = m_h[0], b = m_h[1], c = m_h[2], d = m_h[3], e = m_h[4], f = m_h[5], g = m_h[6], h = m_h[7];
    for (int i = 0; i < 80; i++) {
      uint64_t t1 = h + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + kRound[i] + w[i];
      uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
      h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    m_h[0] += a; m_h[1] += b; m_h[2] += c; m_h[3] += d;
    m_h[4] += e; m_h[5] += f; m_h[6] += g; m_h[7] += h;
  }

  void update(std::string_view data) {
    m_total += data.size();
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    size_t n = data.size();
    while (n) {
      size_t take = std::min(n, sizeof m_block - m_fill);
      std::memcpy(m_block + m_fill, p, take);
      m_fill += take;
      p += take;
      n -= take;
      if (m_fill == sizeof m_block) {
        compress(m_block);
        m_fill = 0;
      }
    }
  }

  // The digest of what was hashed so far; the object can go on hashing.
  std::string digest() const {
    ShaObject tail(m_type, m_h, m_digest_size);
    std::memcpy(tail.m_block, m_block, m_fill);
    tail.m_fill = m_fill;
    uint64_t bits = m_total * 8;
    unsigned char pad[144] = {0x80};
    size_t padlen = (m_fill < 112 ? 112 : 240) - m_fill;
    unsigned char length[16] = {};
    for (int i = 0; i < 8; i++) length[15 - i] = static_cast<unsigned char>(bits >> (8 * i));
    tail.update(std::string_view(reinterpret_cast<char*>(pad), padlen));
    tail.update(std::string_view(reinterpret_cast<char*>(length), 16));
    std::string out(m_digest_size, '\0');
    for (size_t i = 0; i < m_digest_size; i++) out[i] = static_cast<char>(tail.m_h[i / 8] >> (56 - 8 * (i % 8)));
    return out;
  }
};

ShaObject* sha(const Value& v) { return v.as<ShaObject>(); }

bool feed(ShaObject* s, const Value& data) {
  if (is_str(data)) {
    raise(&TypeErrorType, "Strings must be encoded before hashing");
    return false;
  }
  std::string_view view;
  if (!need_buffer(data, &view)) return false;
  s->update(view);
  return true;
}

Value make_sha(TypeObject* type, const uint64_t* init, size_t size, const char* fname, const Value* args, size_t nargs,
               KwNames* kw) {
  Value a[2];
  if (!bind_args(fname, args, nargs, kw, {"string", "usedforsecurity"}, 1, a)) return Value();
  Value s = Value::steal(new ShaObject(type, init, size));
  if (!a[0].is_null() && !feed(sha(s), a[0])) return Value();
  return s;
}

Value sha512_fn(const Value* args, size_t nargs, KwNames* kw) {
  return make_sha(&Sha512Type, kInit512, 64, "sha512", args, nargs, kw);
}
Value sha384_fn(const Value* args, size_t nargs, KwNames* kw) {
  return make_sha(&Sha384Type, kInit384, 48, "sha384", args, nargs, kw);
}

Value sha_update(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("update", kw) || !check_nargs("update", nargs - 1, 1, 1)) return Value();
  if (!feed(sha(args[0]), args[1])) return Value();
  return Value::none();
}

Value sha_digest(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("digest", kw) || !check_nargs("digest()", nargs - 1, 0, 0)) return Value();
  return new_bytes(sha(args[0])->digest());
}

Value sha_hexdigest(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("hexdigest", kw) || !check_nargs("hexdigest()", nargs - 1, 0, 0)) return Value();
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : sha(args[0])->digest()) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return new_str(std::move(out));
}

Value sha_copy(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("copy", kw) || !check_nargs("copy()", nargs - 1, 0, 0)) return Value();
  ShaObject* s = sha(args[0]);
  auto* c = new ShaObject(s->m_type, s->m_h, s->m_digest_size);
  std::memcpy(c->m_block, s->m_block, sizeof c->m_block);
  c->m_fill = s->m_fill;
  c->m_total = s->m_total;
  return Value::steal(c);
}

Value sha_name(const Value& self) { return new_str(sha(self)->m_digest_size == 64 ? "sha512" : "sha384"); }
Value sha_digest_size(const Value& self) { return Value::integer(int64_t(sha(self)->m_digest_size)); }
Value sha_block_size(const Value&) { return Value::integer(128); }

void ready_sha_type(TypeObject* t, const char* qualname) {
  t->m_qualname = qualname;
  t->tp_getattr = generic_getattr;
  type_ready(t, &ObjectType,
             {{"update", sha_update}, {"digest", sha_digest}, {"hexdigest", sha_hexdigest}, {"copy", sha_copy}});
  type_add_getsets(t, {{"name", sha_name}, {"digest_size", sha_digest_size}, {"block_size", sha_block_size}});
  type_add_value(t, "__module__", interned("_sha512"));
}

void ready_sha_types() {
  ready_sha_type(&Sha512Type, "sha512");
  ready_sha_type(&Sha384Type, "sha384");
}

}  // namespace

Value init_sha512_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_sha_types);
  Value m = new_module("_sha512");
  module_add_functions(m.as<ModuleObject>(), {{"sha512", sha512_fn}, {"sha384", sha384_fn}});
  return m;
}

}  // namespace hotpy
