// _heapq: the binary-heap primitives CPython's heapq.py imports, on plain lists,
// with CPython 3.11's messages. The sift steps make the same comparisons in the same
// order as CPython's, so heaps of equal-comparing items come out in the same order.
#include "modules/native.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

// a < b, or b < a for the max-heap variants; -1 with an error.
int before(const Value& a, const Value& b, bool max_heap) {
  return max_heap ? compare_bool(b, a, CmpOp::Lt) : compare_bool(a, b, CmpOp::Lt);
}

bool size_changed(std::vector<Value>& items, size_t size) {
  if (items.size() == size) return false;
  raise(&RuntimeErrorType, "list changed size during iteration");
  return true;
}

// Moves the item at pos up towards startpos while it sorts before its parent.
bool sift_down(const Value& heap, size_t startpos, size_t pos, bool max_heap) {
  auto& items = as_list(heap)->m_items;
  size_t size = items.size();
  Value newitem = items[pos];
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    Value parent = items[parentpos];
    int lt = before(newitem, parent, max_heap);
    if (lt < 0 || size_changed(items, size)) return false;
    if (!lt) break;
    items[pos] = std::move(parent);
    pos = parentpos;
  }
  items[pos] = std::move(newitem);
  return true;
}

// Moves the smaller child up until a leaf is reached, then sifts the item back down.
bool sift_up(const Value& heap, size_t pos, bool max_heap) {
  auto& items = as_list(heap)->m_items;
  size_t endpos = items.size(), startpos = pos;
  Value newitem = items[pos];
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos) {
      int lt = before(items[childpos], items[rightpos], max_heap);
      if (lt < 0 || size_changed(items, endpos)) return false;
      if (!lt) childpos = rightpos;
    }
    items[pos] = items[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  items[pos] = std::move(newitem);
  return sift_down(heap, startpos, pos, max_heap);
}

bool heap_arg(const char* fname, const Value* args, size_t nargs, KwNames* kw, size_t n) {
  if (!no_keywords(fname, kw)) return false;
  if (nargs != n) {
    if (n == 1) raise(&TypeErrorType, format("_heapq.%s() takes exactly one argument (%zu given)", fname, nargs));
    else raise(&TypeErrorType, format("%s expected %zu arguments, got %zu", fname, n, nargs));
    return false;
  }
  if (is_list(args[0])) return true;
  raise(&TypeErrorType, format(n == 1 ? "%s() argument must be list, not %s" : "%s() argument 1 must be list, not %s",
                               fname, type_name(args[0]).c_str()));
  return false;
}

Value heappush(const Value* args, size_t nargs, KwNames* kw) {
  if (!heap_arg("heappush", args, nargs, kw, 2)) return Value();
  auto& items = as_list(args[0])->m_items;
  items.push_back(args[1]);
  return sift_down(args[0], 0, items.size() - 1, false) ? Value::none() : Value();
}

Value pop_common(const char* fname, const Value* args, size_t nargs, KwNames* kw, bool max_heap) {
  if (!heap_arg(fname, args, nargs, kw, 1)) return Value();
  auto& items = as_list(args[0])->m_items;
  if (items.empty()) return raise(&IndexErrorType, "index out of range");
  Value last = std::move(items.back());
  items.pop_back();
  if (items.empty()) return last;
  Value top = std::move(items[0]);
  items[0] = std::move(last);
  return sift_up(args[0], 0, max_heap) ? top : Value();
}

Value heappop(const Value* args, size_t nargs, KwNames* kw) { return pop_common("heappop", args, nargs, kw, false); }
Value heappop_max(const Value* args, size_t nargs, KwNames* kw) {
  return pop_common("_heappop_max", args, nargs, kw, true);
}

Value replace_common(const char* fname, const Value* args, size_t nargs, KwNames* kw, bool max_heap) {
  if (!heap_arg(fname, args, nargs, kw, 2)) return Value();
  auto& items = as_list(args[0])->m_items;
  if (items.empty()) return raise(&IndexErrorType, "index out of range");
  Value top = std::move(items[0]);
  items[0] = args[1];
  return sift_up(args[0], 0, max_heap) ? top : Value();
}

Value heapreplace(const Value* args, size_t nargs, KwNames* kw) {
  return replace_common("heapreplace", args, nargs, kw, false);
}
Value heapreplace_max(const Value* args, size_t nargs, KwNames* kw) {
  return replace_common("_heapreplace_max", args, nargs, kw, true);
}

Value heappushpop(const Value* args, size_t nargs, KwNames* kw) {
  if (!heap_arg("heappushpop", args, nargs, kw, 2)) return Value();
  auto& items = as_list(args[0])->m_items;
  if (items.empty()) return args[1];
  Value top = items[0];
  int lt = compare_bool(top, args[1], CmpOp::Lt);
  if (lt < 0) return Value();
  if (!lt) return args[1];
  if (items.empty()) return raise(&IndexErrorType, "index out of range");
  top = std::move(items[0]);
  items[0] = args[1];
  return sift_up(args[0], 0, false) ? top : Value();
}

Value heapify_common(const char* fname, const Value* args, size_t nargs, KwNames* kw, bool max_heap) {
  if (!heap_arg(fname, args, nargs, kw, 1)) return Value();
  for (size_t i = as_list(args[0])->m_items.size() / 2; i-- > 0;)
    if (!sift_up(args[0], i, max_heap)) return Value();
  return Value::none();
}

Value heapify(const Value* args, size_t nargs, KwNames* kw) { return heapify_common("heapify", args, nargs, kw, false); }
Value heapify_max(const Value* args, size_t nargs, KwNames* kw) {
  return heapify_common("_heapify_max", args, nargs, kw, true);
}

}  // namespace

Value init_heapq_module() {
  Value m = new_module("_heapq");
  module_add_functions(m.as<ModuleObject>(), {{"heappush", heappush},
                                              {"heappop", heappop},
                                              {"heapreplace", heapreplace},
                                              {"heappushpop", heappushpop},
                                              {"heapify", heapify},
                                              {"_heappop_max", heappop_max},
                                              {"_heapreplace_max", heapreplace_max},
                                              {"_heapify_max", heapify_max}});
  return m;
}

}  // namespace hotpy
