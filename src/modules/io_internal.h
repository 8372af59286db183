// The file engine shared by io.cpp (buffers, open) and io_methods.cpp (the methods
// Python calls). Not for other folders: they use io.h.
#pragma once
#include <sys/types.h>

#include <string>
#include <string_view>

#include "modules/io.h"
#include "objects/module.h"

namespace hotpy {

Value raise_closed();                       // ValueError "I/O operation on closed file."
Value raise_unsupported(const char* what);  // io.UnsupportedOperation(what)
// Open and readable (writable), else raises CPython's error for the operation.
bool check_readable(FileObject* f, const char* op = "read");
Value raise_closed_for(FileObject* f);      // the closed-file error tell/seek raise
bool check_writable(FileObject* f);

bool flush_buffer(FileObject* f);           // writes m_wbuf out
ssize_t fill_buffer(FileObject* f);         // reads a chunk; 0 at end, -1 on error
bool file_write_bytes(FileObject* f, std::string_view data);  // buffered, no checks

// open()'s file argument: a path (str, bytes, os.PathLike: `v` becomes its str or
// bytes) in *path, or a descriptor in *fd. False with TypeError/ValueError.
bool file_argument(Value& v, std::string* path, int* fd);
// A new file of `type` over descriptor `fd` (-1: over a stream set as m_raw later).
FileObject* make_file(TypeObject* type, int fd, Value name, std::string mode);
// The mode letters open() and FileIO were given, and the descriptor they open:
// through opener(name, flags) when it is given. -1 with an exception on failure.
struct OpenMode {
  bool creating, reading, writing, appending, updating;
};
int open_path(const Value& name, const std::string& path, const OpenMode& m, const Value& opener);
// FileIO's mode attribute for those letters: "rb", "wb", "rb+", "xb", "ab+"...
std::string file_io_mode(bool creating, bool reading, bool writing, bool appending, bool updating);

// The layer below the buffers (io_raw.cpp): the descriptor or m_raw. Each raises
// and returns -1 / false on error.
bool fd_write_all(int fd, const char* p, size_t n);   // write(2) until done (EINTR retried)
ssize_t raw_read(FileObject* f, char* buf, size_t n);  // one read; 0 at the end
bool raw_write_all(FileObject* f, const char* p, size_t n);
bool raw_flush(FileObject* f);                        // the stream below's flush()
int64_t raw_seek(FileObject* f, int64_t offset, int whence);
bool raw_truncate(FileObject* f, int64_t size);
bool raw_close(FileObject* f);
int raw_isatty(FileObject* f);
int raw_seekable(FileObject* f);
Value raw_fileno(FileObject* f);
size_t raw_size_hint(FileObject* f);

// Whether the read-ahead holds UTF-8 (a UTF-8 file, or a UTF-16/32 one decoded as read).
inline bool reads_utf8(const FileObject* f) { return f->m_utf8 || f->m_unit; }
// Sets a text file's encoding fields from its name (m_utf8, m_unit...).
void set_file_encoding(FileObject* f, std::string encoding);

// The UTF-16/32 codecs text files use (codecs_unicode.cpp): the code unit of an
// encoding name (2, 4, or 0 for any other) with its fixed byte order (0: by BOM);
// and one chunk decoded (final: no more bytes follow), as in utf_16_ex_decode.
int utf_unit_of(std::string_view encoding, int* byteorder);
Value utf_decode_chunk(int width, std::string_view data, std::string_view errors, bool final, int* byteorder,
                       int64_t* consumed);

// Text from bytes read (decoding per the file's encoding), or bytes in binary mode.
Value make_result(FileObject* f, std::string&& data);
// The rest of the file (newlines translated in text mode).
bool read_all_bytes(FileObject* f, std::string& out);
// Up to `n` characters (text) or bytes (binary), appended to `out`.
bool read_some(FileObject* f, int64_t n, std::string& out);
// One line including its ending (translated to "\n" in universal mode); empty at
// the end. `limit` (characters or bytes; -1 none) may cut the line short.
bool read_line_bytes(FileObject* f, int64_t limit, std::string& out);

// The base classes _io._IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase (io_base.cpp).
extern TypeObject IOBaseType;
extern TypeObject RawIOBaseType;
extern TypeObject BufferedIOBaseType;
extern TypeObject TextIOBaseType;
void init_io_base_types();

// The constructors and the methods of the layered files (io_wrappers.cpp):
// TextIOWrapper(buffer), BufferedReader(raw)..., FileIO(name), .buffer, .raw,
// detach(), reconfigure(), peek()...; IncrementalNewlineDecoder; text_encoding and
// open_code (added to a module by add_io_functions).
void init_file_wrappers();
void add_io_functions(ModuleObject* m);
extern TypeObject IncrementalNewlineDecoderType;  // io_newline.cpp
void init_newline_decoder_type();

// io.BytesIO (io_bytesio.cpp).
extern TypeObject BytesIOType;
void init_bytesio_type();

// io.StringIO (io_stringio.cpp).
extern TypeObject StringIOType;
void init_stringio_type();

}  // namespace hotpy
