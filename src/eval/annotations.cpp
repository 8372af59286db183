// Annotations as CPython 3.11 keeps them: a def's in its function's __annotations__
// (evaluated after the defaults), a module's or class body's simple `name: T` in the
// namespace's __annotations__ dict, none for a function's local variables. Under
// `from __future__ import annotations` (PEP 563) they stay text.
#include "eval/annotations.h"

#include "eval/eval.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/ops.h"
#include "objects/str.h"

namespace hotpy {

using namespace ast;

namespace {

// The annotation's text under PEP 563: the source it was written as, its line breaks
// (inside brackets) folded as CPython's unparser writes them. A string literal is its
// repr, as ast.unparse gives it.
std::string annotation_text(const Unit& unit, const Expr* e) {
  if (e->kind == Kind::Constant && static_cast<const Constant*>(e)->type == Constant::Type::Str)
    return repr_text(static_cast<const Constant*>(e)->value);
  const Loc& loc = e->loc;
  const std::string& src = unit.source;
  size_t pos = 0;
  for (int line = 1; line < loc.line && pos != std::string::npos; ++line) {
    pos = src.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  if (pos == std::string::npos) return "";
  size_t start = pos + size_t(loc.col);
  size_t end = pos;
  for (int line = loc.line; line < loc.end_line && end != std::string::npos; ++line) {
    end = src.find('\n', end);
    if (end != std::string::npos) ++end;
  }
  if (end == std::string::npos || start > src.size()) return "";
  end = std::min(src.size(), end + size_t(loc.end_col));
  // Whitespace as ast.unparse writes it: runs (line breaks too) fold to one space,
  // none just inside brackets or before a comma, one after a comma; string literals
  // are left alone.
  std::string text;
  char quote = 0;
  bool pending_space = false;
  for (size_t i = start; i < end; ++i) {
    char c = src[i];
    if (quote) {
      text += c;
      if (c == '\\' && i + 1 < end) text += src[++i];
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '\\' && i + 1 < end && src[i + 1] == '\n') {
      ++i;
      pending_space = true;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = true;
      continue;
    }
    bool after_open = !text.empty() && (text.back() == '(' || text.back() == '[' || text.back() == '{');
    bool closing = c == ')' || c == ']' || c == '}' || c == ',';
    if ((pending_space || (!text.empty() && text.back() == ',')) && !text.empty() && !after_open && !closing)
      text += ' ';
    pending_space = false;
    if (c == '\'' || c == '"') quote = c;
    text += c;
  }
  return text;
}

}  // namespace

Value annotation_value(Frame* f, const Expr* e) {
  if ((*f->unit)->future_annotations) return new_str(annotation_text(**f->unit, e));
  return eval(f, e);
}

bool store_annotation(Frame* f, const AnnAssign* a) {
  if (f->func) return true;  // a function's local annotations are not evaluated
  Value value = annotation_value(f, a->annotation);
  if (value.is_null()) return false;
  if (!a->simple || a->target->kind != Kind::Name) return true;  // evaluated, not kept
  // The namespace's __annotations__: a class body's (any mapping) or the module's.
  StrObject* key = intern("__annotations__");
  Value dict = f->locals ? locals_get(f, key) : dict_get_str(f->globals, key);
  if (dict.is_null()) {
    if (error_pending()) return false;
    dict = new_dict();
    if (f->locals ? !locals_set(f, key, dict) : dict_set_str(f->globals, key, dict) < 0) return false;
  }
  return set_item(dict, new_str(static_cast<const Name*>(a->target)->id), value) == 0;
}

bool set_function_annotations(Frame* f, FunctionObject* fn, const Arguments* params, const Expr* returns) {
  Value dict;
  auto add = [&](const std::string& name, const Expr* annotation) {
    if (!annotation) return true;
    Value v = annotation_value(f, annotation);
    if (v.is_null()) return false;
    if (dict.is_null()) dict = new_dict();
    return dict_set(as_dict(dict), new_str(name), v) == 0;
  };
  for (const Arg& a : params->posonlyargs)
    if (!add(a.name, a.annotation)) return false;
  for (const Arg& a : params->args)
    if (!add(a.name, a.annotation)) return false;
  if (params->vararg && !add(params->vararg->name, params->vararg->annotation)) return false;
  for (const Arg& a : params->kwonlyargs)
    if (!add(a.name, a.annotation)) return false;
  if (params->kwarg && !add(params->kwarg->name, params->kwarg->annotation)) return false;
  if (!add("return", returns)) return false;
  if (!dict.is_null()) fn->m_annotations = dict;
  return true;
}

}  // namespace hotpy
