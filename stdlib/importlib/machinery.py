"""The import system's classes and constants (importlib.machinery), for hotpy's import
system: modules come from the native table or from .py source files; no bytecode is
written or read and there are no extension modules."""

import sys

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The finder's answer for one module: where its code is and what loads it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    def __repr__(self):
        parts = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            parts.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            parts.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented


class SourceFileLoader:
    """Loads a module from a .py file: reads, compiles and runs it in the module."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, name=None):
        return self.get_data(self.path).decode("utf-8")

    def is_package(self, name=None):
        return self.path.rpartition("/")[2] == "__init__.py"

    def create_module(self, spec):
        return None

    def get_code(self, name=None):
        return compile(self.get_data(self.path), self.path, "exec", dont_inherit=True)

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)


SourcelessFileLoader = SourceFileLoader


class PathFinder:
    """Finds modules on sys.path or a package's __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = __import__("importlib")._find_spec(fullname, path)
        if found is None or found.origin == "built-in":
            return None
        return _to_spec(found)

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    """Finds modules in one folder."""

    def __init__(self, path, *loader_details):
        self.path = path or "."

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])

    def invalidate_caches(self):
        pass

    @classmethod
    def path_hook(cls, *loader_details):
        return lambda path: cls(path, *loader_details)

    def __repr__(self):
        return f"FileFinder({self.path!r})"


def _to_spec(found):
    """A ModuleSpec from the namespace the native finder returns."""
    if found.origin == "built-in":
        spec = ModuleSpec(found.name, found.loader, origin="built-in")
    else:
        spec = ModuleSpec(found.name, SourceFileLoader(found.name, found.origin), origin=found.origin,
                          is_package=found.submodule_search_locations is not None)
        if found.submodule_search_locations is not None:
            spec.submodule_search_locations = list(found.submodule_search_locations)
        spec.has_location = True
    return spec


# The native table's loader: the class every builtin module's __loader__ is.
BuiltinImporter = __import__("importlib")._find_spec("sys").loader
