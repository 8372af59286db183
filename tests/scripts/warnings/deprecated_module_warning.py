# warnings._deprecated, what a module slated for removal calls on import: a
# DeprecationWarning at the importer's line, or RuntimeError past the removal alpha.
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    def importer():
        warnings._deprecated("oldmod", remove=(3, 13))
    importer()
    warnings._deprecated("other", "{name!r} goes in {remove}", remove=(3, 14))
for w in log:
    print(w.category.__name__, w.message, w.lineno)
for version in ((3, 13, 0, "alpha", 1), (3, 13, 0, "beta", 1), (3, 14, 0, "final", 0), (3, 12, 5, "final", 0)):
    try:
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter("always")
            warnings._deprecated("m", remove=(3, 13), _version=version)
        print(version, [str(w.message) for w in log])
    except RuntimeError as e:
        print(version, "RuntimeError:", e)
