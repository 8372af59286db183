// File objects: what open() returns and what sys.stdin/stdout/stderr are.
//
// One native object serves text files (_io.TextIOWrapper) and binary files
// (_io.BufferedReader / BufferedWriter / BufferedRandom / BufferedRWPair / FileIO);
// the types differ in name, in whether read/write deal in str or bytes, and FileIO
// in not buffering. A file made by open() owns a POSIX descriptor and its own
// buffers (no stdio); one made over another stream (TextIOWrapper(buffer)) reads
// and writes through it (io_raw.cpp). print() in a loop costs a memcpy,
// not a system call: stdout is line-buffered on a terminal and fully buffered
// otherwise, stderr writes through.
#pragma once
#include <string>
#include <string_view>

#include "objects/object.h"

namespace hotpy {

// How a text file treats line endings (the `newline` argument of open()).
enum class Newline : uint8_t {
  Universal,     // None: \n, \r and \r\n all end lines and read back as \n
  UniversalRaw,  // '': the same endings, returned untranslated
  LF,            // '\n'
  CR,            // '\r': ends lines on read; \n is written as \r
  CRLF,          // '\r\n': ends lines on read; \n is written as \r\n
};

struct FileObject : GcObject {
  int m_fd = -1;
  Value m_name;               // str, bytes or int, as given to open()
  std::string m_mode;         // as given to open(): "r", "wb", "a+"...
  std::string m_encoding;     // text files: "UTF-8" (open) or "utf-8" (std streams)
  std::string m_errors;       // text files: "strict"
  bool m_text = true;
  bool m_utf8 = true;         // encoding is UTF-8: no transcoding at all
  bool m_readable = false;
  bool m_writable = false;
  bool m_closed = false;
  bool m_closefd = true;      // close() closes the descriptor (not for std streams)
  bool m_line_buffered = false;
  bool m_write_through = false;  // stderr: every write reaches the descriptor
  bool m_eof = false;         // the last read from the descriptor returned 0
  Newline m_newline = Newline::Universal;
  std::string m_rbuf;         // bytes read ahead, from m_rpos on
  size_t m_rpos = 0;
  std::string m_wbuf;         // bytes not yet written
  // The stream below, when the file does not read and write its descriptor itself
  // (io_raw.cpp): the buffer of TextIOWrapper(buffer), the raw stream of
  // BufferedReader(raw), or the binary file made for a text file's .buffer (or a
  // binary file's .raw), which then owns the descriptor. Native files below are
  // called directly, others through their methods.
  Value m_raw;
  Value m_raw_writer;         // BufferedRWPair: writes go to this one
  bool m_unbuffered = false;  // FileIO: one system call per read or write, no read-ahead
  bool m_detached = false;    // detach() gave the stream below away
  // UTF-16/32 text: the code unit (2 or 4), else 0. Such a file is decoded to UTF-8 as
  // it is read, so lines and characters are found as in a UTF-8 file.
  int m_unit = 0;
  int m_byteorder = 0;          // -1 little, 1 big, 0 until a byte order mark says
  bool m_bom_written = false;   // later writes leave the byte order mark out
  std::string m_undecoded;      // bytes read that end in an incomplete code unit
  DictObject* m_dict = nullptr;  // attributes of instances of Python subclasses (and open()'s)

  explicit FileObject(TypeObject* type);
  ~FileObject() override;
  void traverse(Visitor, void*) override;
  void clear() override;
  DictObject** instance_dict() override { return &m_dict; }
};

extern TypeObject TextIOWrapperType;    // "_io.TextIOWrapper"
extern TypeObject BufferedReaderType;   // "_io.BufferedReader": "rb"
extern TypeObject BufferedWriterType;   // "_io.BufferedWriter": "wb", "ab", "xb"
extern TypeObject BufferedRandomType;   // "_io.BufferedRandom": "r+b", "w+b"...
extern TypeObject BufferedRWPairType;   // "_io.BufferedRWPair": reads one stream, writes another
extern TypeObject FileIOType;           // "_io.FileIO": open(..., buffering=0), unbuffered
// io.UnsupportedOperation: an OSError that is also a ValueError. A class of the running
// interpreter's, made on first use: as CPython's, it is a heap type (io.py sets its
// __module__).
TypeObject* unsupported_operation_type();

inline bool is_file(const Value& v) {
  TypeObject* t = v.type();
  return t == &TextIOWrapperType || t == &BufferedReaderType || t == &BufferedWriterType ||
         t == &BufferedRandomType || t == &FileIOType || t == &BufferedRWPairType;
}
inline FileObject* as_file(const Value& v) { return v.as<FileObject>(); }

// The builtin open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None).
Value builtin_open(const Value* args, size_t nargs, KwNames* kw);

// A text file over an already open descriptor (the std streams).
Value file_from_fd(int fd, const char* name, const char* mode);

// Appends UTF-8 text to a writable text file, as write() does (newline translation,
// encoding, buffering policy). The caller checked is_file(); false on error.
bool file_write_text(FileObject* f, std::string_view text);
// Writes out the buffered bytes; false on error.
bool file_flush(FileObject* f);
// One line (with its ending), or an empty str/bytes at the end of the file.
Value file_readline(FileObject* f, int64_t limit = -1);

// The standard streams made at start-up (fds 0, 1, 2), for sys and print().
Value std_stream(int fd);
// Flushes stdout and stderr (at exit, and before stderr output); keeps any
// pending exception.
void flush_std_streams();
// -u: sys.stdout and sys.stderr write through at once (CPython's write_through).
void set_std_streams_unbuffered();

// Raises the OSError subclass for `err` (FileNotFoundError for ENOENT...) with
// args (errno, strerror[, filename]), as CPython. Returns Null. `filename` may be Null.
Value raise_os_error(int err, const Value& filename = Value());

// Called when a read or write on a file is interrupted by a signal (EINTR): returns
// true to retry, or false with an exception pending (KeyboardInterrupt) to give up,
// so Ctrl-C stops input(). Set by whoever installs the SIGINT handler; null retries.
extern bool (*io_interrupted)();

void init_io_types();

}  // namespace hotpy
