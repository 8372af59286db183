# Customization code for embed_host that reports where the host found stdlib/.
import pydoc


def on_tick(n):
    return pydoc.__file__
