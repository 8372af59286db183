// Reading a source file: the one place every path that loads Python code from a file
// (import, reload, a script, -m, a host's exec_file, PYTHONSTARTUP) and the traceback
// printer's line display get its bytes. Decoding (a BOM, a PEP 263 declaration) is the
// parser's; errors are reported by the caller from errno, as CPython's OSError.
#pragma once
#include <string>

namespace hotpy {

// Reads a whole file into `out` (its bytes, unchanged) with one request of its size (a
// file too big for memory fails at once with std::bad_alloc). False with errno set when
// it cannot be opened or read; a folder fails with EISDIR, as CPython's open() does.
bool read_source_file(const std::string& path, std::string& out);

}  // namespace hotpy
