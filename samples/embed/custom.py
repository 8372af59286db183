# The host's customization code, version 1 (the test's edits are custom_v2.py etc.).
import game


def on_tick(n):
    return f"v1 score={game.add_score(1)}"
