"""Extract, format and print information about Python stack traces, as the
interpreter itself prints them (CPython 3.11's layout, carets included)."""

import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3  # a run of identical frames shows this many, then a count

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects (or (filename, lineno, name, line)
    tuples) for printing: one string per entry, each ending in a newline."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """The entries of a traceback object as a StackSummary of FrameSummary objects,
    oldest first (at most limit of them)."""
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_positions(tb),
                                                         limit=limit)


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file', as the
    interpreter prints an uncaught one (chained exceptions included when chain)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information: a list of strings, each
    ending in a newline, that print_exception() would print."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: usually one line,
    'ExceptionType: message', more for a SyntaxError or an exception with notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return f"{etype}\n"
    return f"{etype}: {valuestr}\n"


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point (or from frame f)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame: a StackSummary,
    oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass  # the frame is still running
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback: filename, lineno, name,
    line (the stripped source line) and, if captured, locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_anchors')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._anchors = None  # hotpy: (split1, split2) for ~ and ^ under operators
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr)
                       for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line  # loads the line if needed
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame, from f (or the
    caller's caller) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_positions(tb):
    # hotpy exposes the failing expression's columns on the traceback itself.
    while tb is not None:
        yield tb.tb_frame, (tb.tb_lineno, getattr(tb, '_hotpy_position', None))
        tb = tb.tb_next


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(items)
    if limit >= 0:
        result = []
        for item in items:
            if len(result) >= limit:
                break
            result.append(item)
        return result
    return list(items)[limit:]  # a negative limit keeps the last entries


class StackSummary(list):
    """The frames of a stack or traceback: a list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from a traceback or stack object: frame_gen yields
        (frame, lineno) pairs, as walk_stack() and walk_tb() do."""
        def with_no_position():
            for f, lineno in frame_gen:
                yield f, (lineno, None)
        return klass._extract_from_extended_frame_gen(
            with_no_position(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        result = klass()
        filenames = set()
        for f, (lineno, position) in _limited(frame_gen, limit):
            code = f.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            summary = FrameSummary(filename, lineno, code.co_name, lookup_line=False,
                                   locals=f_locals)
            if position is not None:
                col, end_col, split1, split2 = position
                summary.end_lineno = lineno if end_col != -2 else None
                summary.colno = col if col >= 0 else None
                summary.end_colno = end_col if end_col >= 0 else None
                summary._anchors = position
            result.append(summary)
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary object from a supplied list of FrameSummary objects
        or old-style list of tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary: the File line, the source line
        and the carets under the failing part, if any."""
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, '
               f'in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f'    {frame_summary.line.strip()}\n')
            if frame_summary._anchors is not None:
                carets = _caret_line(frame_summary._original_line, *frame_summary._anchors)
                if carets:
                    row.append(f'    {carets}\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f'    {name} = {value}\n')
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing: one string per frame, a run of the
        same frame and line shown three times then counted."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


def _repeated_line(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


def _caret_line(line, col, end_col, split1, split2):
    """CPython 3.11's marker line under the failing part of a source line: '~' under
    the operands and '^' under the operator of a binary operation, '~' under the value
    and '^' under the brackets of a subscription, else '^' throughout. None when the
    expression is the whole line. Columns are byte offsets into the UTF-8 line."""
    raw = line.rstrip('\r\n').encode('utf-8')
    stripped = raw.lstrip(b' \t\f')
    if not stripped:
        return None
    lead = len(raw) - len(stripped)
    last = len(raw.rstrip(b' \t\f\r\n')) - 1
    if end_col == -2:
        end_col = last + 1
    if col < 0 or end_col <= col or end_col > len(raw):
        return None
    if col <= lead and end_col >= last + 1 and split1 < 0:
        return None

    def chars(start, stop):
        return sum(1 for byte in raw[start:stop] if byte & 0xC0 != 0x80)

    out = ' ' * chars(lead, col)
    if split1 >= 0 and split2 >= 0:
        op = split1
        while op < split2 and raw[op] in b' )\t':
            op += 1
        op_end = op
        while op_end < split2 and raw[op_end] in b'+-*/%@<>&|^':
            op_end += 1
        out += '~' * chars(col, op) + '^' * chars(op, op_end) + '~' * chars(op_end, end_col)
    elif split1 >= 0:
        out += '~' * chars(col, split1) + '^' * chars(split1, end_col)
    else:
        out += '^' * chars(col, end_col)
    return out


from _traceback_exception import TracebackException  # noqa: E402
