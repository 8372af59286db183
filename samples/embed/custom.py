# The host's customization code, version 1 (drive.sh's edits are custom_v2.py etc.).
import game

calls = 0  # module state: a reload runs this again


def on_tick(n):
    global calls
    calls += 1
    return f"v1 call {calls}, score={game.add_score(1)}"
