// Tab completion with the rules of CPython's rlcompleter: keywords, then
// __main__'s names, then builtins for a bare word; for `a.b.c` the attributes
// (dir()) of the object `a.b` names. Callables get "(" ("()" when they take no
// arguments); keywords get the space or ':' that must follow them. Written over the
// public API only, as any host's completer could be.
#include "completion.h"

#include <set>

namespace hotpy {

namespace {

// keyword.kwlist + keyword.softkwlist of Python 3.11.
const char* const kKeywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield", "_", "case", "match"};

// inspect's CO_VARARGS and CO_VARKEYWORDS bits of co_flags.
constexpr long kVarargs = 0x04, kVarkeywords = 0x08;

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The builtins a completion asks about, looked up once per Tab.
struct Builtins {
  Object module, callable, dir, isinstance, list, property, str, type, object;
  explicit Builtins(Interpreter& py)
      : module(py.import("builtins")),
        callable(module.attr("callable")),
        dir(module.attr("dir")),
        isinstance(module.attr("isinstance")),
        list(module.attr("list")),
        property(module.attr("property")),
        str(module.attr("str")),
        type(module.attr("type")),
        object(module.attr("object")) {}
};

bool contains(const Object& mapping, const std::string& key) {
  return mapping.attr("__contains__")(key).cast<bool>();
}

// A function's code takes exactly `bound` positional parameters (self for a method)
// and nothing else.
bool takes_no_parameters(const Object& function, long bound) {
  if (function.type_name() != "function") return false;
  Object code = function.attr("__code__");
  return code.attr("co_argcount").cast<long>() == bound && code.attr("co_kwonlyargcount").cast<long>() == 0 &&
         !(code.attr("co_flags").cast<long>() & (kVarargs | kVarkeywords));
}

// A class a class statement made (builtin types have no __module__ of their own).
bool is_python_class(const Object& cls) { return contains(cls.attr("__dict__"), "__module__"); }

// What inspect.signature(v).parameters is empty for, among the callables hotpy has.
bool no_parameters(const Builtins& b, const Object& v) {
  std::string type = v.type_name();
  if (type == "function") return takes_no_parameters(v, 0);
  if (type == "method" && v.has_attr("__func__")) return takes_no_parameters(v.attr("__func__"), 1);
  if (b.isinstance(v, b.type).cast<bool>()) {
    // A class of Python code only: its __init__ and __new__ decide (object's take none).
    std::vector<Object> mro = v.attr("__mro__").cast<std::vector<Object>>();
    for (const Object& t : mro)
      if (!t.is(b.object) && !is_python_class(t)) return false;
    for (const Object& t : mro) {
      Object names = t.attr("__dict__");
      if (contains(names, "__new__")) return false;
      if (contains(names, "__init__")) return takes_no_parameters(names.attr("__getitem__")("__init__"), 1);
    }
    return true;
  }
  // Builtins whose text signature is "()".
  for (const char* name : {"globals", "locals", "object", "copyright", "credits", "license"})
    if (b.module.has_attr(name) && b.module.attr(name).is(v)) return true;
  return false;
}

std::string with_call_suffix(const Builtins& b, const Object& v, std::string word) {
  if (!b.callable(v).cast<bool>()) return word;
  return word + (no_parameters(b, v) ? "()" : "(");
}

void global_matches(const Builtins& b, const std::string& text, const Object& globals, std::vector<std::string>& out) {
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
  for (const Object& names : {globals, b.module.attr("__dict__")}) {
    for (const Object& item : b.list(names.attr("items")()).cast<std::vector<Object>>()) {
      std::vector<Object> key_value = item.cast<std::vector<Object>>();
      if (!b.isinstance(key_value[0], b.str).cast<bool>()) continue;
      std::string word = key_value[0].cast<std::string>();
      if (!starts_with(word, text) || !seen.insert(word).second) continue;
      try {
        out.push_back(with_call_suffix(b, key_value[1], word));
      } catch (const Error&) {
        out.push_back(word);
      }
    }
  }
}

bool is_word(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (!(isalnum(c) || c == '_' || c >= 0x80)) return false;
  return true;
}

// dir(obj) as strings; empty when it fails.
std::vector<std::string> dir_of(const Builtins& b, const Object& obj) {
  std::vector<std::string> names;
  try {
    for (const Object& item : b.list(b.dir(obj)).cast<std::vector<Object>>())
      if (b.isinstance(item, b.str).cast<bool>()) names.push_back(item.cast<std::string>());
  } catch (const Error&) {
  }
  return names;
}

// The object a dotted name names (rlcompleter evaluates only NAME(.NAME)*), if any.
std::optional<Object> lookup(const Builtins& b, const std::string& expr, const Object& globals) {
  std::optional<Object> obj;
  size_t start = 0;
  for (;;) {
    size_t end = expr.find('.', start);
    std::string part = expr.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!is_word(part) || isdigit(static_cast<unsigned char>(part[0]))) return std::nullopt;
    try {
      if (!obj) {
        Object names = contains(globals, part) ? globals : b.module.attr("__dict__");
        if (!contains(names, part)) return std::nullopt;
        obj = names.attr("__getitem__")(part);
      } else {
        obj = obj->attr(part);
      }
    } catch (const Error&) {
      return std::nullopt;
    }
    if (end == std::string::npos) return obj;
    start = end + 1;
  }
}

void attr_matches(const Builtins& b, const std::string& text, const Object& globals, std::vector<std::string>& out) {
  size_t dot = text.rfind('.');
  std::string expr = text.substr(0, dot), attr = text.substr(dot + 1);
  std::optional<Object> obj = lookup(b, expr, globals);
  if (!obj) return;
  Object type = b.type(*obj);
  std::set<std::string> words;
  for (auto& w : dir_of(b, *obj)) words.insert(w);
  words.erase("__builtins__");
  words.insert("__class__");
  for (auto& w : dir_of(b, type)) words.insert(w);
  // Private names only when asked for: "_" shows them, "__" shows dunders.
  std::string hide = attr.empty() ? "_" : attr == "_" ? "__" : "";
  for (;;) {
    for (const std::string& word : words) {
      if (!starts_with(word, attr) || (!hide.empty() && word.substr(0, attr.size() + 1) == hide)) continue;
      std::string match = expr + "." + word;
      try {
        if (b.type(type.attr(word)).is(b.property)) {
          out.push_back(match);  // not called to find out whether its value is callable
          continue;
        }
      } catch (const Error&) {
      }
      try {
        Object value = obj->attr(word);
        out.push_back(value.is_none() ? match : with_call_suffix(b, value, match));
      } catch (const Error&) {
        out.push_back(match);
      }
    }
    if (!out.empty() || hide.empty()) break;
    hide = hide == "_" ? "__" : "";
  }
}

}  // namespace

std::vector<std::string> python_completions(Interpreter& py, const std::string& text) {
  std::vector<std::string> matches;
  try {
    Builtins b(py);
    if (text.find('.') != std::string::npos)
      attr_matches(b, text, py.main_dict(), matches);
    else
      global_matches(b, text, py.main_dict(), matches);
  } catch (const Error&) {
    matches.clear();  // a lookup failed where rlcompleter's would have: nothing to offer
  }
  return matches;
}

}  // namespace hotpy
