// Frame objects (sys._getframe(), tb_frame, gi_frame, f_back): Python's view of an
// activation. The evaluator's Frame is a C++ stack object; a frame object is made only
// when asked for, is then kept by its Frame (Frame::object) so that it stays the same
// object while the activation runs, and takes what it must still answer (its line and
// caller) when the activation ends (detach_frame_object). A traceback made
// after a frame returned gets a frame object built from its recorded entry instead.
#pragma once
#include <memory>

#include "eval/frame.h"
#include "objects/exceptions.h"

namespace hotpy {

extern TypeObject FrameType;

struct FrameObject : GcObject {
  Frame* m_live = nullptr;  // the running (or suspended) activation; null once it ended
  std::shared_ptr<ast::Unit> m_unit;
  const ast::Scope* m_scope = nullptr;
  Value m_func;     // the function whose code runs here, or Null (module, class body, genexpr)
  Value m_globals;  // a dict
  Value m_namespace;  // class body or exec() locals mapping, else Null
  Value m_code;     // made on the first f_code
  Value m_back;     // f_back once ended (while running it is read from m_live)
  Value m_trace;    // f_trace
  int m_line = 0;   // once ended; m_live->line before
  explicit FrameObject(Frame* live);
  explicit FrameObject(TraceEntry&& ended);  // takes the entry's frame fields
  ~FrameObject() override;
  void traverse(Visitor, void*) override;
  void clear() override;
};

// Readies FrameType, once in the process (before the first frame object).
void ready_frame_object_type();
inline bool is_frame_object(const Value& v) { return v.type() == &FrameType; }

// The frame object of a running or suspended activation, made on the first request.
Value frame_object_for(Frame* f);
// sys._getframe(depth): the frame `depth` calls up from the running one (0 for a
// negative depth), or Null with ValueError when the stack is not that deep.
Value frame_object_at(int64_t depth);

}  // namespace hotpy
