// C stacks for generators (generator.h, Coroutine): a few large pool stacks shared by
// any number of generators through stack copying. A context keeps its fixed
// addresses on its pool stack (its frames hold absolute pointers into it); while
// another context runs there, its live bytes [sp, top) wait in an exact-size heap
// buffer. The moving is done on a small trampoline stack of its own, so no code
// ever runs on a region being overwritten.
#include <pthread.h>
#include <sys/mman.h>

#include <cstdlib>
#include <cstring>
#include <vector>

#include "eval/generator.h"

#ifdef HOTPY_ASAN  // objects/value.h
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif
#ifdef HOTPY_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace hotpy {

// Virtual size of a pool stack: deep recursion inside a generator body needs as much
// as on the main thread (about 1 KB per Python call); only touched pages cost memory.
constexpr size_t kPoolStackSize = size_t(256) << 20;
constexpr size_t kStackMargin = 256 << 10;  // headroom below which RecursionError is raised
constexpr size_t kTrampolineSize = 256 << 10;
// Stacks are made before any context is evicted for a new generator (so a loop over
// one generator, zips and short pipelines never copy), and up to kMaxStacks while
// every stack holds a context on the resume chain (nested yield-from, deep pipelines).
constexpr size_t kMinStacks = 4;
constexpr size_t kMaxStacks = 32;

struct PoolStack {
  char* base;
  char* top;
  Coroutine* occupant = nullptr;  // whose bytes the region holds, or null
  uint64_t last_use = 0;
};

static CoroutineState& cs() { return *ts->coroutines; }

void init_coroutines() { ts->coroutines = new CoroutineState(); }

// Called once the interpreter's generators are gone: their stacks go back to the system.
void free_coroutines() {
  CoroutineState* c = ts->coroutines;
  if (!c) return;
  for (PoolStack* s : c->pool) {
    munmap(s->base, kPoolStackSize);
    delete s;
  }
  if (c->trampoline_base) munmap(c->trampoline_base, kTrampolineSize);
#ifdef HOTPY_TSAN
  if (c->trampoline.tsan_fiber) __tsan_destroy_fiber(c->trampoline.tsan_fiber);
#endif
  delete c;
  ts->coroutines = nullptr;
}

size_t coroutine_saved_bytes() { return cs().saved_total; }
size_t coroutine_stack_count() { return cs().pool.size(); }

// ---------------------------------------------------------------------------
// Raw switching

#ifdef HOTPY_ASM_SWITCH

// hotpy_switch_stack(void** save_sp, void* new_sp): pushes the callee-saved
// registers (System V ABI) on the current stack, stores its stack pointer in
// *save_sp, then adopts new_sp and pops the other context's registers. The final
// `ret` continues wherever that context last called this function.
asm(R"(
    .text
    .globl hotpy_switch_stack
    .type hotpy_switch_stack, @function
hotpy_switch_stack:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size hotpy_switch_stack, .-hotpy_switch_stack
)");

extern "C" void hotpy_switch_stack(void** save_sp, void* new_sp);

static inline void raw_switch(Coroutine* from, Coroutine* to) { hotpy_switch_stack(&from->sp, to->sp); }

// The first switch pops six registers and "returns" into entry, which then sees the
// stack as after a call: (sp + 8) aligned to 16. Entry never returns.
static void make_context(Coroutine* co, char* base, char* top, void (*entry)()) {
  (void)base;
  auto* sp = reinterpret_cast<void**>(reinterpret_cast<uintptr_t>(top) & ~uintptr_t(15));
  *--sp = nullptr;                              // entry's return address: none
  *--sp = reinterpret_cast<void*>(entry);       // popped by `ret`
  for (int i = 0; i < 6; i++) *--sp = nullptr;  // rbp rbx r12 r13 r14 r15
  co->sp = sp;
}

#else

// swapcontext keeps the registers in the ucontext; the live stack starts a little
// below this function's frame (the call into swapcontext), a margin covers that.
__attribute__((noinline)) static void raw_switch(Coroutine* from, Coroutine* to) {
  char probe;
  from->sp = &probe - 1024;
  swapcontext(&from->uc, &to->uc);
}

