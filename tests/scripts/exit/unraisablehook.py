# sys.unraisablehook receives what cannot be raised (a __del__'s error, an atexit handler's) as UnraisableHookArgs; an error in the hook is itself reported; None or no hook prints the default report
import atexit
import sys

print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook)

class Failing:
    def __del__(self):
        raise ValueError("from __del__")
    def __repr__(self):
        return "<Failing>"

def hook(args):
    global hook_args
    hook_args = args
    print("hook:", type(args).__name__, type(args).__module__, len(args))
    print("  exc_type:", args.exc_type.__name__, "| exc_value:", repr(args.exc_value))
    print("  traceback:", type(args.exc_traceback).__name__, args.exc_traceback.tb_frame.f_code.co_name)
    print("  err_msg:", args.err_msg, "| object is __del__:", args.object is Failing.__del__)
    print("  fields:", args[0] is args.exc_type, args[3] is args.err_msg, tuple(args)[4] is args.object)

sys.unraisablehook = hook
Failing()

class BrokenHook:
    def __call__(self, args):
        raise KeyError("in the hook")
    def __repr__(self):
        return "<BrokenHook>"

class Capture:
    """sys.stderr for a while: the reports, with the address in a function's repr and the path hidden"""
    def __init__(self):
        self.text = ""
    def write(self, text):
        self.text += text
    def flush(self):
        pass
    def show(self):
        for line in self.text.splitlines():
            at = line.find(" at 0x")
            line = line.replace(__file__, "<this file>")
            print("stderr:", line if at < 0 else line[:at] + ">")

def default_reports(*hooks):
    for h in hooks:
        sys.stderr = capture = Capture()
        if h == "deleted":
            del sys.unraisablehook
        else:
            sys.unraisablehook = h
        Failing()
        sys.stderr = sys.__stderr__
        capture.show()

default_reports(BrokenHook(), None, "deleted", sys.__unraisablehook__)
sys.stderr = capture = Capture()
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print("TypeError:", e)
sys.__unraisablehook__(type(hook_args)((ValueError, ValueError(3), None, "custom message", 42)))
sys.__unraisablehook__(type(hook_args)((KeyError, None, None, None, None)))
sys.stderr = sys.__stderr__
capture.show()

def handler():
    raise OSError("from an atexit handler")

def exit_hook(args):
    print("exit hook:", args.err_msg, "|", args.exc_value, "| object is handler:", args.object is handler)

atexit.register(handler)
atexit.register(lambda: setattr(sys, "unraisablehook", exit_hook))
print("end of script")
