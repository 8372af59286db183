# A script's __main__ has __file__ and __cached__ (None) only while it runs (-i shows
# the namespace afterwards), and keeps its loader, a SourceFileLoader named __main__.
import sys

main = sys.modules["__main__"]
print(__file__ == main.__loader__.path, __cached__, main.__spec__, main.__loader__.name)
