// Tab completion with the rules of CPython's rlcompleter: keywords, then
// __main__'s names, then builtins for a bare word; for `a.b.c` the attributes
// (dir()) of the object `a.b` names. Callables get "(" ("()" when they take no
// arguments); keywords get the space or ':' that must follow them.
#include "repl/completion.h"

#include <algorithm>
#include <set>

#include "eval/eval.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

namespace {

// keyword.kwlist + keyword.softkwlist of Python 3.11.
const char* const kKeywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield", "_", "case", "match"};

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool takes_no_parameters(const ast::Arguments* p, size_t bound) {
  return p->posonlyargs.size() + p->args.size() == bound && !p->vararg && !p->kwarg &&
         p->kwonlyargs.empty();
}

// What inspect.signature(v).parameters is empty for, among the callables hotpy has.
bool no_parameters(const Value& v) {
  if (v.type() == &FunctionType) return takes_no_parameters(v.as<FunctionObject>()->m_params, 0);
  if (v.type() == &MethodType) {
    const Value& f = v.as<MethodObject>()->m_func;
    return f.type() == &FunctionType && takes_no_parameters(f.as<FunctionObject>()->m_params, 1);
  }
  if (v.type()->is_subtype(&TypeType)) {
    // A class of Python code only: its __init__ and __new__ decide (object's take none).
    auto* cls = v.as<TypeObject>();
    for (TypeObject* t : cls->m_mro)
      if (t != &ObjectType && !(t->m_flags & kHeapType)) return false;
    for (TypeObject* t : cls->m_mro) {
      if (!t->m_dict) continue;
      if (!dict_get_str(t->m_dict, intern("__new__")).is_null()) return false;
      Value init = dict_get_str(t->m_dict, intern("__init__"));
      if (!init.is_null())
        return init.type() == &FunctionType && takes_no_parameters(init.as<FunctionObject>()->m_params, 1);
    }
    return true;
  }
  // Builtins whose text signature is "()".
  for (const char* name : {"globals", "locals", "object", "copyright", "credits", "license"}) {
    Value b = dict_get_str(builtins_dict(), intern(name));
    if (!b.is_null() && b.is(v)) return true;
  }
  return false;
}

std::string with_call_suffix(const Value& v, std::string word) {
  if (!is_callable(v)) return word;
  return word + (no_parameters(v) ? "()" : "(");
}

void global_matches(const std::string& text, DictObject* globals, std::vector<std::string>& out) {
  std::set<std::string> seen = {"__builtins__"};
  for (const char* kw : kKeywords) {
    std::string word = kw;
    if (!starts_with(word, text)) continue;
    seen.insert(word);
    if (word == "finally" || word == "try") {
      word += ':';
    } else if (word != "False" && word != "None" && word != "True" && word != "break" &&
               word != "continue" && word != "pass" && word != "else" && word != "_") {
      word += ' ';
    }
    out.push_back(word);
  }
  for (DictObject* names : {globals, builtins_dict()}) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(names, &pos, &key, &value)) {
      if (!is_str(key)) continue;
      std::string word(as_str(key)->view());
      if (!starts_with(word, text) || !seen.insert(word).second) continue;
      out.push_back(with_call_suffix(value, word));
    }
  }
}

bool is_word(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (!(isalnum(c) || c == '_' || c >= 0x80)) return false;
  return true;
}

// dir(obj) as a list of strings; empty when it fails.
std::vector<std::string> dir_of(const Value& obj) {
  std::vector<std::string> names;
  Value listing = call1(dict_get_str(builtins_dict(), intern("dir")), obj);
  if (listing.is_null()) {
    clear_error();
    return names;
  }
  std::vector<Value> items;
  if (collect_iterable(listing, items))
    for (const Value& item : items)
      if (is_str(item)) names.emplace_back(as_str(item)->view());
  clear_error();
  return names;
}

void attr_matches(const std::string& text, DictObject* globals, std::vector<std::string>& out) {
  size_t dot = text.rfind('.');
  std::string expr = text.substr(0, dot), attr = text.substr(dot + 1);
  // rlcompleter only evaluates NAME(.NAME)*: names and attribute lookups.
  size_t start = 0;
  Value obj;
  for (;;) {
    size_t end = expr.find('.', start);
    std::string part = expr.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!is_word(part) || isdigit(static_cast<unsigned char>(part[0]))) return;
    if (obj.is_null()) {
      obj = dict_get_str(globals, intern(part));
      if (obj.is_null()) obj = dict_get_str(builtins_dict(), intern(part));
    } else {
      obj = get_attr(obj, intern(part));
    }
    if (obj.is_null()) {
      clear_error();
      return;
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  std::set<std::string> words;
  for (auto& w : dir_of(obj)) words.insert(w);
  words.erase("__builtins__");
  words.insert("__class__");
  for (auto& w : dir_of(Value::borrow(obj.type()))) words.insert(w);
  // Private names only when asked for: "_" shows them, "__" shows dunders.
  std::string hide = attr.empty() ? "_" : attr == "_" ? "__" : "";
  for (;;) {
    for (const std::string& word : words) {
      if (!starts_with(word, attr) || (!hide.empty() && word.substr(0, attr.size() + 1) == hide)) continue;
      std::string match = expr + "." + word;
      Value on_type = get_attr(Value::borrow(obj.type()), intern(word));
      if (on_type.is_null()) clear_error();
      if (!on_type.is_null() && on_type.type() == &PropertyType) {
        out.push_back(match);  // not called to find out whether its value is callable
        continue;
      }
      Value value = get_attr(obj, intern(word));
      if (value.is_null()) {
        clear_error();
        out.push_back(match);
      } else {
        out.push_back(value.is_none() ? match : with_call_suffix(value, match));
      }
    }
    if (!out.empty() || hide.empty()) break;
    hide = hide == "_" ? "__" : "";
  }
}

}  // namespace

std::vector<std::string> python_completions(const std::string& text, DictObject* globals) {
  std::vector<std::string> matches;
  if (text.find('.') != std::string::npos)
    attr_matches(text, globals, matches);
  else
    global_matches(text, globals, matches);
  clear_error();
  return matches;
}

}  // namespace hotpy
