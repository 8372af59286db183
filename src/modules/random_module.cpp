// _random: the Mersenne Twister (MT19937) behind random.Random, with CPython 3.11's
// seeding (init_by_array over the 32-bit words of abs(seed)), random() from two
// draws (53 bits) and getrandbits() word order, so that a seed gives CPython's
// exact sequence. random.py builds everything else on random() and getrandbits().
#include <sys/random.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <mutex>
#include <utility>

#include "modules/native.h"
#include "modules/instance_dict.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject RandomType("_random.Random");

namespace {

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObject : NativeWithDict {
  uint32_t m_state[kN];
  int m_index = kN + 1;
  explicit RandomObject(TypeObject* type) : NativeWithDict(type) { std::memset(m_state, 0, sizeof m_state); }

  void init_genrand(uint32_t s) {
    m_state[0] = s;
    for (int i = 1; i < kN; i++) m_state[i] = 1812433253U * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + uint32_t(i);
    m_index = kN;
  }

  void init_by_array(const uint32_t* key, size_t key_length) {
    init_genrand(19650218U);
    size_t i = 1, j = 0;
    for (size_t k = kN > key_length ? kN : key_length; k; k--) {
      m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
      if (++i >= kN) {
        m_state[0] = m_state[kN - 1];
        i = 1;
      }
      if (++j >= key_length) j = 0;
    }
    for (size_t k = kN - 1; k; k--) {
      m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
      if (++i >= kN) {
        m_state[0] = m_state[kN - 1];
        i = 1;
      }
    }
    m_state[0] = 0x80000000U;  // assures a non-zero state
  }

  uint32_t next32() {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t y;
    if (m_index >= kN) {
      int kk = 0;
      for (; kk < kN - kM; kk++) {
        y = (m_state[kk] & 0x80000000U) | (m_state[kk + 1] & 0x7fffffffU);
        m_state[kk] = m_state[kk + kM] ^ (y >> 1) ^ mag01[y & 1U];
      }
      for (; kk < kN - 1; kk++) {
        y = (m_state[kk] & 0x80000000U) | (m_state[kk + 1] & 0x7fffffffU);
        m_state[kk] = m_state[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1U];
      }
      y = (m_state[kN - 1] & 0x80000000U) | (m_state[0] & 0x7fffffffU);
      m_state[kN - 1] = m_state[kM - 1] ^ (y >> 1) ^ mag01[y & 1U];
      m_index = 0;
    }
    y = m_state[m_index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }
};

RandomObject* rnd(const Value& v) { return v.as<RandomObject>(); }

// Seeds from the operating system's entropy (CPython's random_seed_urandom), or
// from the clock and pid when that fails.
void seed_from_os(RandomObject* r) {
  uint32_t key[kN];
  size_t got = 0;
  auto* bytes = reinterpret_cast<char*>(key);
  while (got < sizeof key) {
    ssize_t n = getrandom(bytes + got, sizeof key - got, 0);
    if (n <= 0) break;
    got += size_t(n);
  }
  if (got == sizeof key) {
    r->init_by_array(key, kN);
    return;
  }
  auto now = std::chrono::system_clock::now().time_since_epoch().count();
  uint32_t fallback[5] = {uint32_t(now), uint32_t(uint64_t(now) >> 32), uint32_t(getpid()), 0, 0};
  r->init_by_array(fallback, 5);
}

// seed(n): an int seeds with the words of abs(n); any other object with its hash
// (as an unsigned machine word), as CPython's random_seed.
bool seed_with(RandomObject* r, const Value& arg) {
  if (arg.is_null() || arg.is_none()) {
    seed_from_os(r);
    return true;
  }
  Mpz n;
  if (is_int_like(arg)) {
    int_to_mpz(arg, n);
    mpz_abs(n, n);
  } else {
    int64_t h = hash(arg);
    if (h == -1 && error_pending()) return false;
    mpz_set_ui(n, uint64_t(h));
  }
  size_t nwords = mpz_sgn(n.z) == 0 ? 1 : (mpz_sizeinbase(n.z, 2) + 31) / 32;
  std::vector<uint32_t> key(nwords, 0);
  mpz_export(key.data(), nullptr, -1, sizeof(uint32_t), 0, 0, n.z);
  r->init_by_array(key.data(), key.size());
  return true;
}

Value random_new(TypeObject* type, const Value*, size_t, KwNames*) {
  return Value::steal(new RandomObject(type));
}

int random_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  // Keywords are refused only where CPython's own __init__ would see them.
  if ((self.type() == &RandomType || self.type()->tp_init == random_init) && !no_keywords("Random", kw)) return -1;
  if (nargs > 1) {
    raise(&TypeErrorType, "Random() requires 0 or 1 argument");
    return -1;
  }
  return seed_with(rnd(self), nargs ? args[0] : Value()) ? 0 : -1;
}

Value random_seed(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("seed", kw) || !check_nargs("seed", nargs - 1, 0, 1)) return Value();
  if (!seed_with(rnd(args[0]), nargs > 1 ? args[1] : Value())) return Value();
  return Value::none();
}

