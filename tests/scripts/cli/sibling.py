# a module beside the tests: importable unless -P leaves the script's folder off sys.path
NAME = "sibling"
