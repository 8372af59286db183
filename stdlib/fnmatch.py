"""Shell-style wildcard matching of file names: *, ?, [seq] and [!seq]."""

import os
import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}
_STAR = object()


def _compile(pat):
    matcher = _compiled.get((type(pat), pat))
    if matcher is None:
        import re
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            matcher = re.compile(text.encode('ISO-8859-1')).match
        else:
            matcher = re.compile(translate(pat)).match
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[(type(pat), pat)] = matcher
    return matcher


def fnmatch(name, pat):
    """Does name match the pattern pat, after normalizing case as the OS does?"""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Does name match the pattern pat, case-sensitively?"""
    return _compile(pat)(name) is not None


def filter(names, pat):
    """The names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def _escape(text):
    import re
    return re.escape(text)


def _translate_set(body):
    """The regex character class for the text between '[' and ']' (None when it is empty)."""
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # Split at the hyphens that separate ranges; the first character (after a '!')
        # and a range's end cannot start a new range.
        chunks = []
        start = 0
        k = 2 if body.startswith('!') else 1
        while True:
            k = body.find('-', k)
            if k < 0:
                break
            chunks.append(body[start:k])
            start = k + 1
            k += 3
        if body[start:]:
            chunks.append(body[start:])
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):     # drop empty ranges such as z-a
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = '-'.join(c.replace('\\', '\\\\').replace('-', '\\-') for c in chunks)
    for op in '&~|':            # set operations reserved by re's future syntax
        body = body.replace(op, '\\' + op)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in '^[':
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """The regular expression (as a str) that matches what the shell pattern pat matches."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                parts.append('\\[')
            else:
                parts.append(_translate_set(pat[i:j]))
                i = j + 1
        else:
            parts.append(_escape(c))
    # Between two stars the text matches lazily and atomically, so that patterns with
    # many stars do not backtrack exponentially.
    out = []
    k = 0
    while k < len(parts) and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1
        fixed = []
        while k < len(parts) and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        if k == len(parts):
            out.append('.*' + ''.join(fixed))
        else:
            out.append('(?>.*?' + ''.join(fixed) + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
