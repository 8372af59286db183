"""assertLogs/assertNoLogs: capture what a logger emits inside a with block."""

import collections

__unittest = True

_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])


class _AssertLogsContext(object):
    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.no_logs = no_logs
        self.msg = None

    def __enter__(self):
        import logging

        class CapturingHandler(logging.Handler):
            def __init__(self):
                logging.Handler.__init__(self)
                self.watcher = _LoggingWatcher([], [])

            def emit(self, record):
                self.watcher.records.append(record)
                self.watcher.output.append(self.format(record))

        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        self.logger.handlers, level, self.logger.propagate = self.old
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        import logging
        if self.no_logs:
            if self.watcher.records:
                self._raiseFailure('Unexpected logs found: {!r}'.format(self.watcher.output))
        elif not self.watcher.records:
            self._raiseFailure('no logs of level {} or higher triggered on {}'.format(
                logging.getLevelName(self.level), self.logger.name))

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)
