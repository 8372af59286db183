// io.StringIO: an in-memory text file. The text is kept as UTF-8 with the position
// in code points (as CPython's tell() reports it) and in bytes; appending at the
// end, the common case, is a plain string append.
#include <cstring>
#include <utility>

#include "modules/instance_dict.h"
#include "modules/io_internal.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject StringIOType("_io.StringIO");

namespace {

struct StringIOObject : NativeWithDict {
  std::string m_buf;     // UTF-8
  int64_t m_length = 0;  // code points in m_buf
  int64_t m_pos = 0;     // code points; may lie past the end after seek()
  size_t m_byte = 0;     // byte offset of m_pos (when m_pos <= m_length)
  bool m_closed = false;
  // The newline argument: what writes translate "\n" to (and, for None, "\r\n" and
  // "\r" from), where readline() ends lines, and which endings newlines reports.
  enum class Mode : uint8_t { LF, Universal, UniversalRaw, CR, CRLF } m_mode = Mode::LF;
  int m_seennl = 0;  // 1 "\r", 2 "\n", 4 "\r\n" (the newlines attribute, None and '' only)
  explicit StringIOObject(TypeObject* type) : NativeWithDict(type) {}
  bool ascii() const { return static_cast<size_t>(m_length) == m_buf.size(); }
  // Byte offset of code point `cp` (<= m_length).
  size_t offset(int64_t cp) const {
    if (ascii()) return static_cast<size_t>(cp);
    size_t i = 0;
    for (int64_t n = 0; n < cp && i < m_buf.size(); n++) {
      auto c = static_cast<unsigned char>(m_buf[i]);
      i += c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    return i;
  }
  void set_pos(int64_t cp) {
    m_pos = cp;
    m_byte = cp <= m_length ? offset(cp) : m_buf.size();
  }
};

StringIOObject* sio(const Value& v) { return v.as<StringIOObject>(); }

// StringIO's message has no final period, unlike the file objects'.
bool check_open(StringIOObject* s) {
  if (!s->m_closed) return true;
  raise(&ValueErrorType, "I/O operation on closed file");
  return false;
}

Value stringio_new(TypeObject* type, const Value*, size_t, KwNames*) {
  return Value::steal(new StringIOObject(type));
}

// The text a write stores, after the newline translation; records endings seen.
Value translate_newlines(StringIOObject* s, const Value& text) {
  using Mode = StringIOObject::Mode;
  std::string_view t = as_str(text)->view();
  if (s->m_mode == Mode::LF || t.find_first_of("\r\n") == std::string_view::npos) return text;
  if (s->m_mode == Mode::Universal || s->m_mode == Mode::UniversalRaw) {
    std::string out;
    for (size_t i = 0; i < t.size(); i++) {
      if (t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n') {
        s->m_seennl |= 4;
        out += s->m_mode == Mode::Universal ? "\n" : "\r\n";
        i++;
      } else if (t[i] == '\r') {
        s->m_seennl |= 1;
        out += s->m_mode == Mode::Universal ? '\n' : '\r';
      } else {
        if (t[i] == '\n') s->m_seennl |= 2;
        out += t[i];
      }
    }
    return new_str(std::move(out));
  }
  std::string out;
  for (char c : t) {
    if (c == '\n') out += s->m_mode == Mode::CR ? "\r" : "\r\n";
    else out += c;
  }
  return new_str(std::move(out));
}

bool write_text(StringIOObject* s, const StrObject* text) {
  if (s->m_pos > s->m_length) {
    s->m_buf.append(static_cast<size_t>(s->m_pos - s->m_length), '\0');
    s->m_length = s->m_pos;
    s->m_byte = s->m_buf.size();
  }
  if (s->m_byte == s->m_buf.size()) {
    s->m_buf += text->view();
    s->m_length += text->m_length;
  } else {
    // Overwrite as many code points as the text has, extending past the end if needed.
    int64_t over = std::min(text->m_length, s->m_length - s->m_pos);
    size_t end = s->m_byte;
    for (int64_t n = 0; n < over; n++) {
      auto c = static_cast<unsigned char>(s->m_buf[end]);
      end += c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    s->m_buf.replace(s->m_byte, end - s->m_byte, text->view());
    s->m_length += text->m_length - over;
  }
  s->m_pos += text->m_length;
  s->m_byte += text->m_data.size();
  return true;
}

int stringio_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("StringIO", args, nargs, kw, {"initial_value", "newline"}, 2, a)) return -1;
  if (!a[1].is_null() && !a[1].is_none()) {
    if (!is_str(a[1])) {
      raise(&TypeErrorType, format("newline must be str or None, not %s", type_name(a[1]).c_str()));
      return -1;
    }
    std::string_view nl = as_str(a[1])->view();
    if (!(nl.empty() || nl == "\n" || nl == "\r" || nl == "\r\n")) {
      raise(&ValueErrorType, "illegal newline value: " + repr_text(a[1]));
      return -1;
    }
  }
  StringIOObject* s = sio(self);
  using Mode = StringIOObject::Mode;
  s->m_seennl = 0;
  s->m_mode = Mode::LF;
  if (!a[1].is_null()) {
    std::string_view nl = a[1].is_none() ? std::string_view("none") : as_str(a[1])->view();
    s->m_mode = nl == "none" ? Mode::Universal : nl.empty() ? Mode::UniversalRaw : nl == "\r" ? Mode::CR
                : nl == "\r\n" ? Mode::CRLF : Mode::LF;
  }
  s->m_buf.clear();
  s->m_length = 0;
  s->set_pos(0);
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!is_str(a[0])) {
      raise(&TypeErrorType, format("initial_value must be str or None, not %s", type_name(a[0]).c_str()));
      return -1;
    }
    write_text(s, as_str(translate_newlines(s, a[0])));
    s->set_pos(0);
  }
  return 0;
}

