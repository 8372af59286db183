"""The enum base classes (Enum, IntEnum, StrEnum, Flag, IntFlag) and the decorators;
the metaclass is in enum.py. Import all of them from enum."""

import sys
import enum as _enum
from enum import (EnumType, property, _is_single_bit, _bits_low_first, bin, _is_dunder,
                  _is_sunder)

__name__ = 'enum'  # the classes' __module__, as in CPython


class Enum(metaclass=EnumType):
    """The base of enumerations: classes whose members are named constants.

    Members are the class attributes assigned in the class body; they can be looked up
    by value (Color(1)) or by name (Color['RED']), iterated in definition order, and
    compared by identity.
    """

    def __new__(cls, value):
        # Members already exist: calling the class looks one up by value.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:  # an unhashable value
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        try:
            error = None
            result = cls._missing_(value)
        except Exception as exc:
            error = exc
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if result is None and error is None:
            raise not_valid
        if error is None:
            error = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead '
                              f'of None or a valid member')
        if not isinstance(error, ValueError):
            error.__context__ = not_valid
        try:
            raise error
        finally:
            error = not_valid = None  # no reference cycle through the traceback

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value (start for the first)."""
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f"<{self.__class__.__name__}: {value_repr(self._value_)}>"
        return f"<{self.__class__.__name__}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def __dir__(self):
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        interesting.update(n for n in getattr(self, '__dict__', ()) if n[0] != '_')
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if name in self._member_map_ and not isinstance(obj, property):
                    continue  # members are not attributes of members
                interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


_enum.Enum = Enum


class ReprEnum(Enum):
    """An Enum whose members keep the str() and format() of their data type; only
    the repr is the enum's.
    """


_enum.ReprEnum = ReprEnum


class IntEnum(int, ReprEnum):
    """An Enum whose members are ints and compare as ints."""


class StrEnum(str, ReprEnum):
    """An Enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """The lower-cased member name: what auto() gives a StrEnum member."""
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value having bits no member has: STRICT raises
    ValueError, CONFORM drops them, EJECT returns a plain int, KEEP keeps them."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
_enum.EJECT = EJECT


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with | & ^ ~ into composite values."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value (start for the first)."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _finish_flag(cls):
        """Record the bit masks once the members exist."""
        singles = flags = 0
        for member in cls._member_map_.values():
            flags |= member._value_
            if _is_single_bit(member._value_):
                singles |= member._value_
        type.__setattr__(cls, '_flag_mask_', flags)
        type.__setattr__(cls, '_singles_mask_', singles)
        type.__setattr__(cls, '_all_bits_', 2 ** flags.bit_length() - 1)
        values = [cls._member_map_[n]._value_ for n in cls._member_names_]
        if values != sorted(values):
            type.__setattr__(cls, '_iter_member_', cls._iter_member_by_def_)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members whose bits make up value, lowest bit first."""
        for bit in _bits_low_first(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members whose bits make up value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make (and remember) the pseudo-member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask, singles_mask, all_bits = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        boundary = cls._boundary_
        negative_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given "
                                 f"{bin(value, max_bits)}\n  allowed {bin(flag_mask, max_bits)}")
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {boundary!r}')
        if value < 0:
            negative_value = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and boundary is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} '
                             f'[{bin(unknown)}]')
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or aliases:
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                wanted = member_value | aliases
                for candidate in cls._member_map_.values():
                    cv = candidate._value_
                    if candidate not in members and cv and cv & wanted == cv:
                        members.append(candidate)
                        combined |= cv
                value = wanted
            unknown = value ^ combined
            pseudo._name_ = '|'.join(m._name_ for m in members)
            if not combined:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError(f'{cls!r}: no members with value {unknown!r}')
            elif unknown:
                pseudo._name_ += f'|{cls._numeric_repr_(unknown)}'
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative_value is not None:
                cls._value2member_map_[negative_value] = pseudo
        return pseudo

    def __contains__(self, other):
        """True if every bit of other is set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single-bit members that make up this value."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls = self.__class__
        value_repr = cls._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls.__name__}: {value_repr(self._value_)}>"
        return f"<{cls.__name__}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        if self._name_ is None:
            return f'{self.__class__.__name__}({self._value_!r})'
        return f'{self.__class__.__name__}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        """other's bits, or None when it is neither a member nor (for a mixed-in data
        type) a value of that type."""
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        bits = self._operand(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            self._inverted_ = inverted
            if isinstance(inverted, self.__class__):
                inverted._inverted_ = self
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


_enum.Flag = Flag


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints; bits that no member has are kept."""


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator that checks an enumeration against the EnumCheck conditions
    given (UNIQUE, CONTINUOUS, NAMED_FLAGS) and raises ValueError if one fails.
    """

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if issubclass(enumeration, Flag):
                    expected = range(low.bit_length() - 1, high.bit_length())
                    missing = [2 ** i for i in expected if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(f"invalid {'flag' if issubclass(enumeration, Flag) else 'enum'}"
                                     f" {name!r}: missing values "
                                     f"{', '.join(str(v) for v in missing)}")
            elif check is NAMED_FLAGS:
                member_values = {m._value_ for m in enumeration}
                for alias, m in enumeration._member_map_.items():
                    if m._name_ in enumeration._member_names_ or alias != m._name_:
                        continue
                    missing = [b for b in _bits_low_first(m._value_) if b not in member_values]
                    if missing:
                        noun = 'values' if len(missing) > 1 else 'value'
                        raise ValueError(f'invalid Flag {name!r}: alias {alias} is missing '
                                         f'combined {noun} {", ".join(map(str, missing))} '
                                         f'[use enum.show_flag_values(value) for details]')
        return enumeration


def global_enum_repr(self):
    """The repr of a global enum member: module.NAME instead of <Class.NAME: value>."""
    module = self.__class__.__module__.split('.')[-1]
    return f"{module}.{self._name_}"


def global_flag_repr(self):
    """The repr of a global flag member: module.A|module.B."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return f"{module}.{cls_name}({self._value_!r})"
    if _is_single_bit(self._value_):
        return f'{module}.{self._name_}'
    if self._boundary_ is not FlagBoundary.STRICT:
        return '|'.join(f'{module}.{name}' for name in self.name.split('|'))
    return '|'.join(f'{module}.{m._name_}' for m in self)


def global_str(self):
    """The str of a global enum member: its bare name."""
    if self._name_ is None:
        return f"{self.__class__.__name__}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator that exports the members into the module's globals and makes their
    repr name them as module attributes."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
