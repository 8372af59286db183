// Value: the tagged word every part of the interpreter passes around.
//
// Layout (16 bytes): a one-byte Tag and an 8-byte payload.
//   Null   no value. Returned by any operation that raised (the exception is pending
//          in the thread state, see errors.h), and the content of an unbound slot.
//   None   the None singleton, no payload.
//   Bool   True/False in payload.b. Python's bool is an int subclass: numeric code
//          treats it as 0/1.
//   Int    a small int in payload.i. Arithmetic checks overflow and moves to a GMP
//          big int object (objects/int.h); a big int that fits comes back here, so
//          an int has exactly one representation.
//   Float  a double in payload.f.
//   Obj    a counted reference to a heap Object.
// Copying a Value adds a reference, destroying one drops it: the counts are exact,
// like CPython's, so files close and __del__ runs deterministically.
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>

// HOTPY_ASAN: built with AddressSanitizer (g++ defines __SANITIZE_ADDRESS__; clang 14,
// which builds the fuzzers, only answers __has_feature).
#if defined(__SANITIZE_ADDRESS__)
#define HOTPY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOTPY_ASAN 1
#endif
#endif

// HOTPY_TSAN: built with ThreadSanitizer (make check-tsan).
#if defined(__SANITIZE_THREAD__)
#define HOTPY_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define HOTPY_TSAN 1
#endif
#endif

namespace hotpy {

struct TypeObject;
struct DictObject;

enum class Tag : uint8_t { Null, None, Bool, Int, Float, Obj };

struct Object;
enum GcFlags : uint8_t {
  kGcObject = 1,       // a GcObject: a container the collector can track
  kGcTracked = 2,      // in a generation's list
  kGcFinalized = 4,    // its finalizer (__del__) has run (PEP 442: only once)
  kGcCollecting = 8,   // in the set the running collection examines
  kGcReachable = 16,   // found reachable by the running collection
  kGcOwnFinalizer = 32,  // a GcObject with a builtin finalizer (see GcObject::finalizer_pending)
  kGcWeakReferenced = 64,  // has weak references (objects/weakref.h): clear them when it dies
  kGcTentative = 128,    // tentatively unreachable while a collection marks its set
};

// Base of every heap object. Each heap type can list the references it holds
// (traverse), so a cycle collector can be added without redesign.
//
// Every object owns a reference to its class when the class is a heap type (made
// by a class statement); builtin types are immortal. The constructor takes it and
// destroy_object() gives it back after the object is gone, so no kind of object
// can outlive its class (objects/object.h defines both).
struct Object {
  uint32_t m_refcnt = 1;  // a new object belongs to whoever made it
  // m_type is a heap type this object holds a reference to. Kept here so that
  // freeing an object never reads its class unless it owns it: a builtin type
  // may already be destroyed when static destructors free objects at exit.
  bool m_owns_type = false;
  uint8_t m_gc_flags = 0;  // the cycle collector's (objects/gc.h): GcFlags
  // Bits a kind of object keeps for itself in what would be padding (str: ascii,
  // interned), so they cost no bytes of its own.
  uint8_t m_kind_bits = 0;
  TypeObject* m_type;     // counted when a heap type: change it only through set_type()
  explicit Object(TypeObject* type);
  // For objects whose class is a builtin type that may not be constructed yet
  // (static type objects, made in any order): nothing to count.
  struct BuiltinClass {};
  Object(TypeObject* type, BuiltinClass) : m_type(type) {}
  // Makes `type` the object's class (a subclass's __new__, type(name, ...)).
  void set_type(TypeObject* type);
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;
  using Visitor = void (*)(Object* child, void* arg);
  virtual void traverse(Visitor, void*) {}
  // Where this object keeps its attribute dict (instances of classes, functions,
  // modules), or null when it has none: the generic attribute protocol uses it.
  virtual DictObject** instance_dict() { return nullptr; }
};

// Immortal objects (builtin types and everything their dicts hold, interned strings,
// the empty singletons) are shared by every interpreter in the process, also by two
// running on two threads: their counts are never written, so no thread races
// another on them (plain counts stay cheap for everything else). The high bit marks
// them; no real count gets near it.
constexpr uint32_t kImmortalRefcnt = 1u << 31;
inline bool is_immortal(const Object* o) { return o->m_refcnt & kImmortalRefcnt; }
void gc_untrack_object(Object* o);  // objects/gc.cpp
// Immortal objects are shared by the interpreters: no collector may list them.
inline void make_immortal(Object* o) {
  o->m_refcnt = kImmortalRefcnt;
  if (o->m_gc_flags & kGcTracked) gc_untrack_object(o);
}
[[gnu::always_inline]] inline void incref(Object* o) {
  if (!is_immortal(o)) ++o->m_refcnt;
}
void destroy_object(Object* o);  // objects/object.cpp: deletes without deep C++ recursion
[[gnu::always_inline]] inline void decref(Object* o) {
  if (!is_immortal(o) && --o->m_refcnt == 0) destroy_object(o);
}

class Value {
 public:
  Value() noexcept : m_tag(Tag::Null) { m_u.i = 0; }
  static Value none() noexcept { Value v; v.m_tag = Tag::None; return v; }
  // The whole word is written at once: a byte stored over a zeroed word, then read back
  // as the word (the Value copied out to its caller), stalls store forwarding.
  static Value boolean(bool b) noexcept { Value v; v.m_tag = Tag::Bool; v.m_u.i = b; return v; }
  static Value integer(int64_t i) noexcept { Value v; v.m_tag = Tag::Int; v.m_u.i = i; return v; }
  static Value number(double d) noexcept { Value v; v.m_tag = Tag::Float; v.m_u.f = d; return v; }
  // Takes over a reference the caller owns (typically a freshly made object).
  static Value steal(Object* o) noexcept { Value v; v.m_tag = Tag::Obj; v.m_u.o = o; return v; }
  // Adds a reference of its own.
  static Value borrow(Object* o) noexcept { incref(o); return steal(o); }