Value sio_write(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("write", kw) || !check_nargs("write", nargs - 1, 1, 1)) return Value();
  StringIOObject* s = sio(args[0]);
  if (!check_open(s)) return Value();
  if (!is_str(args[1]))
    return raise(&TypeErrorType, format("string argument expected, got '%s'", type_name(args[1]).c_str()));
  write_text(s, as_str(translate_newlines(s, args[1])));
  return Value::integer(as_str(args[1])->m_length);
}

Value sio_writelines(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("writelines", kw) || !check_nargs("writelines", nargs - 1, 1, 1)) return Value();
  Value it = get_iter(args[1]);
  if (it.is_null()) return it;
  for (;;) {
    Value line = iter_next(it);
    if (line.is_null()) return error_pending() ? line : Value::none();
    Value pair[2] = {args[0], line};
    if (sio_write(pair, 2, nullptr).is_null()) return Value();
  }
}

// The next `n` code points (all when n < 0) from the position, which advances.
Value take(StringIOObject* s, int64_t n) {
  if (s->m_pos >= s->m_length) return empty_str();
  int64_t avail = s->m_length - s->m_pos;
  if (n < 0 || n > avail) n = avail;
  size_t end;
  if (s->ascii()) {
    end = s->m_byte + static_cast<size_t>(n);
  } else {
    end = s->m_byte;
    for (int64_t k = 0; k < n; k++) {
      auto c = static_cast<unsigned char>(s->m_buf[end]);
      end += c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
  }
  Value r = new_str_len(s->m_buf.substr(s->m_byte, end - s->m_byte), n);
  s->m_byte = end;
  s->m_pos += n;
  return r;
}

bool size_arg(const Value* args, size_t nargs, int64_t* out) {
  *out = -1;
  if (nargs < 2 || args[1].is_none()) return true;
  return index_value(args[1], out);
}

Value sio_read(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("read", kw) || !check_nargs("read", nargs - 1, 0, 1)) return Value();
  StringIOObject* s = sio(args[0]);
  int64_t n;
  if (!check_open(s) || !size_arg(args, nargs, &n)) return Value();
  return take(s, n);
}

Value readline(StringIOObject* s, int64_t limit) {
  if (s->m_pos >= s->m_length) return empty_str();
  using Mode = StringIOObject::Mode;
  size_t end;
  if (s->m_mode == Mode::UniversalRaw) {
    size_t nl = s->m_buf.find_first_of("\r\n", s->m_byte);
    end = nl == std::string::npos ? s->m_buf.size()
          : s->m_buf[nl] == '\r' && nl + 1 < s->m_buf.size() && s->m_buf[nl + 1] == '\n' ? nl + 2
                                                                                        : nl + 1;
  } else {
    const char* ending = s->m_mode == Mode::CR ? "\r" : s->m_mode == Mode::CRLF ? "\r\n" : "\n";
    size_t nl = s->m_buf.find(ending, s->m_byte);
    end = nl == std::string::npos ? s->m_buf.size() : nl + std::strlen(ending);
  }
  int64_t count = utf8_length(std::string_view(s->m_buf).substr(s->m_byte, end - s->m_byte));
  if (limit >= 0 && limit < count) count = limit;
  return take(s, count);
}

Value sio_readline(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("readline", kw) || !check_nargs("readline", nargs - 1, 0, 1)) return Value();
  StringIOObject* s = sio(args[0]);
  int64_t n;
  if (!check_open(s) || !size_arg(args, nargs, &n)) return Value();
  return readline(s, n);
}

Value sio_readlines(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("readlines", kw) || !check_nargs("readlines", nargs - 1, 0, 1)) return Value();
  StringIOObject* s = sio(args[0]);
  int64_t hint;
  if (!check_open(s) || !size_arg(args, nargs, &hint)) return Value();
  std::vector<Value> lines;
  int64_t total = 0;
  while (s->m_pos < s->m_length) {
    Value line = readline(s, -1);
    total += as_str(line)->m_length;
    lines.push_back(std::move(line));
    if (hint > 0 && total >= hint) break;
  }
  return new_list(std::move(lines));
}

