# Version 4: the same size as version 3, so only its bytes tell the two apart here.
import game


def on_tick(n):
    if n % 2:
        raise ValueError(f"odd tick {n}")
    return f"v4 score={game.add_score(200)}"


def announce(n):
    return f"v4 announces tick {n}"


if "registered" not in globals():
    game.every_tick(announce)
    registered = True
