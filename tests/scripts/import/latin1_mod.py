# -*- coding: latin-1 -*-
def fail():
    return 1 / 0  # été
