"""typing.IO, TextIO and BinaryIO: the generic types of I/O streams. Import them from
typing."""

from abc import abstractmethod
from _typing_classes import Generic, AnyStr  # typing itself is still being built

__name__ = 'typing'  # the classes' __module__, as in CPython


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO: the interface of the objects
    open() returns."""

    __slots__ = ()

    mode = property(abstractmethod(lambda self: None))
    name = property(abstractmethod(lambda self: None))
    closed = property(abstractmethod(lambda self: None))

    @abstractmethod
    def close(self) -> None: pass

    @abstractmethod
    def fileno(self) -> int: pass

    @abstractmethod
    def flush(self) -> None: pass

    @abstractmethod
    def isatty(self) -> bool: pass

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr: pass

    @abstractmethod
    def readable(self) -> bool: pass

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr: pass

    @abstractmethod
    def readlines(self, hint: int = -1): pass

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int: pass

    @abstractmethod
    def seekable(self) -> bool: pass

    @abstractmethod
    def tell(self) -> int: pass

    @abstractmethod
    def truncate(self, size: int = None) -> int: pass

    @abstractmethod
    def writable(self) -> bool: pass

    @abstractmethod
    def write(self, s: AnyStr) -> int: pass

    @abstractmethod
    def writelines(self, lines) -> None: pass

    @abstractmethod
    def __enter__(self): pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None: pass


class BinaryIO(IO[bytes]):
    """The type of a file opened in binary mode."""

    __slots__ = ()

    @abstractmethod
    def write(self, s) -> int: pass

    @abstractmethod
    def __enter__(self): pass


class TextIO(IO[str]):
    """The type of a file opened in text mode."""

    __slots__ = ()

    buffer = property(abstractmethod(lambda self: None))
    encoding = property(abstractmethod(lambda self: None))
    errors = property(abstractmethod(lambda self: None))
    line_buffering = property(abstractmethod(lambda self: None))
    newlines = property(abstractmethod(lambda self: None))

    @abstractmethod
    def __enter__(self): pass
