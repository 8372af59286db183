# Imported by failed_import_raises_a_class_defined_in_the_failing_module.py: its
# exception class dies with the module unless the instance keeps it alive.
class ConfigError(Exception):
    pass

raise ConfigError("missing key 'db'")
