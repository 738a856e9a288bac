#!/usr/bin/env python3
"""SymPy oracle for the Ift6135.Sym tests: an independent judge of our engine's results.

Protocol: one JSON object per line on stdin, one JSON answer per line on stdout.
On start it prints {"ready": true, "sympy": VERSION} (or {"ready": false, "error": ...} when SymPy
cannot be imported). Each request has an "id", an "op", a "symbols" map (name -> assumption:
real, positive, nonnegative, negative, integer, complex) and the operands in SymPy syntax
(our InfixPrinter output with ^ as **); the answer is
{"id", "agree": bool, "method": how agreement was established, "sympy": SymPy's own result, "detail"}.

Agreement is established symbolically (structural, expand, simplify under a time limit) and only
then, when those cannot decide, numerically at random points of each symbol's domain with 30
significant digits; a numeric difference is always a disagreement, reported with the point.
"""
import json
import random
import signal
import sys

try:
    import sympy as sp
    from sympy.parsing.sympy_parser import parse_expr, standard_transformations
except Exception as exc:  # report, do not crash: the C# side turns this into a failing test
    print(json.dumps({"ready": False, "error": f"cannot import sympy: {exc}"}), flush=True)
    sys.exit(0)

SIMPLIFY_SECONDS = 8


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


signal.signal(signal.SIGALRM, _alarm)


def namespace(symbols):
    """The names an expression may use: our functions written in SymPy, and the declared symbols."""
    ns = {
        "sigmoid": lambda x: 1 / (1 + sp.exp(-x)),
        "logit": lambda x: sp.log(x / (1 - x)),
        "relu": lambda x: sp.Max(0, x),
        "heaviside": lambda x: sp.Heaviside(x),
        "sign": sp.sign, "abs": sp.Abs, "max": sp.Max, "min": sp.Min, "atan2": sp.atan2,
        "exp": sp.exp, "log": sp.log, "sqrt": sp.sqrt, "sin": sp.sin, "cos": sp.cos,
        "i": sp.I, "e": sp.E, "pi": sp.pi,
    }
    for name, kind in symbols.items():
        facts = {
            "real": {"real": True}, "positive": {"positive": True}, "nonnegative": {"nonnegative": True},
            "negative": {"negative": True}, "nonpositive": {"nonpositive": True}, "integer": {"integer": True},
            "complex": {},
        }[kind]
        ns[name] = sp.Symbol(name, **facts)
    return ns


def parse(text, ns):
    return parse_expr(text, local_dict=dict(ns), transformations=standard_transformations, evaluate=True)


def sample(symbols, ns, rng):
    point = {}
    for name, kind in symbols.items():
        if kind in ("positive",):
            v = rng.uniform(0.2, 2.5)
        elif kind == "nonnegative":
            v = rng.uniform(0.0, 2.5)
        elif kind == "negative":
            v = -rng.uniform(0.2, 2.5)
        elif kind == "nonpositive":
            v = -rng.uniform(0.0, 2.5)
        elif kind == "integer":
            v = rng.randint(-4, 4)
        else:
            v = rng.uniform(-2.5, 2.5)
        point[ns[name]] = sp.Float(v, 30) if kind != "integer" else sp.Integer(v)
    return point


def equal(a, b, symbols, ns):
    """(agree, method, detail) for a == b."""
    d = a - b
    if d == 0:
        return True, "structural", ""
    try:
        signal.alarm(SIMPLIFY_SECONDS)
        try:
            if sp.expand(d) == 0:
                return True, "expand", ""
            if sp.simplify(d) == 0:
                return True, "simplify", ""
        finally:
            signal.alarm(0)
    except Timeout:
        pass
    except Exception:
        pass
    return numeric_equal(a, b, symbols, ns)


def numeric_equal(a, b, symbols, ns):
    rng = random.Random(20261124)
    tried = 0
    for _ in range(40):
        point = sample(symbols, ns, rng)
        try:
            va = sp.N(a.subs(point), 30)
            vb = sp.N(b.subs(point), 30)
        except Exception:
            continue
        if not (va.is_number and vb.is_number) or va.has(sp.zoo, sp.nan, sp.oo) or vb.has(sp.zoo, sp.nan, sp.oo):
            continue
        tried += 1
        scale = 1 + abs(complex(va))
        if abs(complex(va - vb)) > 1e-15 * scale:
            shown = {str(k): float(v) for k, v in point.items()}
            return False, "numeric", f"differ at {shown}: ours {complex(vb)}, sympy {complex(va)}"
        if tried >= 6:
            return True, "numeric", "equal at 6 random points (30 digits); simplify could not prove it"
    return False, "none", "could not decide: no point where both sides evaluate"


def matrix(rows, ns):
    return sp.Matrix([[parse(c, ns) for c in r] for r in rows])


