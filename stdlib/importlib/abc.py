"""The import system's abstract classes (importlib.abc)."""

from abc import ABC, ABCMeta, abstractmethod


class MetaPathFinder(metaclass=ABCMeta):
    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=ABCMeta):
    def invalidate_caches(self):
        pass


class Loader(metaclass=ABCMeta):
    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        raise ImportError


class ResourceLoader(Loader):
    @abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return compile(source, "<string>", "exec", dont_inherit=True)

    @abstractmethod
    def get_source(self, fullname):
        raise ImportError


class ExecutionLoader(InspectLoader):
    @abstractmethod
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(ResourceLoader, ExecutionLoader):
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {"mtime": self.path_mtime(path)}

    def get_source(self, fullname):
        return self.get_data(self.get_filename(fullname)).decode("utf-8")

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)
