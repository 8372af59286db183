# A mistyped module attribute: the closest module name is suggested.
import math
math.sqr(2)