def multiset_equal(theirs, ours, symbols, ns):
    """Pairs each of our values with an equal, unused SymPy value; failing that, compares the
    multisets through their elementary symmetric functions (the coefficients of prod(t - v)), which
    decides equality even when the pairing changes with the point, as (x+y)/2 +- |x+y|/2 vs {x+y, 0}."""
    if len(theirs) != len(ours):
        return False, "count", f"sympy has {len(theirs)} values, ours {len(ours)}"
    unused = list(theirs)
    methods = set()
    for o in ours:
        for k, t in enumerate(unused):
            ok, method, _ = equal(t, o, symbols, ns)
            if ok:
                methods.add(method)
                del unused[k]
                break
        else:
            return symmetric_equal(theirs, ours, symbols, ns)
    return True, "+".join(sorted(methods)) or "structural", ""


def symmetric_equal(theirs, ours, symbols, ns):
    t = sp.Dummy("t")
    a = sp.Poly(sp.expand(sp.Mul(*[t - v for v in theirs])), t).all_coeffs()
    b = sp.Poly(sp.expand(sp.Mul(*[t - v for v in ours])), t).all_coeffs()
    methods = set()
    for k, (ca, cb) in enumerate(zip(a, b)):
        ok, method, detail = equal(ca, cb, symbols, ns)
        if not ok:
            return False, "multiset", f"no pairing of values, and symmetric function {k} differs: {detail}"
        methods.add(method)
    return True, "symmetric-functions(" + "+".join(sorted(methods)) + ")", ""


def answer(req):
    symbols = req.get("symbols", {})
    ns = namespace(symbols)
    op = req["op"]
    if op == "equal":
        theirs = parse(req["expected"], ns)
        ok, method, detail = equal(theirs, parse(req["ours"], ns), symbols, ns)
    elif op == "diff":
        theirs = parse(req["expr"], ns)
        for v in req["vars"]:
            theirs = sp.diff(theirs, ns[v])
        ok, method, detail = equal(theirs, parse(req["ours"], ns), symbols, ns)
    elif op == "expand":
        theirs = sp.expand(parse(req["expr"], ns))
        ours = parse(req["ours"], ns)
        ok, method, detail = equal(theirs, ours, symbols, ns)
        if ok and sp.expand(ours) != ours:  # equal but not multiplied out is not an expansion
            ok, method, detail = False, "not-expanded", f"ours is not fully expanded: sympy expands it to {sp.expand(ours)}"
    elif op == "det":
        theirs = matrix(req["matrix"], ns).det(method="berkowitz")
        ok, method, detail = equal(theirs, parse(req["ours"], ns), symbols, ns)
    elif op == "inverse":
        m = matrix(req["matrix"], ns)
        ours = matrix(req["ours"], ns)
        theirs = m.inv()
        ok, method, detail = True, "structural", ""
        methods = set()
        for (r, c), t in zip([(r, c) for r in range(m.rows) for c in range(m.cols)], theirs):
            ok, method, detail = equal(t, ours[r, c], symbols, ns)
            methods.add(method)
            if not ok:
                detail = f"entry [{r},{c}]: {detail}"
                break
        if ok:
            method = "+".join(sorted(methods))
    elif op == "charpoly":
        lam = ns[req["var"]]
        poly = matrix(req["matrix"], ns).charpoly(lam)
        # charpoly makes its own symbol of that name (without our real=True): put ours back.
        theirs = poly.as_expr().subs(poly.gens[0], lam)
        ok, method, detail = equal(theirs, parse(req["ours"], ns), symbols, ns)
    elif op == "eigenvals":
        vals = matrix(req["matrix"], ns).eigenvals()
        theirs = [v for v, k in vals.items() for _ in range(k)]
        ok, method, detail = multiset_equal(theirs, [parse(o, ns) for o in req["ours"]], symbols, ns)
    elif op == "roots":
        x = ns[req["var"]]
        poly = sp.Poly(parse(req["expr"], ns), x)
        rts = sp.roots(poly, multiple=True)
        theirs = rts
        ok, method, detail = multiset_equal(theirs, [parse(o, ns) for o in req["ours"]], symbols, ns)
    else:
        return {"id": req.get("id"), "agree": False, "method": "none", "sympy": "", "detail": f"unknown op {op}"}
    return {"id": req.get("id"), "agree": bool(ok), "method": method, "sympy": str(theirs), "detail": detail}


def main():
    print(json.dumps({"ready": True, "sympy": sp.__version__}), flush=True)
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            req = json.loads(line)
            out = answer(req)
        except Exception as exc:  # one bad case must not stop the run: report it as a disagreement
            out = {"id": None, "agree": False, "method": "error", "sympy": "", "detail": f"{type(exc).__name__}: {exc}"}
            try:
                out["id"] = json.loads(line).get("id")
            except Exception:
                pass
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
