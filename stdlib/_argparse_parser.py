"""argparse's containers and ArgumentParser (re-exported by argparse): registering arguments
and matching the command line against them as CPython's argparse does."""

import os as _os
import sys as _sys

import argparse as _ap
from _argparse_help import SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER, \
    HelpFormatter
from argparse import ArgumentError, ArgumentTypeError, Namespace, _get_action_name, \
    _is_negative_number, _UNRECOGNIZED_ARGS_ATTR, _AttributeHolder

_INF = float('inf')


def _nargs_items(action):
    """The pattern an action's arguments must match, as (allowed kinds, min, max) items over
    the command line's shape: 'O' option, 'A' argument, '-' the '--' marker."""
    nargs = action.nargs
    dashes = ('-', 0, _INF)
    if nargs is None:
        items = [dashes, ('A', 1, 1), dashes]
    elif nargs == OPTIONAL:
        items = [dashes, ('A', 0, 1), dashes]
    elif nargs == ZERO_OR_MORE:
        items = [dashes, ('A-', 0, _INF)]
    elif nargs == ONE_OR_MORE:
        items = [dashes, ('A', 1, 1), ('A-', 0, _INF)]
    elif nargs == REMAINDER:
        items = [('-AO', 0, _INF)]
    elif nargs == PARSER:
        items = [dashes, ('A', 1, 1), ('-AO', 0, _INF)]
    elif nargs == SUPPRESS:
        items = [dashes, dashes]
    else:
        items = [dashes]
        for _ in range(nargs):
            items += [('A', 1, 1), dashes]
    if action.option_strings:
        # An option's arguments never include '--' markers.
        items = [(kinds.replace('-', ''), lo, hi) for kinds, lo, hi in items]
        items = [item for item in items if item[0]]
    return items


def _match_groups(groups, shape):
    """Lengths of the shape's prefix taken by each group (greedy, backtracking, like re.match
    of the concatenated group patterns), or None when they cannot match."""
    flat = [(g, item) for g, items in enumerate(groups) for item in items]
    ends = [0] * len(groups)

    def attempt(k, pos):
        if k == len(flat):
            return True
        g, (kinds, lo, hi) = flat[k]
        run = 0
        while run < hi and pos + run < len(shape) and shape[pos + run] in kinds:
            run += 1
        for count in range(run, lo - 1, -1):
            ends[g] = pos + count
            if attempt(k + 1, pos + count):
                return True
        return False

    for g in range(len(groups)):
        ends[g] = 0
    if not attempt(0, 0):
        return None
    lengths, start = [], 0
    for g in range(len(groups)):
        end = ends[g] if groups[g] else start
        lengths.append(end - start)
        start = end
    return lengths


