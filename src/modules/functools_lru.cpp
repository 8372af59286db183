// _functools._lru_cache_wrapper: the native core of functools.lru_cache, with
// CPython 3.11's keys (a lone int or str argument is its own key), statistics and
// eviction order. A bounded cache keeps its entries in a dict of links that form a
// doubly linked list, oldest first, as CPython's does.
#include "modules/native.h"
#include "modules/native_base.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject LruCacheType("functools._lru_cache_wrapper");
TypeObject LruLinkType("_functools._lru_list_elem");

namespace {

// The links of the list; they are not counted: the cache dict owns the entries.
struct LruNode {
  LruNode* m_prev = nullptr;
  LruNode* m_next = nullptr;
};

// One entry of a bounded cache: the dict maps its key to it.
struct LruLink : NativeObject, LruNode {
  Value m_key, m_result;
  LruLink() : NativeObject(&LruLinkType) {}
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_key, c);
    fn(m_result, c);
  }
};

struct LruObject : NativeObject {
  Value m_func, m_cache, m_cache_info_type;
  int64_t m_maxsize = -1;  // -1: unbounded
  bool m_typed = false;
  int64_t m_hits = 0, m_misses = 0;
  LruNode m_root;  // the list's sentinel: m_root.m_next is the oldest entry
  explicit LruObject(TypeObject* t) : NativeObject(t) { m_root.m_prev = m_root.m_next = &m_root; }
  void for_each_ref(RefFn fn, void* c) override {
    fn(m_func, c);
    fn(m_cache, c);
    fn(m_cache_info_type, c);
  }
  void clear() override {
    m_root.m_prev = m_root.m_next = &m_root;
    NativeObject::clear();
  }
  DictObject** instance_dict() override { return &m_dict; }  // update_wrapper fills it
};

LruObject* lru(const Value& v) { return v.as<LruObject>(); }

void unlink(LruNode* l) {
  l->m_prev->m_next = l->m_next;
  l->m_next->m_prev = l->m_prev;
}

void append_link(LruObject* c, LruNode* l) {
  l->m_prev = c->m_root.m_prev;
  l->m_next = &c->m_root;
  c->m_root.m_prev->m_next = l;
  c->m_root.m_prev = l;
}

// Marks where the keyword arguments start in a key (CPython's kwd_mark): an object
// no caller can pass.
const Value& kwd_mark() {
  static Value mark = Value::borrow(&LruLinkType);
  return mark;
}

Value make_key(LruObject* c, const Value* args, size_t nargs, KwNames* kw) {
  size_t nkw = kw_count(kw);
  if (!c->m_typed && nkw == 0) {
    if (nargs == 1 && (is_exact_str(args[0]) || args[0].is_int() || is_type(args[0], &IntType))) return args[0];
    return new_tuple(args, nargs);
  }
  std::vector<Value> key(args, args + nargs);
  if (nkw) {
    key.push_back(kwd_mark());
    for (size_t j = 0; j < nkw; j++) {
      key.push_back(kw->m_items[j]);
      key.push_back(args[nargs + j]);
    }
  }
  if (c->m_typed) {
    for (size_t i = 0; i < nargs + nkw; i++) key.push_back(Value::borrow(args[i].type()));
  }
  return new_tuple(std::move(key));
}

Value lru_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw) {
  Value a[4];
  if (!bind_args("_lru_cache_wrapper", args, nargs, kw, {"user_function", "maxsize", "typed", "cache_info_type"}, 4,
                 a))
    return Value();
  for (int i = 0; i < 4; i++)
    if (a[i].is_null())
      return raise(&TypeErrorType, format("_lru_cache_wrapper() missing required argument (pos %d)", i + 1));
  if (!is_callable(a[0])) return raise(&TypeErrorType, "the first argument must be callable");
  int64_t maxsize = -1;
  if (!a[1].is_none()) {
    if (!is_int_like(a[1])) return raise(&TypeErrorType, "maxsize should be integer or None");
    if (!index_ssize(a[1], &maxsize, nullptr)) return Value();
    if (maxsize < 0) maxsize = 0;
  }
  int typed = truthy(a[2]);
  if (typed < 0) return Value();
  auto* c = new LruObject(type);
  c->m_func = a[0];
  c->m_cache = new_dict();
  c->m_cache_info_type = a[3];
  c->m_maxsize = maxsize;
  c->m_typed = typed;
  return Value::steal(c);
}

