"""A lexer for shell-like syntax: split, quote, join and the shlex class."""

import sys
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_SAFE = frozenset(_ASCII_LETTERS + '0123456789_@%+=:,./-')


class shlex:
    """Splits a stream or string into shell-like tokens."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_LETTERS + '0123456789_'
        if posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = []
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Pushes tok back onto the token stack."""
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        """Reads from newstream until it ends, then back from the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.insert(0, (self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        """Closes the current input and goes back to the one pushed before it."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.pop(0)
        self.state = ' '

    def get_token(self):
        """The next token (from the pushback stack first), or self.eof at the end."""
        if self.pushback:
            return self.pushback.pop(0)
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    self.push_source(spec[1], spec[0])
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        """Reads one raw token from the input, following the shell's quoting rules."""
        quoted = False
        resume = ' '       # the state an escape returns to
        posix = self.posix
        while True:
            c = self._next_char()
            if c == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                elif c in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif posix and c in self.escape:
                    resume, self.state = 'a', c
                elif c in self.wordchars:
                    self.token, self.state = c, 'a'
                elif c in self._punctuation_chars:
                    self.token, self.state = c, 'c'
                elif c in self.quotes:
                    if not posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token, self.state = c, 'a'
                else:
                    self.token = c
                    if self.token or (posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not c:
                    raise ValueError('No closing quotation')
                if c == state:
                    if not posix:
                        self.token += c
                        self.state = ' '
                        break
                    self.state = 'a'
                elif posix and c in self.escape and state in self.escapedquotes:
                    resume, self.state = state, c
                else:
                    self.token += c
            elif state in self.escape:
                if not c:
                    raise ValueError('No escaped character')
                # Inside quotes only the quote and the escape itself can be escaped.
                if resume in self.quotes and c != state and c != resume:
                    self.token += state
                self.token += c
                self.state = resume
            elif state in ('a', 'c'):
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                elif c in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if posix:
                        self.state = ' '
                        if self.token or (posix and quoted):
                            break
                elif state == 'c':
                    if c in self._punctuation_chars:
                        self.token += c
                    else:
                        if c not in self.whitespace:
                            self._pushback_chars.append(c)
                        self.state = ' '
                        break
                elif posix and c in self.quotes:
                    self.state = c
                elif posix and c in self.escape:
                    resume, self.state = 'a', c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split and c not in self._punctuation_chars)):
                    self.token += c
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(c)
                    else:
                        self.pushback.insert(0, c)
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
        result = self.token
        self.token = ''
        if posix and not quoted and result == '':
            result = None
        return result

    def sourcehook(self, newfile):
        """(filename, open file) for a 'source' request."""
        import os.path
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return newfile, open(newfile, 'r')

    def error_leader(self, infile=None, lineno=None):
        """'"file", line N: ' for error messages."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Splits the string s as a POSIX shell would."""
    if s is None:
        raise ValueError('s argument must not be None')
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The shell-escaped string of a list of arguments (the inverse of split)."""
    return ' '.join(quote(arg) for arg in split_command)


def quote(s):
    """s quoted for a POSIX shell (unchanged when it needs no quoting)."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
