// Traceback entries recorded while an exception unwinds, and printing exceptions
// the way CPython 3.11 does (chained causes and contexts, source lines, and the
// SyntaxError caret display).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <unordered_set>

#include "eval/eval.h"
#include "eval/frame.h"
#include "eval/frame_object.h"
#include "eval/importer.h"
#include "eval/traceback_object.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/ops.h"
#include "objects/suggestions.h"
#include "objects/tuple.h"
#include "parse/parse.h"
#include "parse/source_file.h"

namespace hotpy {

void traceback_here(Frame* f) {
  if (!is_exception(ts->exc)) return;
  auto* e = as_exception(ts->exc);
  if (e->m_tb_serial == f->serial) {
    f->fail_stmt = nullptr;
    return;
  }
  e->m_tb_serial = f->serial;
  TraceEntry entry;
  if (f->unit) entry.unit = *f->unit;
  entry.scope = f->scope;
  entry.line = f->line;
  // What a frame object needs should the traceback be read after f returned.
  entry.serial = f->serial;
  entry.back_serial = f->back ? f->back->serial : 0;
  entry.globals = Value::borrow(f->globals);
  if (f->func && f->func->m_scope == f->scope) entry.func = Value::borrow(f->func);
  if (f->object) entry.frame = Value::borrow(f->object);
  if (const ast::Expr* n = f->fail_node) {
    entry.line = n->loc.line;
    entry.col = n->loc.col;
    entry.end_col = TraceEntry::kToLineEnd;
    if (n->loc.end_line == n->loc.line) {
      entry.end_col = n->loc.end_col;
      if (n->kind == ast::Kind::BinOp) {
        auto* b = static_cast<const ast::BinOpExpr*>(n);
        if (b->left->loc.end_line == n->loc.line && b->right->loc.line == n->loc.line) {
          entry.split1 = b->left->loc.end_col;
          entry.split2 = b->right->loc.col;
        }
      } else if (n->kind == ast::Kind::Subscript) {
        auto* s = static_cast<const ast::Subscript*>(n);
        if (s->value->loc.end_line == n->loc.line) entry.split1 = s->value->loc.end_col;
      }
    }
    f->fail_node = nullptr;
  } else if (const ast::Loc* at = f->fail_stmt) {
    entry.line = at->line;
    entry.col = at->col;
    entry.end_col = at->end_line == at->line ? at->end_col : TraceEntry::kToLineEnd;
  }
  f->fail_stmt = nullptr;
  e->m_traceback.push_back(std::move(entry));
}

void chain_context(const Value& handled) {
  if (!is_exception(ts->exc) || !is_exception(handled) || ts->exc.is(handled)) return;
  auto* e = as_exception(ts->exc);
  if (!e->m_context.is_null()) return;
  // Avoid a cycle: handled must not already have the new exception in its chain.
  for (Value c = handled; is_exception(c); c = as_exception(c)->m_context)
    if (c.is(ts->exc)) return;
  e->m_context = handled;
}

// ---------------------------------------------------------------------------
// Printing

// The text of line `n` (1-based) of `filename`, or "" when it cannot be read.
// Read at print time, as CPython's linecache does.
static std::string source_line(const std::string& filename, int n) {
  std::string text;
  if (filename.empty() || filename[0] == '<' || n < 1 || !read_source_file(filename, text))
    return "";
  transcode_declared_encoding(text);
  size_t start = 0;
  for (int i = 1; i < n; i++) {
    start = text.find('\n', start);
    if (start == std::string::npos) return "";
    start++;
  }
  size_t end = text.find('\n', start);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// CPython 3.11's marker line under the failing part of a source line: `~` under
// the operands and `^` under the operator of a binary operation, `~` under the
// value and `^` under the brackets of a subscription, else `^` throughout. None
// when the expression is the whole (stripped) line.
static std::string caret_line(const std::string& line, const TraceEntry& given) {
  size_t lead = line.find_first_not_of(" \t\f");
  size_t last = line.find_last_not_of(" \t\f\r\n");
  if (lead == std::string::npos) return "";
  TraceEntry t = given;
  if (t.end_col == TraceEntry::kToLineEnd) t.end_col = int(last + 1);
  if (t.col < 0 || t.end_col <= t.col || size_t(t.end_col) > line.size()) return "";
  // A marker under the whole line says nothing, unless it shows an operator or a
  // subscript (CPython's anchors).
  if (size_t(t.col) <= lead && size_t(t.end_col) >= last + 1 && t.split1 < 0) return "";
  // Columns are bytes; the marker line counts characters.
  auto chars = [&](size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to && i < line.size(); i++) n += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    return n;
  };
  std::string out(chars(lead, size_t(t.col)), ' ');
  size_t start = size_t(t.col), end = size_t(t.end_col);
  if (t.split1 >= 0 && t.split2 >= 0) {
    // The operator: first non-blank, non-')' byte after the left operand.
    size_t op = size_t(t.split1);
    while (op < size_t(t.split2) && (line[op] == ' ' || line[op] == ')' || line[op] == '\t')) op++;
    size_t op_end = op;
    while (op_end < size_t(t.split2) && std::strchr("+-*/%@<>&|^", line[op_end])) op_end++;
    out += std::string(chars(start, op), '~') + std::string(chars(op, op_end), '^') +
           std::string(chars(op_end, end), '~');
  } else if (t.split1 >= 0) {
    out += std::string(chars(start, size_t(t.split1)), '~') + std::string(chars(size_t(t.split1), end), '^');
  } else {
    out += std::string(chars(start, end), '^');
  }
  return out;
}

static std::string strip(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\f\r\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\f\r\n");
  return s.substr(a, b - a + 1);
}

// Writes through sys.stderr, so a program that replaces it sees the output.
void write_stderr_text(const std::string& text) {
  Value err = importer().sys_get(intern("stderr"));
  if (!err.is_null() && !err.is_none()) {
    Value s = new_str(text);
    Value saved = fetch_error();
    bool ok = !call_method(err, intern("write"), &s, 1).is_null();
    clear_error();
    ts->exc = saved;
    if (ok) return;
  }
  fputs(text.c_str(), stderr);
}

static std::string exception_type_name(TypeObject* t) {
  Value mod = dict_get_str(t->m_dict, intern("__module__"));
  std::string m = is_str(mod) ? as_str(mod)->m_data : "builtins";
  if (m == "builtins" || m == "__main__") return t->m_qualname;
  return m + "." + t->m_qualname;
}

// "  File "x.py", line 3" / the line / carets, for SyntaxError.
static std::string syntax_error_detail(const Value& exc) {
  auto attr = [&](const char* n) {
    Value v = get_attr_opt(exc, intern(n));
    clear_error();
    return v;
  };
  Value file = attr("filename"), line = attr("lineno"), text = attr("text"), offset = attr("offset"),
        end_offset = attr("end_offset"), end_line = attr("end_lineno");
  // No line number (SyntaxError("msg"), a file tokenizer's decoding error): CPython's
  // parse_syntax_error fails, and only the message is shown.
  if (!line.is_int()) return "";
  std::string out;
  out += "  File \"" + (is_str(file) ? as_str(file)->m_data : std::string("<string>")) +
         "\", line " + std::to_string(line.as_int()) + "\n";
  if (is_str(text)) {
    std::string t = as_str(text)->m_data;
    while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.pop_back();
    size_t lead = t.find_first_not_of(" \t\f");
    if (lead == std::string::npos) lead = t.size();
    std::string shown = t.substr(lead);
    out += "    " + shown + "\n";
    // CPython's print_error_text, counting characters: no caret when the offset is
    // unknown or falls in the indentation; one caret for SyntaxError's subclasses.
    auto chars = [](const std::string& s) {
      int64_t n = 0;
      for (unsigned char c : s) n += (c & 0xC0) != 0x80;
      return n;
    };
    int64_t start = offset.is_int() ? offset.as_int() : -1;
    int64_t end = -1;
    int64_t text_size = chars(as_str(text)->m_data);
    if (exc.type() == &SyntaxErrorType) {
      if (end_offset.is_int()) end = end_offset.as_int();
      if (line.is_int() && end_line.is_int() && end_line.as_int() > line.as_int()) end = text_size;
    }
    if (end > text_size + 1) end = text_size + 1;
    int64_t carets = end > 0 && end > start ? end - start : 1;
    int64_t col = start - 1 - int64_t(lead);
    col = std::min(col, chars(shown));
    if (col >= 0) out += "    " + std::string(size_t(col), ' ') + std::string(size_t(carets), '^') + "\n";
  }
  return out;
}

// sys.tracebacklimit, as CPython's printer reads it: the innermost entries shown;
// none (not even the header) when it is 0 or less.
static size_t traceback_limit() {
  Value limit = importer().sys_get(intern("tracebacklimit"));
  if (limit.is_int()) return limit.as_int() <= 0 ? 0 : size_t(limit.as_int());
  if (limit.is_bool()) return limit.as_bool() ? 1 : 0;
  return SIZE_MAX;  // unset, or not an int (a big int counts as no limit)
}

// CPython 3.11's "Did you mean": for an AttributeError the closest of dir(obj) to
// its name, for a NameError what was found when it was raised.
static std::optional<std::string> suggestion(const Value& exc) {
  auto* e = as_exception(exc);
  if (exc.type()->is_subtype(&NameErrorType))
    return is_str(e->m_suggestion) ? std::optional<std::string>(as_str(e->m_suggestion)->view()) : std::nullopt;
  if (!exc.type()->is_subtype(&AttributeErrorType)) return std::nullopt;
  const Value& name = e->m_name;
  const Value& obj = e->m_obj;
  Value dir = dict_get_str(builtins_dict(), intern("dir"));
  if (!is_str(name) || obj.is_null() || dir.is_null()) return std::nullopt;
  Value saved = fetch_error();
  Value listing = call1(dir, obj);
  std::vector<Value> items;
  std::vector<std::string_view> names;
  if (!listing.is_null() && collect_iterable(listing, items))
    for (const Value& item : items)
      if (is_str(item)) names.push_back(as_str(item)->view());
  clear_error();
  ts->exc = saved;
  return closest_name(as_str(name)->view(), names);
}

// Traceback entries, outermost first; none when sys.tracebacklimit hides them.
static std::string format_entry_list(const std::vector<const TraceEntry*>& entries) {
  std::string out;
  size_t shown = std::min(entries.size(), traceback_limit());
  // Like CPython, a run of identical entries shows three times, then a count.
  const TraceEntry* last = nullptr;
  size_t repeats = 0;
  auto flush_repeats = [&] {
    if (repeats > 3)
      out += format("  [Previous line repeated %zu more time%s]\n", repeats - 3, repeats - 3 == 1 ? "" : "s");
  };
  for (size_t i = entries.size() - shown; i < entries.size(); i++) {
    const TraceEntry& t = *entries[i];
    const std::string& filename = trace_entry_filename(t);
    const std::string& function = trace_entry_function(t);
    bool same = last && trace_entry_filename(*last) == filename && last->line == t.line &&
                trace_entry_function(*last) == function;
    if (!same) {
      flush_repeats();
      repeats = 0;
    }
    last = &t;
    if (++repeats > 3) continue;
    out += format("  File \"%s\", line %d, in %s\n", filename.c_str(), t.line, function.c_str());
    std::string raw = source_line(filename, t.line);
    std::string src = strip(raw);
    if (!src.empty()) {
      out += "    " + src + "\n";
      std::string marks = caret_line(raw, t);
      if (!marks.empty()) out += "    " + marks + "\n";
    }
  }
  flush_repeats();
  return out;
}

static std::string format_entries(BaseExceptionObject* e) { return format_entry_list(traceback_entries(e)); }

// PEP 678's notes under the message, as CPython 3.11's printer writes them: each
// item of a sequence on its own lines (a string's characters, too), anything else
// as its repr, with no newline.
static std::string format_notes(const Value& exc) {
  Value notes = get_attr_opt(exc, intern("__notes__"));
  clear_error();
  if (notes.is_null()) return "";
  bool sequence = !notes.type()->is_subtype(&DictType) && !notes.type()->lookup(intern("__getitem__")).is_null();
  std::vector<Value> items;
  if (!sequence || !collect_iterable(notes, items)) {
    clear_error();
    Value r = repr(notes);
    clear_error();
    return r.is_null() ? "<__notes__ repr() failed>" : as_str(r)->m_data;
  }
  std::string out;
  for (const Value& note : items) {
    Value text = is_str(note) ? note : to_str(note);
    clear_error();
    out += (text.is_null() ? std::string("<note str() failed>") : as_str(text)->m_data) + "\n";
  }
  return out;
}

// The last lines: the exception's type and message (or a SyntaxError's display),
// then its notes.
static std::string format_exception_only(const Value& exc) {
  std::string out;
  if (exc.type()->is_subtype(&SyntaxErrorType)) {
    out += syntax_error_detail(exc);
    Value msg = get_attr_opt(exc, intern("msg"));
    clear_error();
    out += exception_type_name(exc.type()) + ": " + (msg.is_null() ? std::string() : str_text(msg)) + "\n";
  } else {
    std::string msg = str_text(exc);
    out += exception_type_name(exc.type());
    if (!msg.empty()) out += ": " + msg;
    if (std::optional<std::string> close = suggestion(exc)) out += ". Did you mean: '" + *close + "'?";
    out += "\n";
  }
  return out + format_notes(exc);
}

// CPython 3.11's printer: chains of causes and contexts, and exception groups drawn
// as nested boxes, each level indented and given a margin.
class ExceptionPrinter {
 public:
  std::string out;