Value lru_call(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  LruObject* c = lru(self);
  if (c->m_maxsize == 0) {
    c->m_misses++;
    return call(c->m_func, args, nargs, kw);
  }
  Value key = make_key(c, args, nargs, kw);
  if (key.is_null()) return Value();
  DictObject* cache = as_dict(c->m_cache);
  Value found = dict_get(cache, key);
  if (!found.is_null()) {
    c->m_hits++;
    if (c->m_maxsize < 0) return found;
    auto* link = found.as<LruLink>();
    unlink(link);  // now the newest
    append_link(c, link);
    return link->m_result;
  }
  if (error_pending()) return Value();
  c->m_misses++;
  Value result = call(c->m_func, args, nargs, kw);
  if (result.is_null()) return Value();
  if (c->m_maxsize < 0) {
    if (dict_set(cache, key, result) < 0) return Value();
    return result;
  }
  // The call may have filled this key (recursion) or cleared the cache meanwhile.
  Value again = dict_get(cache, key);
  if (!again.is_null()) return result;
  if (error_pending()) return Value();
  if (int64_t(cache->size()) >= c->m_maxsize && c->m_root.m_next != &c->m_root) {
    auto* oldest = static_cast<LruLink*>(c->m_root.m_next);
    Value keep = Value::borrow(oldest);  // alive until unlinked
    unlink(oldest);
    if (dict_del(cache, oldest->m_key) < 0) return Value();
  }
  auto* link = new LruLink();
  Value lv = Value::steal(link);
  link->m_key = key;
  link->m_result = result;
  if (dict_set(cache, key, lv) < 0) return Value();
  append_link(c, link);
  return result;
}

Value lru_descr_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null() || obj.is_none()) return descr;
  return new_method(descr, obj);
}

Value lru_cache_info(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("cache_info", nargs - 1, 0, 0)) return Value();
  LruObject* c = lru(args[0]);
  Value argv[4] = {Value::integer(c->m_hits), Value::integer(c->m_misses),
                   c->m_maxsize < 0 ? Value::none() : Value::integer(c->m_maxsize),
                   Value::integer(int64_t(as_dict(c->m_cache)->size()))};
  return call(c->m_cache_info_type, argv, 4);
}

Value lru_cache_clear(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_nargs("cache_clear", nargs - 1, 0, 0)) return Value();
  LruObject* c = lru(args[0]);
  c->m_hits = c->m_misses = 0;
  c->m_root.m_prev = c->m_root.m_next = &c->m_root;
  Value old = std::exchange(c->m_cache, new_dict());  // dropped once the wrapper is consistent
  return Value::none();
}

Value lru_self(const Value* args, size_t, KwNames*) { return args[0]; }

void ready_lru_types() {
  LruCacheType.m_flags |= kWeakrefable;
  LruCacheType.tp_new = lru_new;
  LruCacheType.tp_call = lru_call;
  LruCacheType.tp_descr_get = lru_descr_get;
  LruCacheType.tp_getattr = generic_getattr;
  LruCacheType.tp_setattr = generic_setattr;
  ready_module_type(&LruCacheType, "functools", "_lru_cache_wrapper", &ObjectType,
                    {{"cache_info", lru_cache_info},
                     {"cache_clear", lru_cache_clear},
                     {"__copy__", lru_self},
                     {"__deepcopy__", lru_self}});
  type_add_getsets(&LruCacheType, {{"__dict__", object_dict_get, object_dict_set}});
  ready_module_type(&LruLinkType, "_functools", "_lru_list_elem", &ObjectType, {}, false);
}

}  // namespace

void add_lru_cache_type(ModuleObject* m) {
  static std::once_flag once;
  ready_builtin_types(once, ready_lru_types);
  module_add(m, "_lru_cache_wrapper", Value::borrow(&LruCacheType));
}

}  // namespace hotpy
