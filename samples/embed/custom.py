# The host's customization code, version 1 (drive.sh's edits are custom_v2.py etc.).
import game

calls = 0  # module state: a reload runs this again


def on_tick(n):
    global calls
    calls += 1
    return f"v1 call {calls}, score={game.add_score(1)}"


def announce(n):
    return f"v1 announces tick {n}"


# The host keeps what is registered and calls it every tick. A reload runs this file
# again in the same namespace, where `registered` is still set, so the host keeps the
# first announce, which a patching reload gives each new version's code.
if "registered" not in globals():
    game.every_tick(announce)
    registered = True
