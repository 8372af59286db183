// io.IncrementalNewlineDecoder: wraps an incremental decoder (or none: str input),
// translating "\r\n" and "\r" to "\n" when asked and recording which endings it saw.
// A "\r" at the end of a chunk is held back until the next one shows whether "\n"
// follows. CPython 3.11's behaviour (what _pyio and codecs users rely on).
#include <utility>

#include "modules/io_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject IncrementalNewlineDecoderType("_io.IncrementalNewlineDecoder");

namespace {

enum SeenNewline : int { kLF = 1, kCR = 2, kCRLF = 4 };

struct NewlineDecoderObject : GcObject {
  Value m_decoder;  // None: the input is already str
  bool m_translate = false;
  bool m_pendingcr = false;
  int m_seennl = 0;
  explicit NewlineDecoderObject(TypeObject* type) : GcObject(type) {}
  void traverse(Visitor visit, void* arg) override {
    if (m_decoder.is_obj()) visit(m_decoder.obj(), arg);
  }
  void clear() override { Value d = std::exchange(m_decoder, Value()); }
};

NewlineDecoderObject* nd(const Value& v) { return v.as<NewlineDecoderObject>(); }

Value nd_new(TypeObject* type, const Value*, size_t, KwNames*) { return Value::steal(new NewlineDecoderObject(type)); }

int nd_init(const Value& self, const Value* args, size_t nargs, KwNames* kw) {
  Value a[3];
  if (!bind_args("IncrementalNewlineDecoder", args, nargs, kw, {"decoder", "translate", "errors"}, 3, a)) return -1;
  if (a[1].is_null()) {
    raise(&TypeErrorType, a[0].is_null() ? "IncrementalNewlineDecoder() missing required argument 'decoder' (pos 1)"
                                         : "IncrementalNewlineDecoder() missing required argument 'translate' (pos 2)");
    return -1;
  }
  int translate = truthy(a[1]);
  if (translate < 0) return -1;
  NewlineDecoderObject* d = nd(self);
  d->m_decoder = a[0];
  d->m_translate = translate;
  d->m_pendingcr = false;
  d->m_seennl = 0;
  return 0;
}

Value nd_decode(const Value* args, size_t nargs, KwNames* kw) {
  Value a[2];
  if (!bind_args("decode", args + 1, nargs - 1, kw, {"input", "final"}, 2, a)) return Value();
  if (a[0].is_null()) return raise(&TypeErrorType, "decode() missing required argument 'input' (pos 1)");
  int final = a[1].is_null() ? 0 : truthy(a[1]);
  if (final < 0) return Value();
  NewlineDecoderObject* d = nd(args[0]);
  Value output = a[0];
  if (!d->m_decoder.is_none()) {
    Value dargs[2] = {a[0], Value::boolean(final)};
    output = call_method(d->m_decoder, intern("decode"), dargs, 2);
    if (output.is_null()) return output;
  }
  if (!is_str(output))
    return raise(&TypeErrorType, format("decoder should return a string result, not '%s'", type_name(output).c_str()));
  std::string text = as_str(output)->m_data;
  if (d->m_pendingcr && (!text.empty() || final)) {
    text.insert(text.begin(), '\r');
    d->m_pendingcr = false;
  }
  if (!text.empty() && text.back() == '\r' && !final) {
    text.pop_back();
    d->m_pendingcr = true;
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); i++) {
    char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      d->m_seennl |= kCRLF;
      out += d->m_translate ? "\n" : "\r\n";
      i++;
    } else if (c == '\r') {
      d->m_seennl |= kCR;
      out += d->m_translate ? '\n' : '\r';
    } else {
      if (c == '\n') d->m_seennl |= kLF;
      out += c;
    }
  }
  return new_str(std::move(out));
}

Value nd_getstate(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("getstate", kw) || !check_nargs("getstate", nargs - 1, 0, 0)) return Value();
  NewlineDecoderObject* d = nd(args[0]);
  Value buf = new_bytes("");
  int64_t flag = 0;
  if (!d->m_decoder.is_none()) {
    Value state = call_method(d->m_decoder, intern("getstate"), nullptr, 0);
    if (state.is_null()) return state;
    if (!is_tuple(state) || as_tuple(state)->m_items.size() != 2)
      return raise(&TypeErrorType, "illegal decoder state");
    buf = as_tuple(state)->m_items[0];
    if (!index_value(as_tuple(state)->m_items[1], &flag)) return Value();
  }
  flag = flag << 1 | (d->m_pendingcr ? 1 : 0);
  return new_tuple({buf, Value::integer(flag)});
}

Value nd_setstate(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("setstate", kw) || !check_nargs("setstate", nargs - 1, 1, 1)) return Value();
  NewlineDecoderObject* d = nd(args[0]);
  if (!is_tuple(args[1]) || as_tuple(args[1])->m_items.size() != 2)
    return raise(&TypeErrorType, "state argument must be a tuple");
  int64_t flag;
  if (!index_value(as_tuple(args[1])->m_items[1], &flag)) return Value();
  d->m_pendingcr = flag & 1;
  if (!d->m_decoder.is_none()) {
    Value state = new_tuple({as_tuple(args[1])->m_items[0], Value::integer(flag >> 1)});
    if (call_method(d->m_decoder, intern("setstate"), &state, 1).is_null()) return Value();
  }
  return Value::none();
}

Value nd_reset(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("reset", kw) || !check_nargs("reset", nargs - 1, 0, 0)) return Value();
  NewlineDecoderObject* d = nd(args[0]);
  d->m_seennl = 0;
  d->m_pendingcr = false;
  if (!d->m_decoder.is_none() && call_method(d->m_decoder, intern("reset"), nullptr, 0).is_null()) return Value();
  return Value::none();
}

Value nd_newlines(const Value& self) {
  switch (nd(self)->m_seennl) {
    case kLF: return new_str("\n");
    case kCR: return new_str("\r");
    case kCRLF: return new_str("\r\n");
    case kCR | kLF: return new_tuple({new_str("\r"), new_str("\n")});
    case kLF | kCRLF: return new_tuple({new_str("\n"), new_str("\r\n")});
    case kCR | kCRLF: return new_tuple({new_str("\r"), new_str("\r\n")});
    case kCR | kLF | kCRLF: return new_tuple({new_str("\r"), new_str("\n"), new_str("\r\n")});
    default: return Value::none();
  }
}

}  // namespace

void init_newline_decoder_type() {
  IncrementalNewlineDecoderType.m_qualname = "IncrementalNewlineDecoder";
  IncrementalNewlineDecoderType.m_flags |= kBaseType;
  IncrementalNewlineDecoderType.tp_new = nd_new;
  IncrementalNewlineDecoderType.tp_init = nd_init;
  type_ready(&IncrementalNewlineDecoderType, &ObjectType,
             {{"decode", nd_decode}, {"getstate", nd_getstate}, {"setstate", nd_setstate}, {"reset", nd_reset}});
  type_add_getsets(&IncrementalNewlineDecoderType, {{"newlines", nd_newlines}});
  type_add_value(&IncrementalNewlineDecoderType, "__module__", interned("_io"));
}

}  // namespace hotpy
