# Version 2: more points a tick, and a line printed, which the host captures.
import game


def on_tick(n):
    print(f"tick {n} in version 2 of game {game.VERSION}")
    return f"v2 score={game.add_score(10)}"