Value sio_getvalue(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("getvalue", kw) || !check_nargs("getvalue", nargs - 1, 0, 0)) return Value();
  StringIOObject* s = sio(args[0]);
  if (!check_open(s)) return Value();
  return new_str_len(s->m_buf, s->m_length);
}

Value sio_tell(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("tell", kw) || !check_nargs("tell", nargs - 1, 0, 0)) return Value();
  if (!check_open(sio(args[0]))) return Value();
  return Value::integer(sio(args[0])->m_pos);
}

Value sio_seek(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("seek", kw) || !check_nargs("seek", nargs - 1, 1, 2)) return Value();
  StringIOObject* s = sio(args[0]);
  if (!check_open(s)) return Value();
  int64_t pos, whence = 0;
  if (!index_value(args[1], &pos) || (nargs > 2 && !index_value(args[2], &whence))) return Value();
  if (whence < 0 || whence > 2)
    return raise(&ValueErrorType, format("Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence));
  if (whence == 0 && pos < 0) return raise(&ValueErrorType, format("Negative seek position %lld", (long long)pos));
  if (whence == 1 && pos != 0) return raise(&OSErrorType, "Can't do nonzero cur-relative seeks");
  if (whence == 2 && pos != 0) return raise(&OSErrorType, "Can't do nonzero end-relative seeks");
  if (whence == 1) pos = s->m_pos;
  if (whence == 2) pos = s->m_length;
  s->set_pos(pos);
  return Value::integer(pos);
}

Value sio_truncate(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("truncate", kw) || !check_nargs("truncate", nargs - 1, 0, 1)) return Value();
  StringIOObject* s = sio(args[0]);
  if (!check_open(s)) return Value();
  int64_t size = s->m_pos;
  if (nargs > 1 && !args[1].is_none() && !index_value(args[1], &size)) return Value();
  if (size < 0) return raise(&ValueErrorType, format("Negative size value %lld", (long long)size));
  if (size < s->m_length) {
    s->m_buf.resize(s->offset(size));
    s->m_length = size;
    if (s->m_byte > s->m_buf.size()) s->m_byte = s->m_buf.size();
  }
  return Value::integer(size);
}

Value sio_close(const Value* args, size_t nargs, KwNames* kw) {
  StringIOObject* s = sio(args[0]);
  s->m_closed = true;
  s->m_buf.clear();
  s->m_buf.shrink_to_fit();
  return Value::none();
}

Value sio_true(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_open(sio(args[0]))) return Value();
  return Value::boolean(true);
}
Value sio_false(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_open(sio(args[0]))) return Value();
  return Value::boolean(false);
}
Value sio_flush(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_open(sio(args[0]))) return Value();
  return Value::none();
}
Value sio_enter(const Value* args, size_t nargs, KwNames* kw) {
  if (!check_open(sio(args[0]))) return Value();
  return args[0];
}
Value sio_exit(const Value* args, size_t nargs, KwNames* kw) { return sio_close(args, 1, nullptr); }

Value sio_iter(const Value& self) {
  if (!check_open(sio(self))) return Value();
  return self;
}
Value sio_next(const Value& self) {
  StringIOObject* s = sio(self);
  if (!check_open(s)) return Value();
  if (s->m_pos >= s->m_length) return Value();  // exhausted
  return readline(s, -1);
}

Value sio_closed(const Value& self) { return Value::boolean(sio(self)->m_closed); }
Value sio_newlines(const Value& self) {
  static const char* const kEndings[3] = {"\r", "\n", "\r\n"};
  std::vector<Value> seen;
  for (int i = 0; i < 3; i++)
    if (sio(self)->m_seennl & (1 << i)) seen.push_back(new_str(kEndings[i]));
  if (seen.empty()) return Value::none();
  if (seen.size() == 1) return seen[0];
  return new_tuple(std::move(seen));
}

}  // namespace

void init_stringio_type() {
  StringIOType.m_qualname = "StringIO";
  StringIOType.m_flags |= kBaseType;
  StringIOType.tp_new = stringio_new;
  StringIOType.tp_init = stringio_init;
  StringIOType.tp_iter = sio_iter;
  StringIOType.tp_next = sio_next;
  StringIOType.tp_getattr = generic_getattr;
  StringIOType.tp_setattr = generic_setattr;
  StringIOType.m_flags |= kWeakrefable;
  type_ready(&StringIOType, &TextIOBaseType,
             {{"write", sio_write},       {"writelines", sio_writelines}, {"read", sio_read},
              {"readline", sio_readline}, {"readlines", sio_readlines},   {"getvalue", sio_getvalue},
              {"tell", sio_tell},         {"seek", sio_seek},             {"truncate", sio_truncate},
              {"close", sio_close},       {"flush", sio_flush},           {"readable", sio_true},
              {"writable", sio_true},     {"seekable", sio_true},         {"isatty", sio_false},
              {"__enter__", sio_enter},   {"__exit__", sio_exit}});
  type_add_getsets(&StringIOType, {{"closed", sio_closed}, {"newlines", sio_newlines}});
  type_add_value(&StringIOType, "__module__", interned("_io"));
}

}  // namespace hotpy
