# Version 2: more points a tick, a line printed (which the host captures), and a new
# announce, which the callback the host stored runs from now on.
import game


def on_tick(n):
    print(f"tick {n} in version 2 of game {game.VERSION}")
    return f"v2 score={game.add_score(10)}"


def announce(n):
    return f"v2 announces tick {n}"


if "registered" not in globals():
    game.every_tick(announce)
    registered = True
