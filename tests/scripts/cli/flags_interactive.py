# -i and -v are counted in sys.flags (the REPL after the script reads an empty stdin)
import sys
print(sys.flags.inspect, sys.flags.interactive, sys.flags.verbose, sys.flags.quiet)
