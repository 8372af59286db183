// Reading one line of REPL input: line editing and history through libedit on a
// terminal, plain reads otherwise.
#pragma once
#include <string>

namespace hotpy {

enum class ReadResult { Line, Eof, Interrupted };

// Reads a line (without its newline) after showing `prompt`. Interrupted when
// Ctrl-C was pressed (the partial line is dropped).
ReadResult read_line(const char* prompt, std::string* line);
void line_reader_open();   // loads the history file (on a terminal)
void line_reader_close();  // saves it

}  // namespace hotpy
