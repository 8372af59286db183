// Reading one line of REPL input: line editing, history and Tab completion through
// libedit on a terminal, plain reads otherwise.
#pragma once
#include <hotpy/hotpy.h>

#include <functional>
#include <string>
#include <vector>

namespace hotpy {

enum class ReadResult { Line, Eof, Interrupted };

// The completions of the word before the cursor (each starts with the word).
using Completer = std::function<std::vector<std::string>(const std::string& word)>;

// Reads a line (without its newline) after showing `prompt`. Interrupted when
// Ctrl-C was pressed (the partial line is dropped). After use_line_editor_for_input.
ReadResult read_line(const char* prompt, std::string* line);
// Sets up the editor, loads the history file (and use_line_editor_for_input).
void line_reader_open(Interpreter& py, Completer complete);
void line_reader_close();  // saves it
// input() reads through the line editor when stdin and stdout are a terminal; a
// Ctrl-C `py` was sent ends a read.
void use_line_editor_for_input(Interpreter& py);

}  // namespace hotpy
