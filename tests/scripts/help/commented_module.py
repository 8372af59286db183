#!/usr/bin/env python3
#
# A module without a docstring: help() takes its leading comments.
# Second line of them.

LIMIT = 3


# The comment of a function without a docstring.
def helper():
    pass
