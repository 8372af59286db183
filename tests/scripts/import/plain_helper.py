# Imported by the tests in this folder.
VALUE = 42
