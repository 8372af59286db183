# The exception of a failed import outlives the module that defined its class.
import sys
try:
    import failing_settings
except Exception as e:
    err = e
print('failing_settings' in sys.modules)
junk = [[i, str(i)] for i in range(50000)]
del junk
print(type(err).__name__, type(err).__module__, err)
print([c.__name__ for c in type(err).__mro__])
print(isinstance(err, Exception), repr(err))