static void make_context(Coroutine* co, char* base, char* top, void (*entry)()) {
  getcontext(&co->uc);
  co->uc.uc_stack.ss_sp = base;
  co->uc.uc_stack.ss_size = size_t(top - base);
  co->uc.uc_link = nullptr;
  makecontext(&co->uc, entry, 0);
  co->sp = top - 1024;  // makecontext's own words sit at the top
}

#endif

// ---------------------------------------------------------------------------
// AddressSanitizer: each context is a fiber, and bytes moved in or out of a stack
// region must not trip over the shadow left by the frames of its previous occupant.

#ifdef HOTPY_ASAN
static void stack_bounds(const Coroutine* co, const void** bottom, size_t* size);
static void fiber_leave(Coroutine* from, const Coroutine* to) {
  const void* bottom;
  size_t size;
  stack_bounds(to, &bottom, &size);
  __sanitizer_start_switch_fiber(from ? &from->asan_fake_stack : nullptr, bottom, size);
}
static void fiber_arrive(Coroutine* co) { __sanitizer_finish_switch_fiber(co ? co->asan_fake_stack : nullptr, nullptr, nullptr); }
static void unpoison(const void* p, size_t n) { __asan_unpoison_memory_region(p, n); }
#elif defined(HOTPY_TSAN)
// ThreadSanitizer: each context is a fiber too. A thread's own context is known by the
// fiber it was left in; a finished context's fiber goes once another one runs.
static thread_local void* dead_fiber = nullptr;
static void fiber_leave(Coroutine* from, Coroutine* to) {
  void* current = __tsan_get_current_fiber();
  if (from) from->tsan_fiber = current;
  else dead_fiber = current;
  __tsan_switch_to_fiber(to->tsan_fiber, 0);
}
static void fiber_arrive(Coroutine*) {
  if (dead_fiber) __tsan_destroy_fiber(dead_fiber);
  dead_fiber = nullptr;
}
static inline void unpoison(const void*, size_t) {}
#else
static inline void fiber_leave(Coroutine*, const Coroutine*) {}
static inline void fiber_arrive(Coroutine*) {}
static inline void unpoison(const void*, size_t) {}
#endif

void coroutine_started() { fiber_arrive(nullptr); }

// ---------------------------------------------------------------------------
// The pool

