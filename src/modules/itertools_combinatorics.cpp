// itertools.product, permutations, combinations and combinations_with_replacement:
// index vectors stepped as CPython's, over pools copied to tuples when made. The
// result tuple is refilled in place when the caller has dropped the previous one.
#include "modules/itertools_internal.h"

#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject ProductType("itertools.product");
TypeObject PermutationsType("itertools.permutations");
TypeObject CombinationsType("itertools.combinations");
TypeObject CwrType("itertools.combinations_with_replacement");

namespace {

struct CombObject : NativeObject {
  std::vector<Value> m_pools;  // product: one tuple per position; the others: one tuple
  std::vector<size_t> m_indices, m_cycles;
  size_t m_r = 0;
  bool m_first = true, m_stopped = false;
  Value m_result;
  explicit CombObject(TypeObject* t) : NativeObject(t) {}
  void for_each_ref(RefFn fn, void* c) override {
    each_ref(m_pools, fn, c);
    fn(m_result, c);
  }
  const std::vector<Value>& pool(size_t i = 0) const { return as_tuple(m_pools[i])->m_items; }
};

// The result tuple: item k is pool(k or 0)[indices[k]].
Value comb_result(CombObject* c, bool per_position_pools) {
  size_t r = per_position_pools ? c->m_pools.size() : c->m_r;
  if (TupleObject* t = reusable_tuple(c->m_result, r)) {
    for (size_t k = 0; k < r; k++) {
      Value old = std::move(t->m_items[k]);
      t->m_items[k] = c->pool(per_position_pools ? k : 0)[c->m_indices[k]];
    }
    return c->m_result;
  }
  std::vector<Value> items;
  items.reserve(r);
  for (size_t k = 0; k < r; k++) items.push_back(c->pool(per_position_pools ? k : 0)[c->m_indices[k]]);
  return reuse_or_new_tuple(c->m_result, std::move(items));
}

Value pool_tuple(const Value& iterable) {
  if (is_type(iterable, &TupleType)) return iterable;
  std::vector<Value> items;
  if (!collect_iterable(iterable, items)) return Value();
  return new_tuple(std::move(items));
}

// An r argument: a non-negative index.
bool r_arg(const Value& v, size_t* out) {
  int64_t r;
  if (!index_ssize(v, &r, &OverflowErrorType)) return false;
  if (r < 0) {
    raise(&ValueErrorType, "r must be non-negative");
    return false;
  }
  *out = size_t(r);
  return true;
}

// -- product(*iterables, repeat=1)

Value product_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  int64_t repeat = 1;
  for (size_t j = 0; kw && j < kw->size(); ++j) {
    std::string_view name = as_str(kw->m_items[j])->view();
    if (name != "repeat")
      return raise(&TypeErrorType, format("'%.*s' is an invalid keyword argument for product()",
                                          int(name.size()), name.data()));
    if (!index_ssize(args[nargs + j], &repeat, &OverflowErrorType)) return Value();
    if (repeat < 0) return raise(&ValueErrorType, "repeat argument cannot be negative");
  }
  std::vector<Value> pools;
  for (size_t i = 0; i < nargs; i++) {
    Value p = pool_tuple(args[i]);
    if (p.is_null()) return Value();
    pools.push_back(std::move(p));
  }
  if (!nargs) repeat = 0;
  if (!check_alloc(uint64_t(repeat), nargs ? nargs * sizeof(Value) : 1)) return Value();
  auto* c = new CombObject(type);
  Value out = Value::steal(c);
  for (int64_t k = 0; k < repeat; k++) c->m_pools.insert(c->m_pools.end(), pools.begin(), pools.end());
  c->m_indices.assign(c->m_pools.size(), 0);
  for (const Value& p : c->m_pools) c->m_stopped = c->m_stopped || as_tuple(p)->size() == 0;
  return out;
}

// Moves the indices to the next result; false when there is none.
bool product_advance(CombObject* c) {
  for (size_t i = c->m_pools.size(); i-- > 0;) {
    if (++c->m_indices[i] < c->pool(i).size()) return true;
    c->m_indices[i] = 0;  // carry into the position to the left
  }
  return false;
}

// -- combinations(iterable, r), combinations_with_replacement(iterable, r)

