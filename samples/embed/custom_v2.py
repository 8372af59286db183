# Version 2: more points a tick, and a message through the host.
import game


def on_tick(n):
    game.log(f"tick {n} in version 2 of game {game.VERSION}")
    return f"v2 score={game.add_score(10)}"
