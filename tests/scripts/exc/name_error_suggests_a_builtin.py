# A mistyped builtin: "Did you mean" names it.
prnt("x")
