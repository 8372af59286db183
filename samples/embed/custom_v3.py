# Version 3, after the fix: fails at run time on odd ticks, which the host reports.
import game


def on_tick(n):
    if n % 2:
        raise ValueError(f"odd tick {n}")
    return f"v3 score={game.add_score(100)}"


def announce(n):
    return f"v3 announces tick {n}"


if "registered" not in globals():
    game.every_tick(announce)
    registered = True
