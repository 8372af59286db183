# sys.exit raises SystemExit: finally blocks run, handlers can catch it and read .code.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("code is the message:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
try:
    sys.exit(1)
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException:
    print("caught as BaseException")
def leave():
    try:
        sys.exit(4)
    finally:
        print("finally ran before exiting")
leave()
