// Traceback objects, as CPython 3.11's `traceback` type (exc.__traceback__, tb_next,
// tb_frame, sys.exc_info()[2]). Unwinding records plain entries on the exception
// (traceback_here); they become traceback objects only when someone reads
// __traceback__, so an exception used as control flow never makes one. The
// exception's traceback is its unread entries (the newest, outer frames) followed by
// the chain of m_tb_head.
#pragma once
#include <string>
#include <vector>

#include "objects/exceptions.h"

namespace hotpy {

extern TypeObject TracebackType;

struct TracebackObject : GcObject {
  TraceEntry m_entry;  // where, for printing; its frame fields were moved to m_frame
  Value m_next;        // the next (inner) traceback object, or Null
  Value m_frame;       // a frame object
  int64_t m_lasti = -1;  // no bytecode offset: -1, CPython's "no position" (unless given)
  TracebackObject(TraceEntry entry, Value frame, Value next);
  void traverse(Visitor, void*) override;
  void clear() override { Value next = std::move(m_next); }
};

// The entries of `e`'s traceback, outermost first (the order they are printed).
std::vector<const TraceEntry*> traceback_entries(const BaseExceptionObject* e);
// "x.py" ("<unknown>" without a unit) and "f" ("<module>" for module code), as printed.
const std::string& trace_entry_filename(const TraceEntry& t);
const std::string& trace_entry_function(const TraceEntry& t);
// Installs exc.__traceback__'s getter and setter (the hooks in exceptions.h).
void init_traceback_objects();

}  // namespace hotpy
