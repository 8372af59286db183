# found through PYTHONPATH=libdir (pythonpath.py), not from the script's folder
NAME = "libmod from libdir"
