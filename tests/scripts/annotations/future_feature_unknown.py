# An unknown future feature (and braces) is a SyntaxError naming it
from __future__ import annotations, spam
