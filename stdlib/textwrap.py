"""Text wrapping and filling: wrap(), fill(), shorten(), dedent(), indent() and the
TextWrapper class behind them, breaking lines exactly where CPython's does.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Hardcoded: string.whitespace also has Unicode spaces, which must not be broken on.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _is_space(c):
    return c in _whitespace


def _dashes_then_word(text, pos):
    """Whether text[pos:] is two or more '-' followed by a word character."""
    end = pos
    while end < len(text) and text[end] == '-':
        end += 1
    return end - pos >= 2 and end < len(text) and _is_word_char(text[end])


def _hyphen_breaks_after(text, hyphen):
    """Whether a line may break after the '-' at text[hyphen]: it must join letters,
    as in 'long-term' ('a-b-c' counts too, but not 'x-1' or '--')."""
    after = hyphen + 1
    before = text[max(0, hyphen - 3):hyphen]
    joined = ((len(before) >= 2 and _is_letter(before[-1]) and _is_letter(before[-2])) or
              (len(before) == 3 and _is_letter(before[0]) and before[1] == '-'
               and _is_letter(before[2])))
    if not joined or after >= len(text) or not _is_letter(text[after]):
        return False
    nxt = after + 1
    if nxt < len(text) and text[nxt] == '-':
        nxt += 1
    return nxt < len(text) and _is_letter(text[nxt])


def _split_on_hyphens(text):
    """The chunks of text: runs of whitespace, em-dashes between words, and words,
    which end at whitespace, after a hyphen between letters, or before an em-dash."""
    chunks = []
    pos = 0
    while pos < len(text):
        start = pos
        if _is_space(text[pos]):
            while pos < len(text) and _is_space(text[pos]):
                pos += 1
        elif (text[pos] == '-' and pos > 0 and _is_word_punct(text[pos - 1])
              and _dashes_then_word(text, pos)):
            while text[pos] == '-':
                pos += 1
        else:
            pos += 1
            while True:
                if pos < len(text) and text[pos] == '-' and _hyphen_breaks_after(text, pos):
                    pos += 1
                    break
                if pos >= len(text) or _is_space(text[pos]):
                    break
                if _is_word_punct(text[pos - 1]) and _dashes_then_word(text, pos):
                    break
                pos += 1
        chunks.append(text[start:pos])
    return chunks


def _split_on_whitespace(text):
    chunks = []
    pos = 0
    while pos < len(text):
        start = pos
        blank = _is_space(text[pos])
        while pos < len(text) and _is_space(text[pos]) == blank:
            pos += 1
        chunks.append(text[start:pos])
    return chunks


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then maybe a quote, at the end."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Object for wrapping/filling text.

    width is the maximum line length; initial_indent and subsequent_indent prefix the
    first and the other lines; expand_tabs, tabsize and replace_whitespace say how
    tabs and other whitespace become spaces; fix_sentence_endings puts two spaces
    after a sentence; break_long_words breaks words longer than width;
    drop_whitespace drops the blanks at line ends; break_on_hyphens allows breaks
    after hyphens of compound words; max_lines truncates, ending with placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space (as asked)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words and runs of whitespace, and
        with break_on_hyphens the parts of hyphenated words."""
        if self.break_on_hyphens:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk longer than a line: break it (after a hyphen if one fits)
        when break_long_words, else put it alone on a line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fill lines with as many chunks as fit, in order; the lines, without
        newlines."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))  # popped from the end
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]  # no line but the first starts with blanks
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = self.max_lines is not None and len(lines) + 1 >= self.max_lines
            only_blank_left = not chunks or (self.drop_whitespace and len(chunks) == 1
                                             and not chunks[0].strip())
            if not last_allowed or (only_blank_left and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed, and text remains: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap a single paragraph of text: a list of lines of at most width
        characters, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Fill a single paragraph of text: the wrapped lines joined with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines (keyword
    arguments are TextWrapper's attributes)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string (keyword arguments are
    TextWrapper's attributes)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit width, ending with the
    placeholder (' [...]') when words had to go."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    lines = text.split('\n')
    lines = ['' if line and not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        indent = _leading_blanks(line)
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            common = 0
            while common < min(len(margin), len(indent)) and margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
