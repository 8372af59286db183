// compile_source (compile.h): the parser and the resolver run in turn, and the first
// error they report becomes a SyntaxError object.
#include "resolve/compile.h"

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/ops.h"
#include "objects/tuple.h"
#include "parse/parse.h"
#include "resolve/resolver.h"

namespace hotpy {

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
static void raise_syntax_error(const SyntaxErrorInfo& info) {
  if (info.type == "RecursionError") {
    raise(&RecursionErrorType, info.msg);
    return;
  }
  TypeObject* type = &SyntaxErrorType;
  if (info.type == "IndentationError") type = &IndentationErrorType;
  if (info.type == "TabError") type = &TabErrorType;
  auto opt_int = [](int v) { return v > 0 ? Value::integer(v) : Value::none(); };
  // An end CPython does not know is -1 for indentation errors and an unfinished line, else 0.
  int unknown_end =
      info.type == "IndentationError" || info.msg == "unexpected EOF while parsing" ? -1 : 0;
  Value end_offset = info.end_col > 0 ? Value::integer(info.end_col) : Value::integer(unknown_end);
  // Offset 0 (not None): an error at the end of the input, where CPython has no column.
  Value offset = info.col > 0        ? Value::integer(info.col)
                 : info.at_input_end ? Value::integer(0)
                                     : Value::none();
  std::vector<Value> detail = {
      new_str(info.filename),
      Value::integer(info.line),
      offset,
      info.text_unavailable ? Value::none()
                            : new_str(info.text_keeps_newline ? info.text + "\n" : info.text),
      opt_int(info.end_line),
      end_offset};
  if (info.artificial)
    detail = {new_str(info.filename), Value::integer(-1), Value::integer(0), Value::none(), Value::integer(-1),
              Value::integer(0)};
  Value args[2] = {new_str(info.msg), new_tuple(std::move(detail))};
  Value exc = call(Value::borrow(type), args, 2);
  if (!exc.is_null()) raise_value(exc);
}

std::shared_ptr<ast::Unit> parse_source(std::string source, const std::string& filename, ast::Mode mode) {
  ParseResult parsed = parse(std::move(source), filename, mode);
  if (parsed.error) {
    raise_syntax_error(*parsed.error);
    return nullptr;
  }
  return std::shared_ptr<ast::Unit>(std::move(parsed.unit));
}

std::shared_ptr<ast::Unit> compile_source(std::string source, const std::string& filename,
                                          ast::Mode mode, bool read_from_file) {
  ParseResult parsed = parse(std::move(source), filename, mode);
  if (parsed.error) {
    if (read_from_file && parsed.error->at_input_end) parsed.error->col = parsed.error->end_col = 0;
    const std::string& msg = parsed.error->msg;
    size_t on_line = msg.find("' on line ");
    if (read_from_file && mode == ast::Mode::File && msg.rfind("Non-UTF-8 code", 0) == 0 &&
        on_line != std::string::npos) {
      // CPython's file tokenizer (a script, piped stdin, PYTHONSTARTUP) rejects the bytes
      // before parsing: a SyntaxError naming the file in its message, with no location.
      std::string text = msg;
      text.insert(on_line + 1, " in file " + filename);
      raise(&SyntaxErrorType, text);
      return nullptr;
    }
    raise_syntax_error(*parsed.error);
    return nullptr;
  }
  std::shared_ptr<ast::Unit> unit(std::move(parsed.unit));
  if (auto err = resolve(*unit)) {
    raise_syntax_error(*err);
    return nullptr;
  }
  if (error_pending()) return nullptr;  // a literal that could not be made
  // The tree lives as long as a function made from it: a dropped module version (a
  // reload) keeps it until the collector frees the version's cycles. Its size, a
  // container for each half KiB, brings that collection as soon as the containers
  // would have (in CPython the same memory is code objects and tuples, which count).
  gc_count_allocations(int64_t(unit->arena.reserved_bytes() / 512));
  return unit;
}

}  // namespace hotpy
