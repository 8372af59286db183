# A broken edit: it redefines on_tick and announce, then fails at its last line. The
# host's reload is transactional: version 2 stays, whole (a plain reload would leave
# these half-updated definitions in place).
import game


def on_tick(n):
    return "half-updated: never seen"


def announce(n):
    return "half-updated: never seen"


setup_level(3)
