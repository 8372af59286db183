# An uncaught user-defined exception defined in the script shows its bare class name.
class ConfigError(Exception):
    pass
print("loading")
raise ConfigError("missing key 'port'")