  void print(const Value& exc) {
    seen.insert(exc.obj());
    auto* e = as_exception(exc);
    Value cause = e->m_cause;
    Value context = e->m_context;
    if (is_exception(cause) && !seen.count(cause.obj())) {
      print(cause);
      emit("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (is_exception(context) && !e->m_suppress_context && !seen.count(context.obj())) {
      print(context);
      emit("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (!is_exception_group(exc)) {
      std::string entries = format_entries(e);
      if (!entries.empty()) emit("Traceback (most recent call last):\n" + entries);
      emit(format_exception_only(exc));
    } else if (depth > kMaxDepth) {
      emit(format("... (max_group_depth is %d)\n", kMaxDepth));
    } else {
      print_group(exc);
    }
  }

 private:
  static constexpr int kMaxDepth = 10;  // traceback's max_group_depth
  static constexpr size_t kMaxWidth = 15;  // and max_group_width

  std::unordered_set<Object*> seen;
  int depth = 0;
  bool need_close = false;

  std::string indent() const { return std::string(2 * size_t(depth), ' '); }

  // Every line of text, behind the margin of the current group level.
  void emit(const std::string& text, char margin = '|') {
    if (depth == 0) {
      out += text;
      return;
    }
    std::string prefix = indent() + margin + ' ';
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('\n', at);
      end = end == std::string::npos ? text.size() : end + 1;
      out += prefix + text.substr(at, end - at);
      at = end;
    }
  }

  void print_group(const Value& exc) {
    bool top = depth == 0;
    if (top) depth++;
    std::string entries = format_entries(as_exception(exc));
    if (!entries.empty()) {
      emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
      emit(entries);
    }
    emit(format_exception_only(exc));
    Value members = get_attr_opt(exc, intern("exceptions"));
    clear_error();
    std::vector<Value> items;
    if (is_tuple(members)) items = as_tuple(members)->m_items;
    size_t n = std::min(items.size(), kMaxWidth + 1);
    need_close = false;
    for (size_t i = 0; i < n; i++) {
      bool last = i == n - 1;
      if (last) need_close = true;  // unless a nested group closes the box
      bool truncated = i >= kMaxWidth;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      out += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
      depth++;
      if (!truncated) {
        print(items[i]);
      } else {
        size_t more = items.size() - kMaxWidth;
        emit(format("and %zu more exception%s\n", more, more > 1 ? "s" : ""));
      }
      if (last && need_close) {
        out += indent() + "+------------------------------------\n";
        need_close = false;
      }
      depth--;
    }
    if (top) depth = 0;
  }
};

std::string format_exception(const Value& exc) {
  Value saved = fetch_error();
  std::string out;
  if (!is_exception(exc)) {
    out = repr_text(exc) + "\n";
  } else {
    ExceptionPrinter printer;
    printer.print(exc);
    out = std::move(printer.out);
  }
  ts->exc = saved;
  return out;
}

void print_exception(const Value& exc) { write_stderr_text(format_exception(exc)); }

void (*dispatch_unraisable)(const Value& exc, const Value& err_msg, const Value& obj) = nullptr;

void write_unraisable_exception(const Value& obj, const char* where) {
  Value exc = fetch_error();
  if (exc.is_null()) return;
  Value err_msg = where ? new_str(std::string("Exception ignored ") + where) : Value::none();
  if (dispatch_unraisable) return dispatch_unraisable(exc, err_msg, obj);
  Value tb = get_attr_opt(exc, intern("__traceback__"));
  clear_error();
  write_unraisable_default(Value::borrow(exc.type()), exc, tb, err_msg, obj);
}

// CPython's write_unraisable_exc_file: unlike an uncaught exception's report, no
// chained exceptions, notes, group members or SyntaxError display; the type's module
// unless builtins or __main__, and ": " before the message even when it is empty.
void write_unraisable_default(const Value& type, const Value& value, const Value& tb, const Value& err_msg,
                              const Value& obj) {
  if (!ts->modules) return;  // the interpreter's sys is gone
  Value err = importer().sys_get(intern("stderr"));
  if (err.is_null() || err.is_none()) return;
  Value saved = fetch_error();
  auto text_of = [](const Value& v, bool as_repr, const char* failed) {
    Value t = as_repr ? repr(v) : (is_str(v) ? v : to_str(v));
    if (!t.is_null() && is_str(t)) return as_str(t)->m_data;
    clear_error();
    return std::string(failed);
  };
  bool has_msg = !err_msg.is_null() && !err_msg.is_none();
  std::string out;
  if (!obj.is_null() && !obj.is_none()) {
    out += has_msg ? text_of(err_msg, false, "") + ": " : std::string("Exception ignored in: ");
    out += text_of(obj, true, "<object repr() failed>") + "\n";
  } else if (has_msg) {
    out += text_of(err_msg, false, "") + ":\n";
  }
  if (tb.is_obj() && tb.type() == &TracebackType) {
    std::vector<const TraceEntry*> entries;
    for (Value t = tb; t.is_obj() && t.type() == &TracebackType; t = t.as<TracebackObject>()->m_next)
      entries.push_back(&t.as<TracebackObject>()->m_entry);
    std::string shown = format_entry_list(entries);
    if (!shown.empty()) out += "Traceback (most recent call last):\n" + shown;
  }
  if (type.is_obj() && type.type()->is_subtype(&TypeType)) {
    out += exception_type_name(type.as<TypeObject>());
    if (!value.is_null() && !value.is_none()) out += ": " + text_of(value, false, "<exception str() failed>");
    out += "\n";
  }
  Value text = new_str(out);
  if (!call_method(err, intern("write"), &text, 1).is_null()) call_method(err, intern("flush"), nullptr, 0);
  clear_error();
  ts->exc = saved;
}

}  // namespace hotpy
