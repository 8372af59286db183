# sys.exit("message") prints the message before the atexit handlers run; status 1
import atexit
import sys

atexit.register(lambda: sys.stderr.write("handler after the message\n"))
sys.exit("the message")
