# sys has CPython 3.11's names; flags/hash_info/int_info/float_info fields; intern identity; hooks and limits.
import sys
names = ["abiflags", "addaudithook", "api_version", "argv", "audit", "base_exec_prefix", "base_prefix",
         "breakpointhook", "builtin_module_names", "byteorder", "call_tracing", "displayhook", "dont_write_bytecode",
         "exc_info", "excepthook", "exception", "exec_prefix", "executable", "exit", "flags", "float_info",
         "float_repr_style", "get_asyncgen_hooks", "get_coroutine_origin_tracking_depth", "get_int_max_str_digits",
         "getallocatedblocks", "getdefaultencoding", "getdlopenflags", "getfilesystemencodeerrors",
         "getfilesystemencoding", "getprofile", "getrecursionlimit", "getrefcount", "getsizeof",
         "getswitchinterval", "gettrace", "hash_info", "hexversion", "implementation", "int_info", "intern",
         "is_finalizing", "maxsize", "maxunicode", "meta_path", "modules", "orig_argv", "path", "path_hooks",
         "path_importer_cache", "platform", "platlibdir", "prefix", "pycache_prefix", "set_asyncgen_hooks",
         "set_coroutine_origin_tracking_depth", "set_int_max_str_digits", "setdlopenflags", "setprofile",
         "setrecursionlimit", "setswitchinterval", "settrace", "stderr", "stdin", "stdlib_module_names", "stdout",
         "thread_info", "unraisablehook", "version", "version_info", "warnoptions", "_getframe", "_xoptions",
         "__displayhook__", "__excepthook__", "__stdout__", "__stderr__", "__stdin__", "__unraisablehook__",
         "_current_frames", "_current_exceptions", "_clear_type_cache", "_base_executable", "_git"]
print([n for n in names if not hasattr(sys, n)])
print(sys.flags._fields if hasattr(sys.flags, "_fields") else [f for f in dir(sys.flags) if not f.startswith(("_", "n_", "count", "index"))])
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.algorithm)
print(sys.int_info, sys.float_info.mant_dig, sys.float_info.epsilon, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.thread_info.name, sys.float_repr_style, sys.hexversion >> 16 == 0x030b)
print(type(sys.implementation.name), sys.implementation.version[:2], sys.api_version, sys.abiflags, sys.platlibdir)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
s = "".join(["inte", "rned-", "text"])
print(sys.intern(s) is s, sys.intern("inte" + "rned-text".lower()) is s, sys.intern("abc") is sys.intern("ab" + "c"))
try:
    sys.intern(b"x")
except TypeError as e:
    print("TypeError:", e)
print(sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.setprofile(None))
print(sys.call_tracing(divmod, (7, 2)), sys.audit("event", 1), sys.addaudithook(lambda *a: None))
print(sys.getswitchinterval(), sys.setswitchinterval(0.01), sys.getswitchinterval())
print(sys.get_int_max_str_digits(), sys.set_int_max_str_digits(1000), sys.get_int_max_str_digits())
try:
    str(10 ** 1200)
except ValueError as e:
    print("ValueError:", str(e)[:60])
sys.set_int_max_str_digits(4300)
for call in (lambda: sys.setswitchinterval(0), lambda: sys.set_int_max_str_digits(5),
             lambda: sys.call_tracing(print, [1]), lambda: sys.audit(3)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sys.is_finalizing(), sys.pycache_prefix, sys.dont_write_bytecode in (True, False), type(sys.orig_argv))
print("sys" in sys.stdlib_module_names, "json" in sys.stdlib_module_names, "hotpy" in sys.stdlib_module_names)
print(type(sys.stdlib_module_names).__name__, sys.getrecursionlimit() > 0, isinstance(sys.getsizeof(1), int))
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
print(sys.get_coroutine_origin_tracking_depth(), sys.set_coroutine_origin_tracking_depth(2),
      sys.get_coroutine_origin_tracking_depth())
f = sys._current_frames()
print(len(f), type(sys._current_exceptions()))
print(sys.base_prefix == sys.prefix, sys.base_exec_prefix == sys.exec_prefix, sys._base_executable == sys.executable)