  // Always inline, as are the moves, assignments and the destructor: out of line, each
  // costs a call and a temporary in every hot path, and at -O3 GCC outlines some of
  // them (nbody ran 21% slower for the move assignment alone).
  [[gnu::always_inline]] Value(const Value& v) noexcept : m_tag(v.m_tag), m_u(v.m_u) {
    if (m_tag == Tag::Obj) incref(m_u.o);
  }
  [[gnu::always_inline]] Value(Value&& v) noexcept : m_tag(v.m_tag), m_u(v.m_u) { v.m_tag = Tag::Null; }
  [[gnu::always_inline]] Value& operator=(const Value& v) noexcept {
    // v's contents are read first: v may be this Value itself (`x = x`), which the
    // move below empties.
    Tag tag = v.m_tag;
    auto u = v.m_u;
    if (tag == Tag::Obj) incref(u.o);
    Value old(std::move(*this));
    m_tag = tag; m_u = u;
    return *this;
  }
  [[gnu::always_inline]] Value& operator=(Value&& v) noexcept {
    if (this != &v) {
      Value old(std::move(*this));
      m_tag = v.m_tag; m_u = v.m_u; v.m_tag = Tag::Null;
    }
    return *this;
  }
  [[gnu::always_inline]] ~Value() { if (m_tag == Tag::Obj) decref(m_u.o); }
  // The two exchange contents, no count touched (std::swap's moves, out of line at -O3,
  // were a call per attribute store).
  friend void swap(Value& a, Value& b) noexcept {
    std::swap(a.m_tag, b.m_tag);
    std::swap(a.m_u, b.m_u);
  }

  // Stores a small int or a float over a Value that holds no heap reference (a
  // number): nothing to drop, so no test of the old contents.
  void set_number_over_number(Value v) noexcept { m_tag = v.m_tag; m_u = v.m_u; }

  Tag tag() const noexcept { return m_tag; }
  bool is_null() const noexcept { return m_tag == Tag::Null; }
  bool is_none() const noexcept { return m_tag == Tag::None; }
  bool is_bool() const noexcept { return m_tag == Tag::Bool; }
  bool is_int() const noexcept { return m_tag == Tag::Int; }  // small int only
  bool is_float() const noexcept { return m_tag == Tag::Float; }
  bool is_obj() const noexcept { return m_tag == Tag::Obj; }

  bool as_bool() const noexcept { return m_u.i != 0; }
  int64_t as_int() const noexcept { return m_u.i; }
  double as_float() const noexcept { return m_u.f; }
  Object* obj() const noexcept { return m_u.o; }
  template <class T> T* as() const noexcept { return static_cast<T*>(m_u.o); }

  // Gives up ownership of the heap reference without dropping it.
  Object* release() noexcept { m_tag = Tag::Null; return m_u.o; }

  // Python's `is`. Immediates compare by value (so equal small ints are identical,
  // as CPython's cached ints are); heap objects by address.
  bool is(const Value& o) const noexcept {
    if (m_tag != o.m_tag) return false;
    switch (m_tag) {
      case Tag::Null: case Tag::None: return true;
      case Tag::Bool: return m_u.i == o.m_u.i;
      case Tag::Int: return m_u.i == o.m_u.i;
      case Tag::Float: return m_u.i == o.m_u.i;  // same bits
      case Tag::Obj: return m_u.o == o.m_u.o;
    }
    return false;
  }

  TypeObject* type() const noexcept;  // objects/object.h

 private:
  Tag m_tag;
  union { int64_t i; double f; Object* o; } m_u;  // a bool is i: 0 or 1
};

}  // namespace hotpy
