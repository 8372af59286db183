# __module__ of builtin types, builtin functions and module functions; module reprs (built-in only for native modules)
import sys, math, gc, builtins
print(type(lambda: 0).__module__, int.__module__, type(list[int]).__module__, type(sys).__module__)
print(len.__module__, math.sqrt.__module__, [].append.__module__, gc.collect.__module__, print.__module__)
print(sys, builtins, math, type(sys)('made'), sys.__spec__.name, sys.__spec__.origin, builtins.__spec__.name)
