"""A collection of string constants, $-substitution templates (Template) and a
customizable str.format() engine (Formatter)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (on sep, or runs of whitespace), capitalize each and join
    them with sep (or a single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


class _ChainedLookup:
    """The keyword arguments first, then the mapping: substitute(mapping, **kws)."""

    def __init__(self, first, second):
        self._first, self._second = first, second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


def _lookup(mapping, kws):
    if mapping is _sentinel_dict:
        return kws
    return _ChainedLookup(kws, mapping) if kws else mapping


class _LazyPattern:
    """Template.pattern, compiled when first used: importing string must not need re."""

    def __get__(self, instance, owner):
        return owner._pattern()


class Template:
    """Strings with $-placeholders.

    $$ is an escaped $, $identifier and ${identifier} are placeholders. Subclasses may
    change delimiter, idpattern, braceidpattern, flags or the whole pattern.
    """

    delimiter = '$'
    # r'[a-z]' case-insensitively also matches a few non-ASCII letters without ASCII:
    # (?a:...) keeps identifiers ASCII.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # re.IGNORECASE, filled in when re is first needed

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._compiled = None  # each subclass compiles its own pattern

    _compiled = None
    pattern = _LazyPattern()

    @classmethod
    def _pattern(cls):
        if cls._compiled is None:
            import re
            flags = re.IGNORECASE if cls.flags is None else cls.flags
            own = cls.__dict__.get('pattern')
            if own is not None and not isinstance(own, _LazyPattern):
                pattern = re.compile(own, flags | re.VERBOSE) if isinstance(own, str) else own
            else:
                delim = re.escape(cls.delimiter)
                ident = cls.idpattern
                brace_ident = cls.braceidpattern or cls.idpattern
                pattern = re.compile(
                    f"{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|"
                    f"{{(?P<braced>{brace_ident})}}|(?P<invalid>))", flags)
            cls._compiled = pattern
        return cls._compiled

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with every placeholder replaced from mapping and kws; a
        missing one raises KeyError, a malformed one ValueError."""
        mapping = _lookup(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self._pattern())
        return self._pattern().sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute(), but placeholders that are missing or malformed stay as
        they are."""
        mapping = _lookup(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self._pattern())
        return self._pattern().sub(convert, self.template)

    def is_valid(self):
        """False if the template has a malformed placeholder."""
        for mo in self._pattern().finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self._pattern())
        return True

    def get_identifiers(self):
        """The placeholder names, each once, in order of appearance."""
        ids = []
        for mo in self._pattern().finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                  and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self._pattern())
        return ids


class Formatter:
    """The engine of str.format(), with each step a method a subclass can override:
    parse, get_field, get_value, check_unused_args, format_field, convert_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '' means the next positional argument; numbering must be all automatic or
            # all manual (auto_arg_index is False once a number was given).
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part of the
        format string: what the native _string.formatter_parser finds."""
        import _string
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name designates ('0.attr[key]'), and the argument it
        starts from (the index or the keyword)."""
        import _string
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
