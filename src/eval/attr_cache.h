// Attribute access at an `obj.name` node, with the node's inline cache (ast::Attribute):
// the same answers as get_attr / get_method / set_attr, without looking the name up
// along the class's MRO again while the class is unchanged.
#pragma once
#include "ast/ast.h"
#include "objects/object.h"

namespace hotpy {

Value load_attribute(const ast::Attribute* a, const Value& obj);
// For a call `obj.name(...)`: the function to call with obj as its first argument
// (*self_needed), or the attribute itself (get_method's answer).
Value load_method(const ast::Attribute* a, const Value& obj, bool* self_needed);
int store_attribute(const ast::Attribute* a, const Value& obj, const Value& v);

}  // namespace hotpy
