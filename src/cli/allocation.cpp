// The command's throwing operator new. The command links mimalloc (CMakeLists.txt),
// whose own operator new ends the process when a request is refused (it cannot see
// the new-handler of the statically linked C++ library). These replacements ask
// malloc, which is mimalloc's, and throw std::bad_alloc on a refusal, which the
// interpreter turns into MemoryError. Every delete stays mimalloc's, which frees
// what its malloc and aligned_alloc made.
#include <sys/mman.h>

#include <mimalloc.h>

#include <cstdlib>
#include <new>

// mimalloc maps memory with MAP_NORESERVE, which the kernel's default overcommit
// heuristic lets through at any size: 'ab'.ljust(10**13) would be granted and then
// filled until the machine runs out. A large request is first put to the kernel as
// glibc's malloc would put it (a plain mapping, checked against RAM and swap); a
// refusal is MemoryError, as with glibc (the library asks the same way before GMP's
// allocations: kernel_grants, objects/errors.h; this folder sees only the public API).
constexpr std::size_t kProbeAbove = std::size_t{1} << 28;  // 256 MiB

static bool kernel_grants(std::size_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return false;
  munmap(p, size);
  return true;
}

static void* allocate(std::size_t size) {
  if (size >= kProbeAbove && !kernel_grants(size)) throw std::bad_alloc();
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}

static void* allocate_aligned(std::size_t size, std::align_val_t align) {
  std::size_t a = static_cast<std::size_t>(align);
  // aligned_alloc wants a size that is a multiple of the alignment.
  std::size_t rounded = (size + a - 1) / a * a;
  if (rounded < size || (rounded >= kProbeAbove && !kernel_grants(rounded))) throw std::bad_alloc();
  if (void* p = std::aligned_alloc(a, rounded ? rounded : a)) return p;
  throw std::bad_alloc();
}

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t align) { return allocate_aligned(size, align); }
void* operator new[](std::size_t size, std::align_val_t align) { return allocate_aligned(size, align); }

// mimalloc hands freed pages back to the kernel 25 ms after they empty; at 3 ms a
// program's peak resident memory is lower (json_roundtrip 97 -> 93 MiB at 10 ms, 74.6
// -> 68.5 MB at 3 ms; oo_constraints 14.8 -> 14.0 -> 13.0) at no measured cost, where
// handing them back at once (0) cost gc_reload a tenth more time in system calls. The
// wait only ends when the segment next hands out a page, and a program that drops a
// big structure and goes on to build a big text takes that text's pages fresh while
// the dropped ones wait: at 10 ms json_roundtrip's third dumps ran with the second
// document's 17 MB still resident (any wait of 1-5 ms gave the same lower peak;
// gc_reload made about a thousand more madvise/mprotect calls, a few ms in 2.6 s).
// MIMALLOC_DECOMMIT_DELAY still decides when it is set. (mimalloc 2.1 calls the
// option purge_delay.)
// Each further page freed in a segment whose pages wait for that hand-back used to put
// the whole wait off again (the "extend delay"): a program that keeps freeing, as one
// does while it drops a big structure and builds the next, kept its emptied pages
// resident until it paused, and a big block it asked for meanwhile came from fresh
// memory (json_roundtrip: a 3.7 MB text on top of a freed 18 MB document, peak 73.1 ->
// 71.4 MB; no measured cost in time, gc_reload's system time unchanged).
#if MI_MALLOC_VERSION >= 210
#define HOTPY_MI_DECOMMIT_DELAY mi_option_purge_delay
#define HOTPY_MI_EXTEND_DELAY mi_option_purge_extend_delay
#else
#define HOTPY_MI_DECOMMIT_DELAY mi_option_decommit_delay
#define HOTPY_MI_EXTEND_DELAY mi_option_decommit_extend_delay
#endif
// The wait also depends on how much memory the process has held. While its peak
// resident size stays under 32 MiB, freed pages wait mimalloc's own 25 ms: a program
// that drops and rebuilds a few MB of small objects every round (oo_float: a list of
// 12 000 points a round) had those pages handed back and faulted in again each time,
// 15 000 page faults against 2 000 and a twentieth of its time, to save under 1 MB of
// peak. Past that the 3 ms wait holds, where the peaks it keeps low are (json_roundtrip).
// mimalloc calls the function below on its allocation slow path; every 256th time it
// reads the peak (getrusage; mimalloc's own committed figure counts whole segments
// that are not resident).
constexpr long kDecommitDelayMs = 3;
constexpr long kSmallHeapDecommitDelayMs = 25;
constexpr std::size_t kSmallHeapBytes = std::size_t{32} << 20;
static void choose_decommit_delay(bool, unsigned long long heartbeat, void*) {
  if (heartbeat % 256 != 0) return;
  std::size_t elapsed, user, system, rss, peak_rss, commit, peak_commit, faults;
  mi_process_info(&elapsed, &user, &system, &rss, &peak_rss, &commit, &peak_commit, &faults);
  long delay = peak_rss < kSmallHeapBytes ? kSmallHeapDecommitDelayMs : kDecommitDelayMs;
  if (mi_option_get(HOTPY_MI_DECOMMIT_DELAY) != delay) mi_option_set(HOTPY_MI_DECOMMIT_DELAY, delay);
}
static const bool decommit_delay_chosen = [] {
  if (!std::getenv("MIMALLOC_DECOMMIT_DELAY") && !std::getenv("MIMALLOC_PURGE_DELAY")) {
    mi_option_set(HOTPY_MI_DECOMMIT_DELAY, kSmallHeapDecommitDelayMs);
    mi_register_deferred_free(choose_decommit_delay, nullptr);
  }
  if (!std::getenv("MIMALLOC_DECOMMIT_EXTEND_DELAY") && !std::getenv("MIMALLOC_PURGE_EXTEND_DELAY"))
    mi_option_set(HOTPY_MI_EXTEND_DELAY, 0);
  return true;
}();
