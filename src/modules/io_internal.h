// The file engine shared by io.cpp (buffers, open) and io_methods.cpp (the methods
// Python calls). Not for other folders: they use io.h.
#pragma once
#include <sys/types.h>

#include <string>
#include <string_view>

#include "modules/io.h"

namespace hotpy {

Value raise_closed();                       // ValueError "I/O operation on closed file."
Value raise_unsupported(const char* what);  // io.UnsupportedOperation(what)
bool check_readable(FileObject* f);         // open and readable, else raises
bool check_writable(FileObject* f);

bool flush_buffer(FileObject* f);           // writes m_wbuf out
ssize_t fill_buffer(FileObject* f);         // reads a chunk; 0 at end, -1 on error
bool file_write_bytes(FileObject* f, std::string_view data);  // buffered, no checks

// Text from bytes read (decoding per the file's encoding), or bytes in binary mode.
Value make_result(FileObject* f, std::string&& data);
// The rest of the file (newlines translated in text mode).
bool read_all_bytes(FileObject* f, std::string& out);
// Up to `n` characters (text) or bytes (binary), appended to `out`.
bool read_some(FileObject* f, int64_t n, std::string& out);
// One line including its ending (translated to "\n" in universal mode); empty at
// the end. `limit` (characters or bytes; -1 none) may cut the line short.
bool read_line_bytes(FileObject* f, int64_t limit, std::string& out);

// io.StringIO (io_stringio.cpp).
extern TypeObject StringIOType;
void init_stringio_type();

}  // namespace hotpy
