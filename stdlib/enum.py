"""Enumerations: classes whose members are a fixed set of named constants.

Enum and its relatives IntEnum, StrEnum, Flag and IntFlag behave as CPython 3.11's:
member reprs, str() and format(), value and name lookup, aliases, auto(), _missing_,
Flag composition with boundaries, and the functional API Enum('Name', 'A B C').
"""

import sys
import builtins as _builtins
from types import DynamicClassAttribute, MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

# The base classes, None until defined: EnumType.__new__ builds them too.
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


class nonmember(object):
    """Wraps a value in an enum class body so that it stays a plain attribute."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Wraps a value in an enum class body so that it becomes a member (even a
    function).
    """

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = f'_{cls_name}__'
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not (name.endswith('__') or name.endswith('_')))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_low_first(num):
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def bin(num, max_bits=None):
    """Like built-in bin(), except negative values are shown in two's complement and the
    sign bit is set apart: bin(-3) == '0b1 101'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtins.bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


def _make_proxy(mapping):
    try:
        return MappingProxyType(mapping)
    except TypeError:  # an interpreter whose mappingproxy cannot be made from Python
        return dict(mapping)


class property(DynamicClassAttribute):
    """A member attribute (name, value) that the class itself does not have: reading it
    from the class finds the member of that name, if any."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (KeyError, AttributeError):
                raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}') from None
        if self.fget is None:
            raise AttributeError(f'{ownerclass!r} member has no attribute {self.name!r}')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {type(instance).__name__!r}> cannot set attribute "
                                 f"{self.name!r}")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {type(instance).__name__!r}> cannot delete attribute "
                                 f"{self.name!r}")
        self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


_auto_null = object()


class auto:
    """Stands for the next value of an enum class body: _generate_next_value_ decides
    which.
    """

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class _EnumDict(dict):
    """The namespace of an enum class body: it records which names are members (in
    order), resolves auto() values and refuses duplicate or reserved names."""

    _ALLOWED_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                        '_ignore_', '_iter_member_', '_iter_member_by_value_',
                        '_iter_member_by_def_')

    def __init__(self):
        super().__init__()
        self._member_names = {}  # a dict as an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in self._ALLOWED_SUNDERS:
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future '
                                 f'Enum use')
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(
                    key, 1, len(self._member_names), self._last_values[:])
                self._auto_called = True
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, 'keys') else members
        for key, value in items:
            self[key] = value
        for key, value in more.items():
            self[key] = value


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for name in classdict._ignore + ['_ignore_']:
            classdict.pop(name, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        members = {name: classdict[name] for name in classdict._member_names}
        for name in members:
            del classdict[name]
        invalid = set(members) & {'mro', ''}
        if invalid:
            raise ValueError(f"invalid enum member name(s) {','.join(repr(n) for n in invalid)}")
        order = classdict.pop('_order_', None)
        namespace = dict(classdict)
        namespace.update(_new_member_=new_member, _use_args_=use_args, _member_names_=[],
                         _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
                         _member_type_=member_type,
                         _value_repr_=metacls._find_data_repr_(cls, bases))
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, type)):
            namespace['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            namespace['_flag_mask_'] = namespace['_singles_mask_'] = namespace['_all_bits_'] = 0
            namespace['_inverted_'] = None
        elif boundary is not None:
            namespace['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        for name, value in members.items():
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._finish_flag()
        defined = set(classdict)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in defined:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                defined.add('__format__')
            if '__str__' not in defined:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__  # object.__str__ would use the repr
                type.__setattr__(enum_class, '__str__', method)
                defined.add('__str__')
        # A mixed-in data type's repr and friends must not win over Enum's.
        if Flag is not None and issubclass(enum_class, Flag):
            # Before a mixed-in int's operators in the MRO: they would give plain ints.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in defined:
                    type.__setattr__(enum_class, name, getattr(Flag, name))
        if Enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in defined:
                    continue
                found = getattr(enum_class, name, None)
                if found in (getattr(member_type, name, None), getattr(object, name, None)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new_member)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError(f'member order does not match _order_:\n  '
                                f'{enum_class._member_names_!r}\n  {order!r}')
        return enum_class

    def _add_member_(cls, name, value):
        """Make the member name = value, or an alias when a member has that value."""
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)  # a tuple mixin takes the whole tuple as its one argument
        if cls._use_args_:
            enum_member = cls._new_member_(cls, *args)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value if cls._member_type_ is object else cls._member_type_(*args)
        else:
            enum_member = cls._new_member_(cls)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            canonical = next((m for m in cls._member_map_.values() if m._value_ == value), None)
        if canonical is not None:
            enum_member = canonical  # an alias
        elif Flag is None or not issubclass(cls, Flag) or _is_single_bit(value):
            cls._member_names_.append(name)
        # A member named like a member attribute (name, value) is found through it.
        if not isinstance(cls.__dict__.get(name), property):
            if not any(isinstance(b.__dict__.get(name), property) for b in cls.__mro__[1:]):
                type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Look a member up by value, or with names given create a new enum class
        (the functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(member).__qualname__}' and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                       '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Every member by name, aliases included, as a read-only mapping."""
        return _make_proxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last_values = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                classdict[item[0]] = item[1]
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """The data type mixed in (object if none) and the last enum base."""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return mcls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {data_types!r}')
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The __new__ that makes members, whether it was user-defined (to keep it as
        __new_member__) and whether it takes the member's value as arguments."""
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum is not None else None):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new in (Enum.__new__ if Enum else None,
                                                       object.__new__))
        return new, save_new, use_args


EnumMeta = EnumType

from _enum_classes import (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag,  # noqa: E402
                           FlagBoundary, STRICT, CONFORM, EJECT, KEEP, unique, EnumCheck,
                           CONTINUOUS, NAMED_FLAGS, UNIQUE, verify, global_enum, global_str,
                           global_enum_repr, global_flag_repr, pickle_by_global_name,
                           pickle_by_enum_name)


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """A class decorator the standard library uses (ast, inspect, http, uuid, re): the
    plain class it decorates becomes an enum of type `etype`, as if its body had been
    written under `class Name(etype)`; a body without a docstring gets CPython's."""
    def convert_class(cls):
        metacls = type(etype)
        namespace = metacls.__prepare__(cls.__name__, (etype,))
        for name, obj in cls.__dict__.items():
            if name not in ('__dict__', '__weakref__'):
                namespace[name] = obj
        if cls.__dict__.get('__doc__') is None:
            namespace['__doc__'] = 'An enumeration.'
        keywords = {} if boundary is None else {'boundary': boundary}
        return metacls(cls.__name__, (etype,), namespace, **keywords)
    return convert_class
