// Coroutines and async generators (PEP 492, PEP 525) on the generator machinery:
// a coroutine is a GeneratorObject of type `coroutine` whose suspensions come from
// `await`; an async generator's body also yields values, told apart by whether the
// body is suspended inside an await (GeneratorObject::m_awaiting).
#pragma once

#include "eval/frame.h"
#include "eval/generator.h"

namespace hotpy {

extern TypeObject CoroutineType;
extern TypeObject AsyncGeneratorType;

// Makes a just-made generator a coroutine, or an async generator when its body yields.
void make_async(const Value& gen, bool yields);
// `await v` in the running coroutine: the value the awaitable returns, or Null.
Value await_value(const Value& awaitable);
Value eval_await_node(Frame* f, const ast::Expr* e);
// `async for`: the asynchronous iterator of `obj` (its __aiter__()), and its next
// item; Null with no exception pending when it raised StopAsyncIteration.
Value async_iter(const Value& obj);
Value async_next(const Value& ait);
// `async with`: awaits what __aenter__/__aexit__ returned (which one, for messages).
Value await_context_result(const Value& v, const char* method);
void init_coroutine_types();

}  // namespace hotpy
