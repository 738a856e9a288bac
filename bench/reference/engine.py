"""SymPy reference for the engine workloads of bench/Ift6135.Sym.Bench/Workloads: same ids, sizes,
inputs and fingerprints. Usage: engine.py [--smoke] [--filter TEXT] --out FILE
"""
import argparse
import math
import sys

import sympy as sp
from sympy.parsing.sympy_parser import parse_expr

from harness import measure, write

SMOKE = False


def real_symbols(prefix, n):
    return [sp.Symbol(f"{prefix}{i}", real=True) for i in range(n)]


def term_count(e):
    return f"terms={len(e.args) if isinstance(e, sp.Add) else 1}"


def factor_count(e):
    return f"factors={len(e.args) if isinstance(e, sp.Mul) else 1}"


# --- construction --------------------------------------------------------------------------
def construct_sum(n):
    x = real_symbols("x", 1000)
    terms = [sp.Integer(i % 7 + 1) * x[i % 1000] ** (i % 3 + 1) for i in range(n)]
    return lambda: sp.Add(*terms)


def construct_product(n):
    y = real_symbols("y", 500)
    factors = [y[i % 500] ** (i % 3 + 1) for i in range(n)]
    return lambda: sp.Mul(*factors)


# --- matrices ------------------------------------------------------------------------------
LAMBDA = sp.Symbol("lambda", real=True)


def triangular(k):
    d, x = real_symbols("d", k), real_symbols("x", 7)
    return sp.Matrix(k, k, lambda i, j: d[i] if i == j else (x[(i + j) % 7] if i > j else 0))


def dense(k):
    return sp.Matrix(k, k, lambda i, j: sp.Symbol(f"m{i}_{j}", real=True))


def rational(k):
    return sp.Matrix(k, k, lambda i, j: sp.Integer((7 * i + 3 * j + i * j) % 11 - 5))


