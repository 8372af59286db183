// Switching between C stacks for generators (generator.h, StackContext).
#include "eval/generator.h"

namespace hotpy {

#if defined(__x86_64__)

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

void switch_context(StackContext* from, StackContext* to) { hotpy_switch_stack(&from->sp, to->sp); }

void make_context(StackContext* ctx, char* stack, size_t size, void (*entry)()) {
  // The first switch pops six registers and "returns" into entry, which then
  // sees the stack as after a call: (sp + 8) aligned to 16. Entry never returns.
  auto top = reinterpret_cast<uintptr_t>(stack + size) & ~uintptr_t(15);
  auto* sp = reinterpret_cast<void**>(top);
  *--sp = nullptr;                              // entry's return address: none
  *--sp = reinterpret_cast<void*>(entry);       // popped by `ret`
  for (int i = 0; i < 6; i++) *--sp = nullptr;  // rbp rbx r12 r13 r14 r15
  ctx->sp = sp;
}

#else

void switch_context(StackContext* from, StackContext* to) { swapcontext(&from->uc, &to->uc); }

void make_context(StackContext* ctx, char* stack, size_t size, void (*entry)()) {
  getcontext(&ctx->uc);
  ctx->uc.uc_stack.ss_sp = stack;
  ctx->uc.uc_stack.ss_size = size;
  ctx->uc.uc_link = nullptr;
  makecontext(&ctx->uc, entry, 0);
}

#endif

}  // namespace hotpy
