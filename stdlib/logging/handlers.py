"""More logging handlers: rotating files, watched files, buffering/memory and queues."""

import io
import os
import time

import logging

__all__ = ['BaseRotatingHandler', 'RotatingFileHandler', 'TimedRotatingFileHandler',
           'WatchedFileHandler', 'BufferingHandler', 'MemoryHandler', 'QueueHandler',
           'QueueListener']

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that may move its file aside (rollover) before writing a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would pass maxBytes, keeping backupCount
    older ones as name.1, name.2, ..."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        if 'b' not in mode and hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                sfn = self.rotation_filename('%s.%d' % (self.baseFilename, i))
                dfn = self.rotation_filename('%s.%d' % (self.baseFilename, i + 1))
                if os.path.exists(sfn):
                    if os.path.exists(dfn):
                        os.remove(dfn)
                    os.rename(sfn, dfn)
            dfn = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(dfn):
                os.remove(dfn)
            self.rotate(self.baseFilename, dfn)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = '%s\n' % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every interval of when ('S', 'M', 'H', 'D', 'MIDNIGHT', 'W0'-'W6'),
    renaming the old one with a time suffix."""

    _UNITS = {'S': (1, '%Y-%m-%d_%H-%M-%S'), 'M': (60, '%Y-%m-%d_%H-%M'),
              'H': (60 * 60, '%Y-%m-%d_%H'), 'D': (_MIDNIGHT, '%Y-%m-%d'),
              'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d'), 'W': (_MIDNIGHT * 7, '%Y-%m-%d')}

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        if hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        unit_key = self.when
        if self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(self.when[1])
            unit_key = 'W'
        if unit_key not in self._UNITS:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        seconds, self.suffix = self._UNITS[unit_key]
        self.interval = seconds * interval
        filename = self.baseFilename
        t = int(os.stat(filename).st_mtime) if os.path.exists(filename) else int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
            current = t[3] * 3600 + t[4] * 60 + t[5]
            if self.atTime is None:
                rotate_at = _MIDNIGHT
            else:
                rotate_at = (self.atTime.hour * 60 + self.atTime.minute) * 60 \
                    + self.atTime.second
            r = rotate_at - current
            if r < 0:
                r += _MIDNIGHT
                day = (t[6] + 1) % 7
            else:
                day = t[6]
            result = currentTime + r
            if self.when.startswith('W'):
                days_to_wait = self.dayOfWeek - day
                if days_to_wait < 0:
                    days_to_wait += 7
                result += days_to_wait * _MIDNIGHT
        return result

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        return int(time.time()) >= self.rolloverAt

    def getFilesToDelete(self):
        directory, base_name = os.path.split(self.baseFilename)
        prefix = base_name + '.'
        candidates = sorted(os.path.join(directory, name) for name in os.listdir(directory)
                            if name.startswith(prefix))
        if len(candidates) <= self.backupCount:
            return []
        return candidates[:len(candidates) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        current = int(time.time())
        t = self.rolloverAt - self.interval
        time_tuple = time.gmtime(t) if self.utc else time.localtime(t)
        dfn = self.rotation_filename(self.baseFilename + '.'
                                     + time.strftime(self.suffix, time_tuple))
        if os.path.exists(dfn):
            os.remove(dfn)
        self.rotate(self.baseFilename, dfn)
        if self.backupCount > 0:
            for stale in self.getFilesToDelete():
                os.remove(stale)
        if not self.delay:
            self.stream = self._open()
        new_rollover = self.computeRollover(current)
        while new_rollover <= current:
            new_rollover += self.interval
        self.rolloverAt = new_rollover


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when another program moved or removed it (log rotation tools)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode and hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is None or st.st_dev != self.dev or st.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in a list until shouldFlush() says to flush them."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to target when full or at flushLevel and above."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Puts formatted records on a queue (for a QueueListener to handle elsewhere)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        import copy
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue and passes them to handlers (on a thread: start());
    with one thread, call handle() or drain the queue yourself."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        import threading
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        has_task_done = hasattr(self.queue, 'task_done')
        while True:
            record = self.dequeue(True)
            if record is self._sentinel:
                if has_task_done:
                    self.queue.task_done()
                break
            self.handle(record)
            if has_task_done:
                self.queue.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
