// Struct sequences for the native modules (CPython's PyStructSequence): tuples whose
// items also have names, plus named fields that are not part of the tuple
// (os.stat_result.st_atime_ns, time.struct_time.tm_zone). os.stat_result,
// os.terminal_size, os.uname_result, time.struct_time are made with it.
#pragma once
#include <string>
#include <vector>

#include "objects/tuple.h"

namespace hotpy {

// The tuple part is m_items; the hidden fields follow in m_extra.
struct StructSeqObject : TupleObject {
  std::vector<Value> m_extra;
  StructSeqObject(std::vector<Value> visible, std::vector<Value> extra, TypeObject* type);
  void traverse(Visitor, void*) override;
  void clear() override;
};

// Readies `type` (named "module.name" in its constructor) as a struct sequence.
// `fields` names every field in order, visible ones first; an empty name is a visible
// field without a name (stat_result's integer times). Python code may call the type
// with a sequence of n_sequence_fields..n_fields items.
void ready_struct_seq_type(TypeObject* type, const char* module, const char* short_name,
                           std::vector<const char*> fields, size_t n_visible);
// The type's tp_new (a type may wrap it to fill its hidden fields its own way).
Value struct_seq_new(TypeObject* type, const Value* args, size_t nargs, KwNames* kw);
// A new instance: `all` has n_fields items, visible ones first.
Value new_struct_seq(TypeObject* type, std::vector<Value> all);

}  // namespace hotpy
