# signal handlers: Python handlers run at the next statement, SIG_IGN/SIG_DFL, default_int_handler, errors, itimer, enums
import signal
print(signal.SIGINT, repr(signal.SIGTERM), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.Handlers.SIG_IGN)
got = []
old = signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1) is not None)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is not None)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KI', repr(e))
try: signal.signal(99, signal.SIG_DFL)
except ValueError as e: print(e)
try: signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e: print(e)
try: signal.signal(signal.SIGUSR2, 5)
except TypeError as e: print(e)
def h(s, f): raise RuntimeError('from handler %d' % s)
signal.signal(signal.SIGALRM, h)
try:
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    while True: pass
except RuntimeError as e: print(e)
print(signal.strsignal(signal.SIGTERM), len(signal.valid_signals()) > 30, signal.Signals(2).name)