Value comb_new_common(TypeObject* type, const char* name, const Value* args, size_t nargs, KwNames* kw,
                      bool with_replacement) {
  Value a[2];
  if (!bind_args(name, args, nargs, kw, {"iterable", "r"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, format("%s() missing required argument 'iterable' (pos 1)", name));
  if (a[1].is_null()) return raise(&TypeErrorType, format("%s() missing required argument 'r' (pos 2)", name));
  Value pool = pool_tuple(a[0]);
  if (pool.is_null()) return Value();
  size_t r;
  if (!r_arg(a[1], &r)) return Value();
  size_t n = as_tuple(pool)->size();
  auto* c = new CombObject(type);
  Value out = Value::steal(c);
  c->m_pools.push_back(std::move(pool));
  c->m_r = r;
  if (with_replacement) {
    c->m_stopped = n == 0 && r > 0;
    if (!c->m_stopped) c->m_indices.assign(r, 0);
  } else {
    c->m_stopped = r > n;
    if (!c->m_stopped)
      for (size_t i = 0; i < r; i++) c->m_indices.push_back(i);
  }
  return out;
}

Value combinations_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  return comb_new_common(type, "combinations", args, nargs, kw, false);
}
Value cwr_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  return comb_new_common(type, "combinations_with_replacement", args, nargs, kw, true);
}

bool combinations_advance(CombObject* c) {
  size_t n = c->pool().size(), r = c->m_r;
  // The rightmost index that is not yet at its highest value.
  size_t i = r;
  while (i-- > 0)
    if (c->m_indices[i] != i + n - r) break;
  if (i == size_t(-1)) return false;
  c->m_indices[i]++;
  for (size_t j = i + 1; j < r; j++) c->m_indices[j] = c->m_indices[j - 1] + 1;
  return true;
}

bool cwr_advance(CombObject* c) {
  size_t n = c->pool().size(), r = c->m_r;
  size_t i = r;
  while (i-- > 0)
    if (c->m_indices[i] != n - 1) break;
  if (i == size_t(-1)) return false;
  size_t index = c->m_indices[i] + 1;
  for (size_t j = i; j < r; j++) c->m_indices[j] = index;
  return true;
}

// -- permutations(iterable, r=None)

Value permutations_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("permutations", args, nargs, kw, {"iterable", "r"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "permutations() missing required argument 'iterable' (pos 1)");
  Value pool = pool_tuple(a[0]);
  if (pool.is_null()) return Value();
  size_t n = as_tuple(pool)->size(), r = n;
  if (!a[1].is_null() && !a[1].is_none()) {
    if (!is_int_like(a[1])) return raise(&TypeErrorType, "Expected int as r");
    if (!r_arg(a[1], &r)) return Value();
  }
  auto* c = new CombObject(type);
  Value out = Value::steal(c);
  c->m_pools.push_back(std::move(pool));
  c->m_r = r;
  c->m_stopped = r > n;
  if (!c->m_stopped) {
    for (size_t i = 0; i < n; i++) c->m_indices.push_back(i);
    for (size_t i = 0; i < r; i++) c->m_cycles.push_back(n - i);
  }
  return out;
}

bool permutations_advance(CombObject* c) {
  size_t n = c->pool().size(), r = c->m_r;
  std::vector<size_t>& idx = c->m_indices;
  for (size_t i = r; i-- > 0;) {
    if (--c->m_cycles[i] == 0) {
      // Rotate indices[i:] left by one.
      size_t first = idx[i];
      for (size_t j = i; j + 1 < n; j++) idx[j] = idx[j + 1];
      idx[n - 1] = first;
      c->m_cycles[i] = n - i;
    } else {
      std::swap(idx[i], idx[n - c->m_cycles[i]]);
      return true;
    }
  }
  return false;
}

// The first result as made, then one per advance until it finds none.
template <bool (*advance)(CombObject*), bool per_position_pools>
Value comb_next(const Value& self) {
  auto* c = self.as<CombObject>();
  if (c->m_stopped) return Value();
  if (c->m_first) {
    c->m_first = false;
    return comb_result(c, per_position_pools);
  }
  if (advance(c)) return comb_result(c, per_position_pools);
  c->m_stopped = true;
  c->m_result = Value();
  return Value();
}

}  // namespace

void ready_combinatoric_types() {
  ready_itertools_iter(&ProductType, "product", product_new, comb_next<product_advance, true>);
  ready_itertools_iter(&PermutationsType, "permutations", permutations_new, comb_next<permutations_advance, false>);
  ready_itertools_iter(&CombinationsType, "combinations", combinations_new, comb_next<combinations_advance, false>);
  ready_itertools_iter(&CwrType, "combinations_with_replacement", cwr_new, comb_next<cwr_advance, false>);
}

void add_combinatoric_types(ModuleObject* m) {
  for (TypeObject* t : {&ProductType, &PermutationsType, &CombinationsType, &CwrType})
    module_add(m, t->m_qualname.c_str(), Value::borrow(t));
}

}  // namespace hotpy
