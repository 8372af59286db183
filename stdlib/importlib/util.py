"""Utilities for the import system (importlib.util): finding specs, making modules
from them, resolving relative names."""

import sys
from importlib.machinery import ModuleSpec, SourceFileLoader, _to_spec

MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    base = package.rsplit(".", level - 1)
    if len(base) < level:
        raise ImportError("attempted relative import beyond top-level package")
    rest = name[level:]
    return f"{base[0]}.{rest}" if rest else base[0]


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith(".") else name
    module = sys.modules.get(fullname)
    if module is not None:
        spec = getattr(module, "__spec__", None)
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        return spec
    parent = fullname.rpartition(".")[0]
    path = None
    if parent:
        pkg = __import__(parent, fromlist=["__path__"])
        try:
            path = pkg.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent!r} while trying to find "
                                      f"{fullname!r}", name=fullname) from e
    import importlib
    found = importlib._find_spec(fullname, path)
    return None if found is None else _to_spec(found)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    if location is None:
        return None
    if not isinstance(location, (str, bytes)):
        location = type(location).__fspath__(location)
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is None and hasattr(loader, "is_package") and loader.is_package(name):
        submodule_search_locations = [location.rpartition("/")[0]]
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, "path", None)
    if is_package is None and hasattr(loader, "is_package"):
        is_package = loader.is_package(name)
    spec = ModuleSpec(name, loader, origin=origin, is_package=is_package)
    spec.has_location = origin is not None and hasattr(loader, "get_filename")
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError("sys.implementation.cache_tag is None")


def source_from_cache(path):
    raise NotImplementedError("sys.implementation.cache_tag is None")


def decode_source(source_bytes):
    import io
    return io.TextIOWrapper(io.BytesIO(source_bytes), newline=None).read() \
        if hasattr(io, "BytesIO") and hasattr(io, "TextIOWrapper") \
        else source_bytes.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def source_hash(source_bytes):
    raise NotImplementedError("hotpy does not write hash-based bytecode")
