# cmath: every function on a few values, phase/polar/rect, isclose, constants, and CPython's errors
import cmath, math
vals = [1+2j, -1-1j, 0.5j, 2, -3.0, 1e-3+4j]
for f in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    out = []
    for v in vals:
        try:
            r = getattr(cmath, f)(v)
            out.append('%.12g%+.12gj' % (r.real, r.imag))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(f, out)
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(1+1j), cmath.rect(2, 0), cmath.rect(1, math.pi/2).real < 1e-15)
print(cmath.log(8, 2), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isfinite(1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.sqrt('a'), lambda: cmath.log(1, 1), lambda: cmath.isclose(1, 2, rel_tol=-1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
