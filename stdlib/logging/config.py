"""Configuring logging from a dictionary (dictConfig, schema version 1)."""

import logging
import logging.handlers

__all__ = ['dictConfig', 'DictConfigurator', 'valid_ident']


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name such as 'logging.StreamHandler' refers to."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


class DictConfigurator(object):
    """Applies a logging configuration dictionary: formatters, filters, handlers, loggers."""

    def __init__(self, config):
        self.config = config

    def resolve(self, value):
        return _resolve(value) if isinstance(value, str) else value

    def convert(self, value):
        """ext://module.name refers to an object by import path."""
        if isinstance(value, str) and value.startswith('ext://'):
            return _resolve(value[len('ext://'):])
        if isinstance(value, str) and value.startswith('cfg://'):
            node = self.config
            for key in value[len('cfg://'):].split('.'):
                node = node[key]
            return node
        return value

    def _factory_call(self, spec, default_factory):
        spec = dict(spec)
        factory = spec.pop('()', None)
        props = spec.pop('.', None)
        if factory is not None:
            factory = self.resolve(factory)
        else:
            factory = default_factory(spec)
        kwargs = {k: self.convert(v) for k, v in spec.items() if valid_ident(k)}
        result = factory(**kwargs)
        for name, value in (props or {}).items():
            setattr(result, name, value)
        return result

    def configure_formatter(self, spec):
        if '()' in spec:
            return self._factory_call(spec, None)
        cls = self.resolve(spec.get('class', 'logging.Formatter'))
        kwargs = dict(fmt=spec.get('format'), datefmt=spec.get('datefmt'),
                      style=spec.get('style', '%'))
        if 'validate' in spec:
            kwargs['validate'] = spec['validate']
        if 'defaults' in spec:
            kwargs['defaults'] = spec['defaults']
        return cls(**kwargs)

    def configure_filter(self, spec):
        if '()' in spec:
            return self._factory_call(spec, None)
        return logging.Filter(spec.get('name', ''))

    def configure_handler(self, spec):
        spec = dict(spec)
        formatter = spec.pop('formatter', None)
        level = spec.pop('level', None)
        filters = spec.pop('filters', None)
        if '()' in spec:
            handler = self._factory_call(spec, None)
        else:
            cls = self.resolve(spec.pop('class'))
            if issubclass(cls, logging.handlers.MemoryHandler) and 'target' in spec:
                spec['target'] = self.handlers[spec['target']]
            handler = self._factory_call(spec, lambda _: cls)
        if formatter:
            handler.setFormatter(self.formatters[formatter])
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        for name in filters or ():
            handler.addFilter(self.filters[name] if isinstance(name, str) else name)
        return handler

    def common_logger_config(self, logger, spec, incremental=False):
        level = spec.get('level')
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for handler in logger.handlers[:]:
                logger.removeHandler(handler)
            for name in spec.get('handlers', ()):
                logger.addHandler(self.handlers[name])
            for name in spec.get('filters', ()):
                logger.addFilter(self.filters[name] if isinstance(name, str) else name)

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        if incremental:
            for name, spec in config.get('handlers', {}).items():
                if name in logging._handlers and 'level' in spec:
                    logging._handlers[name].setLevel(logging._checkLevel(spec['level']))
            for name, spec in config.get('loggers', {}).items():
                self.common_logger_config(logging.getLogger(name), spec, True)
            if 'root' in config:
                self.common_logger_config(logging.root, config['root'], True)
            return
        disable_existing = config.pop('disable_existing_loggers', True)
        for handler in list(logging._handlers.values()):
            handler.close()
        logging._handlers.clear()
        self.formatters = self._build('formatter', config.get('formatters', {}),
                                      self.configure_formatter)
        self.filters = self._build('filter', config.get('filters', {}), self.configure_filter)
        self.handlers = {}
        pending = sorted(config.get('handlers', {}))
        # Memory handlers name their target: build targets first.
        pending.sort(key=lambda n: 'target' in config['handlers'][n])
        for name in pending:
            try:
                handler = self.configure_handler(config['handlers'][name])
                handler.name = name
                self.handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        existing = list(logging.root.manager.loggerDict)
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                logger = logging.getLogger(name)
                self.common_logger_config(logger, loggers[name])
                propagate = loggers[name].get('propagate', None)
                if propagate is not None:
                    logger.propagate = propagate
                logger.disabled = False
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = logging.root.manager.loggerDict[name]
            if name in loggers or not isinstance(logger, logging.Logger):
                continue
            if any(name.startswith(configured + '.') for configured in loggers):
                logger.handlers.clear()
                logger.propagate = True
                logger.setLevel(logging.NOTSET)
            elif disable_existing:
                logger.disabled = True
        if 'root' in config:
            try:
                self.common_logger_config(logging.root, config['root'])
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _build(self, what, specs, make):
        built = {}
        for name, spec in specs.items():
            try:
                built[name] = make(spec)
            except Exception as e:
                raise ValueError('Unable to configure %s %r' % (what, name)) from e
        return built


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary (see the logging.config documentation)."""
    dictConfigClass(dict(config)).configure()