def similar_to_diagonal(k):
    l = sp.Matrix(k, k, lambda i, j: 1 if i == j else ((i + 2 * j) % 3 - 1 if i > j else 0))
    u = sp.Matrix(k, k, lambda i, j: 1 if i == j else ((2 * i + j) % 3 - 1 if i < j else 0))
    p = l * u
    d = sp.diag(*[sp.Integer(i - k // 2) for i in range(k)])
    return p * d * p.inv()


def charpoly_at_two(e):
    return f"exact={e.subs({s: 2 for s in e.free_symbols})}"


def sorted_values(values):
    flat = sorted(v for v, mult in values.items() for _ in range(mult))
    return "values=" + ",".join(str(v) for v in flat)


# --- calculus ------------------------------------------------------------------------------
def sigmoid(x):
    return 1 / (1 + sp.exp(-x))


def logit(p):
    return sp.log(p / (1 - p))


def expand_trinomial(n):
    a, b, c = sp.symbols("a b c", real=True)
    power = (a + b + c) ** n
    return lambda: sp.expand(power)


def sigmoid_flow(n):
    z = sp.Symbol("z", real=True)
    w, a, b = real_symbols("w", n), real_symbols("a", n), real_symbols("b", n)
    flow = logit(sp.Add(*[w[i] * sigmoid(a[i] * z + b[i]) for i in range(n)]))
    point = {z: sp.Rational(3, 10)}
    for i in range(n):
        point.update({w[i]: sp.Rational(1, n + 1), a[i]: i % 3 + 1, b[i]: i % 5 - 2})
    return flow, z, point


def diff_sigmoid_flow(n):
    flow, z, _ = sigmoid_flow(n)
    return lambda: sp.diff(flow, z)


def at_point(n):
    _, _, point = sigmoid_flow(n)
    return lambda d: "value=" + format(float(d.evalf(30, subs=point)), ".9g")


# --- equivalence ---------------------------------------------------------------------------
def expanded_binomial(n):
    return " + ".join(f"{math.comb(n, k)}*a**{k}*b**{n - k}" for k in range(n + 1))


EQUIVALENCES = [  # same pairs as bench/Ift6135.Sym.Bench/Workloads/EquivalenceWorkloads.cs
    ("equiv.sigmoid_derivative", 1, "sigmoid(x)*(1 - sigmoid(x))", "exp(-x)/(1 + exp(-x))**2"),
    ("equiv.log_sigmoid", 1, "log(sigmoid(x))", "-log(1 + exp(-x))"),
    ("equiv.logit_sigmoid", 1, "logit(sigmoid(x))", "x"),
    ("equiv.binomial", 8, "(a + b)**8", expanded_binomial(8)),
    ("equiv.false_square", 2, "(a + b)**2", "a**2 + b**2"),
]


def equivalence(left, right, how):
    names = {n: sp.Symbol(n, real=True) for n in "abx"}
    names.update(sigmoid=sigmoid, logit=logit)
    l, r = parse_expr(left, local_dict=names), parse_expr(right, local_dict=names)
    if how == "simplify":  # the usual checker: simplify(lhs - rhs) == 0, anything else counts as wrong
        return lambda: "valid" if sp.simplify(l - r) == 0 else "invalid"
    return lambda: {True: "valid", False: "invalid", None: "unknown"}[l.equals(r)]


# --- parsing -------------------------------------------------------------------------------
def mixture_text(n):
    return " + ".join(f"w{i}*exp(-(a{i}*z + b{i})**2/2)/sqrt(2*pi)" for i in range(n))


def parse_infix(n):
    text = mixture_text(n)
    names = {f"{p}{i}": sp.Symbol(f"{p}{i}", real=True) for p in "wab" for i in range(n)}
    names["z"] = sp.Symbol("z", real=True)
    return lambda: parse_expr(text, local_dict=names)


def workloads(smoke):
    full = not smoke
    def sizes(f, s):
        return f if full else s
    w = []
    w += [("construct.sum", n, lambda n=n: construct_sum(n), term_count) for n in sizes([1000, 10000], [10])]
    w += [("construct.product", n, lambda n=n: construct_product(n), factor_count) for n in sizes([1000, 10000], [10])]
    w += [("det.triangular", k, lambda k=k: (lambda m=triangular(k): m.det()), factor_count) for k in sizes([10, 100, 1000], [3])]
    # Fingerprint after expansion (outside the timing): SymPy's 3x3 formula is not expanded.
    w += [("det.dense", k, lambda k=k: (lambda m=dense(k): m.det()), lambda e: term_count(sp.expand(e))) for k in sizes([3, 4, 5, 6, 7], [3])]
    w += [("charpoly.symbolic", k, lambda k=k: (lambda m=dense(k): m.charpoly(LAMBDA).as_expr()), lambda e: term_count(sp.expand(e))) for k in sizes([3, 4], [2])]
    w += [("charpoly.rational", k, lambda k=k: (lambda m=rational(k): m.charpoly(LAMBDA).as_expr()), charpoly_at_two) for k in sizes([6, 12, 24], [3])]
    w += [("eigen.rational", k, lambda k=k: (lambda m=similar_to_diagonal(k): m.eigenvals()), sorted_values) for k in sizes([4, 6, 8], [3])]
    w += [("eigen.symbolic", 2, lambda: (lambda m=dense(2): m.eigenvals()), lambda v: f"count={sum(v.values())}")]
    w += [("expand.trinomial", n, lambda n=n: expand_trinomial(n), term_count) for n in sizes([5, 10, 20, 30], [2])]
    w += [("diff.sigmoid_flow", n, lambda n=n: diff_sigmoid_flow(n), at_point(n)) for n in sizes([1, 10, 100], [2])]
    for how in ("simplify", "equals"):
        w += [(wid, size, lambda l=l, r=r, how=how: equivalence(l, r, how), lambda v: "verdict=" + v, how)
              for wid, size, l, r in EQUIVALENCES]
    w += [("parse.infix", n, lambda n=n: parse_infix(n), term_count) for n in sizes([10, 100, 1000], [2])]
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--filter")
    ap.add_argument("--key", help="exactly one ID/SIZE")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    sys.setrecursionlimit(100000)
    rows = []
    for wl in workloads(args.smoke):
        key = f"{wl[0]}/{wl[1]}"
        if (args.filter and args.filter not in key) or (args.key and args.key != key):
            continue
        row = measure(wl[:4], wl[4] if len(wl) > 4 else "sympy", args.smoke)
        ms = "      n/a   " if row["median_s"] is None else f"{row['median_s'] * 1e3:12.3f}"
        print(f"  {row['variant'][:6]:<6} {row['id']:<26} {row['size']:6}  {ms} ms  x{row['reps']:<3} {row['fingerprint']}"
              + (f"  ERROR {row['error']}" if row["error"] else ""), file=sys.stderr)
        rows.append(row)
    write(args.out, f"sympy {sp.__version__}", rows)


if __name__ == "__main__":
    main()
