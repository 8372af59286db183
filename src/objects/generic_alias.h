// types.GenericAlias (list[int]) and types.UnionType (int | str): what annotations are
// made of (generic_alias.cpp).
#pragma once
#include "objects/object.h"

namespace hotpy {

extern TypeObject GenericAliasType;
extern TypeObject UnionTypeType;

// origin[item]: item a tuple gives several arguments.
Value new_generic_alias(const Value& origin, const Value& item);
// Gives a builtin type CPython's __class_getitem__ (list[int] is a GenericAlias).
void type_add_class_getitem(TypeObject* type);
// a | b for classes, None, aliases and unions: flattened, duplicates dropped, one
// member left is that member.
Value make_union(const Value& a, const Value& b);
// type's | operator: a union when both sides may stand in one, else NotImplemented.
Value type_or(BinOp op, const Value& a, const Value& b);
// isinstance/issubclass against an alias or a union: -2 when `cls` is neither, else
// the answer (0, 1) or -1 with TypeError for a parameterized generic.
int union_instance_check(const Value& obj, const Value& cls, bool subclass);
void init_generic_alias_types();

}  // namespace hotpy