static PoolStack* new_pool_stack() {
  void* p = mmap(nullptr, kPoolStackSize, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  auto* s = new PoolStack;
  s->base = static_cast<char*>(p);
  s->top = s->base + kPoolStackSize;
  cs().pool.push_back(s);
  return s;
}

// A stack for a generator's first run: a free one, else a new one while there are
// few, else the one whose suspended occupant was used longest ago; contexts on the
// resume chain are evicted only when the chain is deeper than the pool may grow.
static PoolStack* choose_stack() {
  PoolStack* suspended = nullptr;
  PoolStack* any = nullptr;
  for (PoolStack* s : cs().pool) {
    if (!s->occupant) return s;
    if (!s->occupant->running && (!suspended || s->last_use < suspended->last_use)) suspended = s;
    if (!any || s->last_use < any->last_use) any = s;
  }
  if (cs().pool.size() < kMinStacks || (!suspended && cs().pool.size() < kMaxStacks)) {
    if (PoolStack* s = new_pool_stack()) return s;
  }
  return suspended ? suspended : any;
}

const char* coroutine_stack_limit(const Coroutine* co) { return co->stack->base + kStackMargin; }

static void evict(PoolStack* s) {
  Coroutine* co = s->occupant;
  if (!co) return;
  s->occupant = nullptr;
  if (co->fresh) return;  // never ran here: make_context writes its frame again
  auto* sp = static_cast<char*>(co->sp);
  size_t n = size_t(s->top - sp);
  if (n > UINT32_MAX) abort();  // a pool stack is far smaller
  co->saved = static_cast<char*>(malloc(n));
  if (!co->saved) abort();  // its frames cannot be dropped safely
  unpoison(sp, n);
  memcpy(co->saved, sp, n);
  co->saved_size = uint32_t(n);
  cs().saved_total += n;
}

// Puts `co`'s bytes back in its region (or builds its first frame there).
static void restore(Coroutine* co) {
  PoolStack* s = co->stack;
  evict(s);
  s->occupant = co;
  if (co->fresh) {
    unpoison(s->top - 4096, 4096);
    make_context(co, s->base, s->top, cs().pool_entry);
    co->fresh = false;
    return;
  }
  unpoison(co->sp, co->saved_size);
  memcpy(co->sp, co->saved, co->saved_size);
  free(co->saved);
  cs().saved_total -= co->saved_size;
  co->saved = nullptr;
  co->saved_size = 0;
}

bool coroutine_bind(Coroutine* co, void (*entry)()) {
  PoolStack* s = choose_stack();
  if (!s) return false;
  co->stack = s;
#ifdef HOTPY_TSAN
  co->tsan_fiber = __tsan_create_fiber(0);
#endif
  cs().pool_entry = entry;
  co->fresh = true;
  if (!s->occupant) restore(co);  // a free region: no copying, no trampoline
  return true;
}

void coroutine_release(Coroutine* co) {
  PoolStack* s = co->stack;
  if (!s) return;
  if (s->occupant == co) s->occupant = nullptr;
  if (co->saved) {
    free(co->saved);
    cs().saved_total -= co->saved_size;
    co->saved = nullptr;
    co->saved_size = 0;
  }
  co->stack = nullptr;
  co->fresh = false;
#ifdef HOTPY_TSAN
  // A context ending while it runs (coroutine_exit) is destroyed by fiber_arrive.
  if (co->tsan_fiber && co->tsan_fiber != __tsan_get_current_fiber()) __tsan_destroy_fiber(co->tsan_fiber);
  co->tsan_fiber = nullptr;
#endif
}

// ---------------------------------------------------------------------------
// The trampoline: a context of its own that moves bytes, then switches on.


static void trampoline_main() {
  fiber_arrive(nullptr);
  for (;;) {
    Coroutine* to = cs().trampoline_target;
    restore(to);
    fiber_leave(&cs().trampoline, to);
    raw_switch(&cs().trampoline, to);
    fiber_arrive(&cs().trampoline);
  }
}

static bool trampoline_ready() {
  if (cs().trampoline_base) return true;
  void* p = mmap(nullptr, kTrampolineSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
  if (p == MAP_FAILED) return false;
  cs().trampoline_base = static_cast<char*>(p);
  make_context(&cs().trampoline, cs().trampoline_base, cs().trampoline_base + kTrampolineSize, trampoline_main);
#ifdef HOTPY_TSAN
  cs().trampoline.tsan_fiber = __tsan_create_fiber(0);
#endif
  return true;
}

#ifdef HOTPY_ASAN
static void stack_bounds(const Coroutine* co, const void** bottom, size_t* size) {
  static thread_local void* thread_base = nullptr;
  static thread_local size_t thread_size = 0;
  if (co == &cs().trampoline) {
    *bottom = cs().trampoline_base;
    *size = kTrampolineSize;
  } else if (co->stack) {
    *bottom = co->stack->base;
    *size = kPoolStackSize;
  } else {
    // The thread's own stack (generators are resumed from one thread only).
    pthread_attr_t attr;
    if (!thread_base && pthread_getattr_np(pthread_self(), &attr) == 0) {
      pthread_attr_getstack(&attr, &thread_base, &thread_size);
      pthread_attr_destroy(&attr);
    }
    *bottom = thread_base;
    *size = thread_size;
  }
}
#endif

static void switch_via(Coroutine* from, Coroutine* to, bool from_finished) {
  Coroutine* via = to;
  if (to->stack && to->stack->occupant != to) {
    if (!trampoline_ready()) abort();
    cs().trampoline_target = to;
    via = &cs().trampoline;
  }
  if (to->stack) to->stack->last_use = ++cs().use_clock;
  fiber_leave(from_finished ? nullptr : from, via);
  raw_switch(from, via);
  fiber_arrive(from);
}

void coroutine_switch(Coroutine* from, Coroutine* to) { switch_via(from, to, false); }

void coroutine_exit(Coroutine* from, Coroutine* to) {
  coroutine_release(from);
  switch_via(from, to, true);
  abort();  // a finished context is never resumed
}

}  // namespace hotpy
