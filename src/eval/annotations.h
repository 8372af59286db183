// Annotations (annotations.cpp): evaluated and kept as CPython 3.11 does.
#pragma once
#include "eval/frame.h"

namespace hotpy {

// An annotation's value: the expression's, or its text under PEP 563.
Value annotation_value(Frame* f, const ast::Expr* e);
// `target: T [= v]` at module or class level records T in __annotations__ (a simple
// name only; other targets' annotations are evaluated and dropped); nothing in a
// function. False with an exception pending.
bool store_annotation(Frame* f, const ast::AnnAssign* a);
// A def's parameter and return annotations, into fn's __annotations__.
bool set_function_annotations(Frame* f, FunctionObject* fn, const ast::Arguments* params, const ast::Expr* returns);

}  // namespace hotpy