Value random_random(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("random", kw) || !check_nargs("random()", nargs - 1, 0, 0)) return Value();
  RandomObject* r = rnd(args[0]);
  uint32_t a = r->next32() >> 5, b = r->next32() >> 6;
  return Value::number((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value random_getrandbits(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("getrandbits", kw) || !check_nargs("getrandbits", nargs - 1, 1, 1)) return Value();
  int64_t k;
  if (!index_value(args[1], &k)) return Value();
  if (k < 0) return raise(&ValueErrorType, "number of bits must be non-negative");
  RandomObject* r = rnd(args[0]);
  if (k == 0) return Value::integer(0);
  if (k <= 32) return Value::integer(int64_t(r->next32() >> (32 - k)));
  if (!check_alloc(uint64_t(k) / 8)) return Value();
  // Words come least significant first; the last one keeps its top bits.
  std::vector<uint32_t> words(size_t((k - 1) / 32 + 1));
  for (uint32_t& w : words) {
    uint32_t x = r->next32();
    if (k < 32) x >>= (32 - k);
    w = x;
    k -= 32;
  }
  Mpz n;
  mpz_import(n, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  return int_from_mpz_move(n);
}

Value random_getstate(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("getstate", kw) || !check_nargs("getstate()", nargs - 1, 0, 0)) return Value();
  RandomObject* r = rnd(args[0]);
  std::vector<Value> items;
  items.reserve(kN + 1);
  for (uint32_t w : r->m_state) items.push_back(Value::integer(w));
  items.push_back(Value::integer(r->m_index));
  return new_tuple(std::move(items));
}

Value random_setstate(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("setstate", kw) || !check_nargs("setstate", nargs - 1, 1, 1)) return Value();
  const Value& state = args[1];
  if (!is_tuple(state)) return raise(&TypeErrorType, "state vector must be a tuple");
  const auto& items = as_tuple(state)->m_items;
  if (items.size() != kN + 1) return raise(&ValueErrorType, "state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; i++) {
    const Value& w = items[i];
    if (!is_int_like(w))
      return raise(&TypeErrorType, format("an integer is required (got type %s)", type_name(w).c_str()));
    if (int_sign(w) < 0) return raise(&OverflowErrorType, "can't convert negative value to unsigned int");
    IntView v(w);
    if (mpz_sizeinbase(v, 2) > 64) return raise(&OverflowErrorType, "Python int too large to convert to C unsigned long");
    words[i] = uint32_t(mpz_get_ui(v));
  }
  int64_t index;
  if (!is_int_like(items[kN]))
    return raise(&TypeErrorType, format("'%s' object cannot be interpreted as an integer", type_name(items[kN]).c_str()));
  if (!int_to_int64(items[kN], &index)) return Value();
  if (index < 0 || index > kN) return raise(&ValueErrorType, "invalid state");
  RandomObject* r = rnd(args[0]);
  std::memcpy(r->m_state, words, sizeof words);
  r->m_index = int(index);
  return Value::none();
}

void ready_random_type() {
  RandomType.m_qualname = "Random";
  RandomType.m_flags |= kBaseType;
  RandomType.tp_new = random_new;
  RandomType.tp_init = random_init;
  RandomType.tp_getattr = generic_getattr;
  RandomType.tp_setattr = generic_setattr;
  type_ready(&RandomType, &ObjectType,
             {{"seed", random_seed, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
              {"random", random_random, "random() -> x in the interval [0, 1)."},
              {"getrandbits", random_getrandbits, "getrandbits(k) -> x.  Generates an int with k random bits."},
              {"getstate", random_getstate, "getstate() -> tuple containing the current state."},
              {"setstate", random_setstate, "setstate(state) -> None.  Restores generator state."}});
  type_add_value(&RandomType, "__module__", interned("_random"));
}

}  // namespace

Value init_random_module() {
  static std::once_flag once;
  ready_builtin_types(once, ready_random_type);
  Value m = new_module("_random");
  module_add(m.as<ModuleObject>(), "Random", Value::borrow(&RandomType));
  return m;
}

}  // namespace hotpy