class _ActionsContainer(object):
    """What parsers and argument groups share: registering actions and option strings."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, cls in ((None, _ap._StoreAction), ('store', _ap._StoreAction),
                          ('store_const', _ap._StoreConstAction),
                          ('store_true', _ap._StoreTrueAction),
                          ('store_false', _ap._StoreFalseAction),
                          ('append', _ap._AppendAction),
                          ('append_const', _ap._AppendConstAction),
                          ('count', _ap._CountAction), ('help', _ap._HelpAction),
                          ('version', _ap._VersionAction), ('parsers', _ap._SubParsersAction),
                          ('extend', _ap._ExtendAction)):
            self.register('action', name, cls)
        self.register('type', None, lambda x: x)
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or add_argument(option_string, ...)"""
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is _ap.FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs') from None
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _is_negative_number(option_string) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        title_group_map = {group.title: group for group in self._action_groups}
        group_map = {}
        for group in container._action_groups:
            if group.title not in title_group_map:
                title_group_map[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = title_group_map[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings, long_option_strings = [], []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest_option = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = dest_option.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % dest_option)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler) from None

    def _check_conflict(self, action):
        conflicts = [(s, self._option_string_actions[s]) for s in action.option_strings
                     if s in self._option_string_actions]
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ('conflicting option string: %s' if len(conflicting_actions) == 1
                   else 'conflicting option strings: %s')
        raise ArgumentError(action, message % ', '.join(s for s, _ in conflicting_actions))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for option_string, old in conflicting_actions:
            old.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group shares its container's bookkeeping.
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line strings into a Namespace of attributes."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, lambda string: string)
        if add_help:
            prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(prefix + 'h', prefix * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) \
                    and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                conflicts.setdefault(member, []).extend(members[:i] + members[i + 1:])
        # The shape of the command line: 'O' option, 'A' argument, '-' for '--'.
        option_indices = {}
        shape_parts = []
        after_marker = False
        for i, arg_string in enumerate(arg_strings):
            if after_marker:
                shape_parts.append('A')
            elif arg_string == '--':
                shape_parts.append('-')
                after_marker = True
            else:
                option_tuple = self._parse_optional(arg_string)
                if option_tuple is None:
                    shape_parts.append('A')
                else:
                    option_indices[i] = option_tuple
                    shape_parts.append('O')
        shape = ''.join(shape_parts)
        seen_actions = set()
        seen_non_default = set()
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            value = self._get_values(action, argument_strings)
            if value is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _get_action_name(other))
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        def consume_optional(start_index):
            action, option_string, explicit_arg = option_indices[start_index]
            pending = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is not None:
                    count = self._match_argument(action, 'A')
                    if count == 0 and option_string[1] not in self.prefix_chars \
                            and explicit_arg != '':
                        # '-xyz' where -x takes no argument: -x, then -y with 'z' ...
                        pending.append((action, [], option_string))
                        option_string = option_string[0] + explicit_arg[0]
                        next_explicit = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = next_explicit
                        else:
                            raise ArgumentError(action, 'ignored explicit argument %r'
                                                % explicit_arg)
                    elif count == 1:
                        stop = start_index + 1
                        pending.append((action, [explicit_arg], option_string))
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit_arg)
                else:
                    start = start_index + 1
                    count = self._match_argument(action, shape[start:])
                    stop = start + count
                    pending.append((action, arg_strings[start:stop], option_string))
                    break
            for action, args, option_string in pending:
                take_action(action, args, option_string)
            return stop

        def consume_positionals(start_index):
            counts = self._match_arguments_partial(positionals, shape[start_index:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start_index:start_index + count]
                start_index += count
                take_action(action, args)
            positionals[:] = positionals[len(counts):]
            return start_index

        max_option_index = max(option_indices) if option_indices else -1
        start_index = 0
        while start_index <= max_option_index:
            next_option = min(i for i in option_indices if i >= start_index)
            if start_index != next_option:
                end = consume_positionals(start_index)
                if end > start_index:
                    start_index = end
                    continue
                start_index = end
            if start_index not in option_indices:
                extras.extend(arg_strings[start_index:next_option])
                start_index = next_option
            start_index = consume_optional(start_index)
        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        required = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            self.error('the following arguments are required: %s' % ', '.join(required))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                result.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    lines = []
                    for line in args_file.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                    result.extend(self._read_args_from_files(lines))
            except OSError as err:
                self.error(str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, shape):
        lengths = _match_groups([_nargs_items(action)], shape)
        if lengths is None:
            message = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                       ONE_OR_MORE: 'expected at least one argument'}.get(action.nargs)
            if message is None:
                message = ('expected %s argument' if action.nargs == 1
                           else 'expected %s arguments') % action.nargs
            raise ArgumentError(action, message)
        return lengths[0]

    def _match_arguments_partial(self, actions, shape):
        for i in range(len(actions), 0, -1):
            lengths = _match_groups([_nargs_items(a) for a in actions[:i]], shape)
            if lengths is not None:
                return lengths
        return []

    def _parse_optional(self, arg_string):
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ', '.join(option_string for _, option_string, _ in option_tuples)
            self.error('ambiguous option: %s could match %s' % (arg_string, options))
        elif len(option_tuples) == 1:
            return option_tuples[0]
        if _is_negative_number(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, _, explicit_arg = option_string.partition('=')
                explicit_arg = explicit_arg if '=' in option_string else None
                for candidate, action in self._option_string_actions.items():
                    if candidate.startswith(prefix):
                        result.append((action, candidate, explicit_arg))
        elif option_string[0] in chars:
            short_prefix, short_explicit = option_string[:2], option_string[2:]
            for candidate, action in self._option_string_actions.items():
                if candidate == short_prefix:
                    result.append((action, candidate, short_explicit))
                elif candidate.startswith(option_string):
                    result.append((action, candidate, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return result

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err)) from None
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string)) from None

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, action.choices))))

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n' % {'prog': self.prog, 'message': message})


for _cls in (_ActionsContainer, _ArgumentGroup, _MutuallyExclusiveGroup, ArgumentParser):
    _cls.__module__ = 'argparse'
del _cls
