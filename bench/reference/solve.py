"""SymPy reference for `ift6135-sym solve` without the PDF: the same derivations and the same
verifications of the 20 sub-questions, written as a SymPy notebook would write them (plain SymPy,
default parameters of src/Assignment). Nothing is printed to LaTeX; every verification must hold.

A symbolic identity is verified the way a SymPy user checks one: simplify(lhs - rhs) == 0, then
lhs.equals(rhs) if simplify leaves something; a sign by the assumptions system (is_positive ...).
The numeric cross-checks (Q3's amortization gap, Q4's Monte Carlo and quadrature, Q5's grids and
round trips) are done in plain Python floats with the same counts as ours.

Usage: solve.py [--reps N] [--smoke] --out FILE   (JSON rows solve.symbolic, solve.numeric, solve.total)
"""
import argparse
import json
import math
import random
import statistics
import sys
import time

import sympy as sp
from sympy.core.cache import clear_cache

CHECKS = []


def check(name, ok):
    CHECKS.append(name)
    if not ok:
        raise AssertionError(f"verification failed: {name}")


def same(name, lhs, rhs):
    """simplify(lhs - rhs) == 0, else lhs.equals(rhs), else expand_log(force) then simplify."""
    d = sp.simplify(lhs - rhs)
    ok = d == 0 or lhs.equals(rhs) is True or sp.simplify(sp.expand_log(d, force=True)) == 0
    check(name, ok)


def same_matrix(name, a, b):
    for i in range(a.rows):
        for j in range(a.cols):
            same(f"{name}[{i},{j}]", a[i, j], b[i, j])


# --- Q1: masked convolutions -----------------------------------------------------------------
GRID, TARGET = 5, (3, 4)
MASKS = {"A": lambda i, j: (i == 2 and j < 2) or i == 3, "B": lambda i, j: (i == 2 and j <= 2) or i == 3}
CASES = [("A", "A"), ("A", "B"), ("B", "A"), ("B", "B")]


def reads(mask, pixel, flipped=False):
    """Input pixels one output pixel reads: cross-correlation x(r+i-2, c+j-2), padding reads nothing."""
    r, c = pixel
    out = []
    for i in range(1, 4):
        for j in range(1, 4):
            if MASKS[mask](i, j):
                rr, cc = (r - i + 2, c - j + 2) if flipped else (r + i - 2, c + j - 2)
                if 1 <= rr <= GRID and 1 <= cc <= GRID:
                    out.append((rr, cc))
    return out


def field(case, pixel, flipped=False):
    level = [pixel]
    for mask in reversed(case):
        level = sorted({q for p in level for q in reads(mask, p, flipped)})
    return level


def run_layers(case, seed):
    rng = random.Random(seed)
    kernels = [[[rng.randint(1, 9) if MASKS[m](i, j) else 0 for j in range(1, 4)] for i in range(1, 4)] for m in case]
    seen = []
    for r in range(1, GRID + 1):
        for c in range(1, GRID + 1):
            x = [[1 if (rr, cc) == (r, c) else 0 for cc in range(1, GRID + 1)] for rr in range(1, GRID + 1)]
            for k in kernels:
                y = [[0] * GRID for _ in range(GRID)]
                for rr in range(1, GRID + 1):
                    for cc in range(1, GRID + 1):
                        y[rr - 1][cc - 1] = sum(k[i - 1][j - 1] * x[rr + i - 3][cc + j - 3]
                                                for i in range(1, 4) for j in range(1, 4)
                                                if 1 <= rr + i - 2 <= GRID and 1 <= cc + j - 2 <= GRID)
                x = y
            if x[TARGET[0] - 1][TARGET[1] - 1] != 0:
                seen.append((r, c))
    return seen


def orders():
    """The 8 scan orders: rows or columns first, each direction."""
    keys = []
    for rows_first in (True, False):
        for sr in (1, -1):
            for sc in (1, -1):
                keys.append(lambda p, rf=rows_first, a=sr, b=sc: (a * p[0], b * p[1]) if rf else (b * p[1], a * p[0]))
    return keys


def consistent_orders(case, flipped=False):
    pixels = [(r, c) for r in range(1, GRID + 1) for c in range(1, GRID + 1)]
    fields = [(p, field(case, p, flipped)) for p in pixels]
    return [k for k in orders() if all(k(q) < k(p) for p, f in fields for q in f)]


def q1():
    sizes = []
    for n, case in enumerate(CASES):
        f = field(case, TARGET)
        check(f"q1.{n + 1} propagation = running", f == run_layers(case, 6135 + n))
        consistent_orders(case)
        sizes.append(len(f))
    consistent_orders(CASES[0], flipped=True)
    return sizes


# --- Q2: change of variables -----------------------------------------------------------------
def std_normal(us):
    return (2 * sp.pi) ** sp.Rational(-len(us), 2) * sp.exp(-sum(u ** 2 for u in us) / 2)


def gaussian(mean, cov, z):
    c = z - mean
    quad = (c.T * cov.inv() * c)[0, 0]
    # factor: det(S S^T) expanded is not recognized as a square; a SymPy user factors it first.
    return (2 * sp.pi) ** sp.Rational(-cov.rows, 2) * sp.factor(cov.det()) ** sp.Rational(-1, 2) * sp.exp(-quad / 2)


def q2(k=3):
    mu = sp.Matrix([sp.Symbol(f"mu{i}", real=True) for i in range(1, k + 1)])
    sigma = sp.Matrix([sp.Symbol(f"sigma{i}", positive=True) for i in range(1, k + 1)])
    u = sp.Matrix([sp.Symbol(f"u{i}", real=True) for i in range(1, k + 1)])
    z = sp.Matrix([sp.Symbol(f"z{i}", real=True) for i in range(1, k + 1)])
    g = mu + sigma.multiply_elementwise(u)
    j = g.jacobian(u)
    check("q2.1 jacobian diagonal", j.is_diagonal())
    det = j.det()
    inv = sp.solve([sp.Eq(g[i], z[i]) for i in range(k)], list(u), dict=True)[0]
    density = std_normal(list(u)).subs(inv) / sp.Abs(det)
    target = gaussian(mu, sp.diag(*[s ** 2 for s in sigma]), z)
    same("q2.1 density", density, target)
    for n in range(1, 7):  # q2.2: the diagonal determinant is the product of the scales
        d = sp.diag(*[sp.Symbol(f"sigma{i}", positive=True) for i in range(1, n + 1)])
        same(f"q2.2 det K={n}", d.det(), sp.Mul(*[d[i, i] for i in range(n)]))
    # q2.3: K = 2, a general S
    s = sp.Matrix(2, 2, lambda r, c: sp.Symbol(f"S{r + 1}{c + 1}", real=True))
    mu2, u2, z2 = mu[:2, :], u[:2, :], z[:2, :]
    g2 = mu2 + s * u2
    same_matrix("q2.3 jacobian", g2.jacobian(u2), s)
    u_of_z = s.inv() * (z2 - mu2)
    density2 = std_normal(list(u2)).subs({u2[i]: u_of_z[i] for i in range(2)}) / sp.Abs(s.det())
    same("q2.3 density", density2, gaussian(mu2, s * s.T, z2))
    for n in range(1, 7):  # q2.4: lower-triangular determinant
        t = sp.Matrix(n, n, lambda r, c: 0 if c > r else sp.Symbol(f"S{r + 1}{c + 1}", positive=(r == c), real=True))
        check(f"q2.4 lower triangular K={n}", t.is_lower)
        same(f"q2.4 det K={n}", t.det(), sp.Mul(*[t[i, i] for i in range(n)]))
    return det


# --- Q3: amortized inference -----------------------------------------------------------------
def log_density(t, mean, var):
    return -sp.log(2 * sp.pi * var) / 2 - (t - mean) ** 2 / (2 * var)


def expectation(integrand, z, m, v):
    """E over z ~ N(m, v) of a polynomial in z (log terms are constants): moments 1, m, m^2 + v."""
    poly = sp.Poly(sp.expand(integrand), z)
    moments = [1, m, m ** 2 + v]
    return sum(c * moments[e[0]] for e, c in poly.terms())


def gaussian_kl(m, v, mu, s2):
    return (sp.log(s2 / v) + (v + (m - mu) ** 2) / s2 - 1) / 2


def q3_symbolic():
    x, z, w, b, m = sp.symbols("x z w b m", real=True)
    s, v, sig = sp.symbols("s v sigma", positive=True)
    mu = sp.Symbol("mu", real=True)
    # q3.1: the decomposition, definitions unfolded with positive densities
    post, ev, q = sp.symbols("p_post p_x q", positive=True)
    same("q3.1 log of the product", sp.expand_log(sp.log(post * ev)), sp.log(post) + sp.log(ev))
    same("q3.1 decomposition", sp.log(post) + sp.log(ev), sp.log(ev) - (sp.log(q) - sp.log(post)) - (-sp.log(q)))
    log_joint = log_density(z, 0, 1) + log_density(x, w * z + b, s ** 2)
    poly = sp.Poly(sp.expand(log_joint), z)
    c2, c1 = poly.coeff_monomial(z ** 2), poly.coeff_monomial(z)
    pv, pm = s ** 2 / (w ** 2 + s ** 2), w * (x - b) / (w ** 2 + s ** 2)
    same("q3 posterior variance", -1 / (2 * c2), pv)
    same("q3 posterior mean", c1 * (-1 / (2 * c2)), pm)
    log_evidence = log_density(x, b, w ** 2 + s ** 2)
    same("q3 factorization", log_joint, log_density(z, pm, pv) + log_evidence)
    log_q = log_density(z, m, v)
    same("q3 KL", expectation(log_q - log_density(z, mu, sig ** 2), z, m, v), gaussian_kl(m, v, mu, sig ** 2))
    entropy = sp.log(2 * sp.pi * sp.E * v) / 2
    same("q3 entropy", -expectation(log_q, z, m, v), entropy)
    same("q3 identity", expectation(log_joint, z, m, v), log_evidence - gaussian_kl(m, v, pm, pv) - entropy)
    # q3.2: the KL order chain (ELBO identity), and the shared-variance KL
    lpx, kl_a, kl_i = sp.symbols("logp KL_a KL_i", real=True)
    same("q3.2 ELBO identity", lpx - (lpx - kl_a), kl_a)
    same("q3.2 shared KL", gaussian_kl(m, v, pm, pv).subs(v, pv), (m - pm) ** 2 / (2 * pv))
    n, k = sp.symbols("n K", positive=True)
    same("q3.3 parameters", 2 * n * k, k * n * 2)


def gauss_legendre(f, lo, hi, panels):
    nodes = [0.0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640, 0.9061798459386640]
    weights = [0.5688888888888889, 0.4786286704993665, 0.4786286704993665, 0.2369268850561891, 0.2369268850561891]
    width, total = (hi - lo) / panels, 0.0
    for p in range(panels):
        mid = lo + (p + 0.5) * width
        total += 0.5 * width * sum(wk * f(mid + 0.5 * width * xk) for xk, wk in zip(nodes, weights))
    return total


def log_normal(t, mean, var):
    return -0.5 * math.log(2 * math.pi * var) - (t - mean) ** 2 / (2 * var)


def kl(m, v, mu, s2):
    return 0.5 * (math.log(s2 / v) + (v + (m - mu) ** 2) / s2 - 1)


def q3_numeric(wt=1.5, bias=0.0, noise=0.5, points=200, seed=3135):
    rng = random.Random(seed)
    s2 = noise ** 2 / (wt ** 2 + noise ** 2)
    xs, mus = [], []
    for _ in range(points):
        zz = rng.gauss(0, 1)
        logx = wt * zz + bias + noise * rng.gauss(0, 1)
        xs.append(math.exp(logx))
        mus.append(wt * (logx - bias) / (wt ** 2 + noise ** 2))
    mt, my = sum(xs) / points, sum(mus) / points
    a = sum((t - mt) * (y - my) for t, y in zip(xs, mus)) / sum((t - mt) ** 2 for t in xs)
    c = my - a * mt
    gaps = [kl(a * t + c, s2, mu, s2) for t, mu in zip(xs, mus)]
    total = lambda vv: sum(kl(a * t + c, vv, mu, s2) for t, mu in zip(xs, mus))
    check("q3.2 shared variance minimizes", total(s2) < total(0.9 * s2) and total(s2) < total(1.1 * s2))
    worst = 0.0
    for t, mu, gap in list(zip(xs, mus, gaps))[:5]:
        lj = lambda zz: log_normal(zz, 0, 1) + log_normal(math.log(t), wt * zz + bias, noise ** 2) - math.log(t)
        evidence = math.log(gauss_legendre(lambda zz: math.exp(lj(zz)), -12, 12, 800))
        sd = math.sqrt(s2)
        for mean in (a * t + c, mu):
            elbo = gauss_legendre(lambda zz: math.exp(log_normal(zz, mean, s2)) * (lj(zz) - log_normal(zz, mean, s2)),
                                  mean - 12 * sd, mean + 12 * sd, 800)
            expected = gap if mean != mu else 0.0
            worst = max(worst, abs(evidence - elbo - expected))
    check("q3.2 gap by quadrature", worst < 1e-6)
    check("q3.2 gap nonnegative", all(g >= 0 for g in gaps) and sum(gaps) > 0)


# --- Q4: importance-weighted bounds ----------------------------------------------------------
def q4_symbolic():
    p, q, big_w, k, w1 = sp.symbols("p q W K w_1", positive=True)
    refined = p / (big_w / k)
    same("q4.1 substitute", (refined / q * sp.log(p / refined)).subs(p, w1 * q), k * w1 / big_w * sp.log(big_w / k))
    j, kk = sp.symbols("j k", integer=True, positive=True)
    wf = sp.Function("w", positive=True)
    total = sp.Sum(wf(j), (j, 1, k))
    # SymPy does not identify sums that differ by the name of the index: rename it first.
    renamed = sp.Sum(wf(kk), (kk, 1, k)).xreplace({kk: j})
    same("q4.1 sums", renamed / total * sp.log(total / k), sp.log(total / k))
    same("q4.2 mass", renamed / total, sp.Integer(1))
    qk = sp.Symbol("q_K", positive=True)
    f = lambda t: -t * sp.log(t)
    same("q4.2 concave rewrite", qk / q * sp.log(p / qk), p / q * f(qk / p))
    same("q4.2 concave rewrite (refined)", refined / q * sp.log(p / refined), p / q * f(refined / p))
    t = sp.Symbol("t", positive=True)
    check("q4.2 f concave", sp.diff(f(t), t, 2).is_negative)


def q4_numeric(obs=1.0, wt=1.0, bias=0.0, noise=1.0, pm=-0.5, psd=1.5, counts=(1, 2, 3, 5, 10, 20, 50),
               refined=(1, 2, 5, 20), reps=20000, draws=2000, seed=4135):
    log_joint = lambda zz: log_normal(zz, 0, 1) + log_normal(obs, wt * zz + bias, noise ** 2)
    log_weight = lambda zz: log_joint(zz) - log_normal(zz, pm, psd ** 2)
    log_evidence = log_normal(obs, bias, wt ** 2 + noise ** 2)
    post_var, post_mean = noise ** 2 / (wt ** 2 + noise ** 2), wt * (obs - bias) / (wt ** 2 + noise ** 2)
    exact_l1 = log_evidence - kl(pm, psd ** 2, post_mean, post_var)
    bounds = {}
    for n, k in enumerate(counts):
        rng = random.Random(seed + n)
        vals = []
        reps_k = math.ceil(reps / math.sqrt(k))  # as Q4Parameters.ReplicatesAt: reps at K = 1, fewer at larger K
        for _ in range(reps_k):
            logs = [log_weight(rng.gauss(pm, psd)) for _ in range(k)]
            top = max(logs)
            vals.append(top + math.log(sum(math.exp(l - top) for l in logs) / k))
        mean = sum(vals) / reps_k
        bounds[k] = (mean, statistics.stdev(vals) / math.sqrt(reps_k))
    if 1 in bounds:
        check("q4.1 L_1 = closed form", abs(bounds[1][0] - exact_l1) <= 4 * bounds[1][1])
    check("q4.1 L_K <= log p(x)", all(m <= log_evidence + 3 * se for m, se in bounds.values()))
    ks = list(counts)
    check("q4.1 L_K increases", all(bounds[a][0] <= bounds[b][0] + 3 * math.hypot(bounds[a][1], bounds[b][1]) for a, b in zip(ks, ks[1:])))
    sd = max(psd, math.sqrt(post_var))
    lo, hi = min(pm, post_mean) - 12 * sd, max(pm, post_mean) + 12 * sd
    for n, k in enumerate(refined):
        rng = random.Random(seed + 1000 + n)
        sums = [sum(math.exp(log_weight(rng.gauss(pm, psd))) for _ in range(2, k + 1)) for _ in range(draws)]
        one = lambda zz, s: math.exp(log_joint(zz)) * k / (math.exp(log_weight(zz)) + s)
        masses = [gauss_legendre(lambda zz: one(zz, s), lo, hi, 300) for s in sums]
        norm = sum(masses) / draws

        def integrand(zz):
            dens = sum(one(zz, s) for s in sums) / draws / norm
            return 0.0 if dens <= 0 else dens * (log_joint(zz) - math.log(dens))
        elbo = gauss_legendre(integrand, lo, hi, 300)
        se = statistics.stdev(masses) / math.sqrt(draws) if draws > 1 else 0.0
        check(f"q4.2 mass K={k}", abs(norm - 1) <= max(4 * se, 1e-9))
        check(f"q4.2 L_1[q_K] <= log p(x) K={k}", elbo <= log_evidence + 1e-3)
        if k in bounds:
            check(f"q4.2 L_1[q_K] >= L_K K={k}", elbo >= bounds[k][0] - 3 * bounds[k][1] - 1e-3)


# --- Q5: invertibility of flows --------------------------------------------------------------
def q5(n=2):
    z = sp.Symbol("z", real=True)
    a, c = sp.symbols("a c", real=True)
    b = sp.Symbol("b", real=True, nonzero=True)
    g = lambda t: a * sp.Max(0, b * t + c)
    z1, z2 = (-1 - c) / b, (-2 - c) / b
    same("q5.1 distinct", z1 - z2, 1 / b)
    check("q5.1 nonzero", (1 / b).is_nonzero)
    check("q5.1 same output", sp.simplify(g(z1)) == 0 and sp.simplify(g(z2)) == 0)
    # q5.2
    w = [sp.Symbol(f"w{i}", positive=True) for i in range(1, n + 1)]
    al = [sp.Symbol(f"a{i}", positive=True) for i in range(1, n + 1)]
    be = [sp.Symbol(f"b{i}", real=True) for i in range(1, n + 1)]
    sig = lambda t: 1 / (1 + sp.exp(-t))
    parts = [sig(al[i] * z + be[i]) for i in range(n)]
    mix = sum(w[i] * parts[i] for i in range(n))
    gz = sp.log(mix / (1 - mix))
    check("q5.2 mixture > 0", mix.is_positive)
    rest = 1 - sum(w[:-1])  # the weights sum to one
    # 1 - sigma(t) written as sigma(-t), whose sign SymPy can read
    complement = sum(w[i] * sp.exp(-(al[i] * z + be[i])) / (1 + sp.exp(-(al[i] * z + be[i]))) for i in range(n))
    same("q5.2 1 - mixture", (1 - mix).subs(w[-1], rest), complement.subs(w[-1], rest))
    check("q5.2 mixture < 1", complement.is_positive)
    d = sp.diff(gz, z)
    slope = sp.diff(mix, z)
    same("q5.2 chain rule", d, slope / (mix * (1 - mix)))
    check("q5.2 slope > 0", slope.is_positive and (mix * complement).is_positive)
    rng = random.Random(52)
    raw = [rng.random() + 0.1 for _ in w]
    point = {}
    for i in range(n):
        point[w[i]] = raw[i] / sum(raw)
        point[al[i]] = rng.random() * 3 + 0.1
        point[be[i]] = rng.random() * 4 - 2
    gf = sp.lambdify(z, gz.subs(point), "math")
    values = [gf(k / 8) for k in range(-40, 41)]
    check("q5.2 increasing on a grid", all(y > x for x, y in zip(values, values[1:])))
    # q5.3
    f = sp.Function("f")(z)
    g3 = sp.diff(z + f, z)
    e = sp.Symbol("e", positive=True)
    check("q5.3 slope > 0", sp.simplify(g3.subs(sp.Derivative(f, z), -1 + e)).is_positive)
    # q5.4
    alpha, t = sp.symbols("alpha t", positive=True)  # beta = t - alpha >= -alpha, t >= 0 (t > 0 and the limit)
    beta = sp.Symbol("beta", real=True)
    r, dd = sp.symbols("r d", nonnegative=True)
    factor = lambda rad: 1 + beta / (alpha + rad)
    check("q5.4 factor >= 0", sp.simplify(factor(r).subs(beta, t - alpha)).is_nonnegative)
    radius = r * factor(r)
    slope4 = sp.diff(radius, r)
    num, den = sp.fraction(sp.together(slope4.subs(beta, t - alpha)))
    check("q5.4 slope >= 0", sp.expand(num).is_nonnegative and den.is_positive)
    quadratic = r ** 2 + (alpha + beta - dd) * r - alpha * dd
    same("q5.4 quadratic", sp.expand((radius - dd) * (alpha + r)), quadratic)
    roots = sp.solve(sp.Eq(quadratic, 0), r) or sp.solve(sp.Eq(quadratic.subs(r, sp.Symbol("rr")), 0), sp.Symbol("rr"))
    check("q5.4 two roots", len(roots) == 2)
    at = {alpha: 1.5, beta: -0.5, dd: 2}
    upper, lower = sorted(roots, key=lambda x: -float(x.subs(at)))
    same("q5.4 product", upper * lower, -alpha * dd)
    same("q5.4 root", quadratic.subs(r, upper), 0)
    rp = sp.Symbol("r", positive=True)
    check("q5.4 direction", sp.simplify((rp * factor(rp)).subs(beta, t - alpha)).is_positive)
    root_f = sp.lambdify((alpha, beta, dd), upper, "math")
    rng = random.Random(54)
    worst = 0.0
    for _ in range(20):
        av = rng.random() * 2 + 0.1
        bv = -av + rng.random() * 3
        z0 = [rng.random() * 2 - 1 for _ in range(3)]
        zz = [rng.random() * 4 - 2 for _ in range(3)]
        rz = math.dist(zz, z0)
        y = [p + bv / (av + rz) * (p - q) for p, q in zip(zz, z0)]
        rv = root_f(av, bv, math.dist(y, z0))
        scale = rv * (1 + bv / (av + rv))
        back = [q + rv * (p - q) / scale for p, q in zip(y, z0)]
        worst = max(worst, max(abs(p - q) for p, q in zip(back, zz)))
    check("q5.4 round trip", worst < 1e-9)


# --- Q6: GAN dynamics ------------------------------------------------------------------------
def q6():
    d, g = sp.symbols("d g", real=True)
    alpha = sp.Symbol("alpha", positive=True)
    lam = sp.Symbol("lambda")
    value = d * g
    vd, vg = sp.diff(value, d), sp.diff(value, g)
    dk, gk = sp.symbols("d_k g_k", real=True)
    at = lambda e, x, y: e.subs({d: x, g: y}, simultaneous=True)

    def step(kind, x, y):
        if kind == "simultaneous":
            return x + alpha * at(vd, x, y), y - alpha * at(vg, x, y)
        if kind == "alternating":
            xn = x + alpha * at(vd, x, y)
            return xn, y - alpha * at(vg, xn, y)
        xl, yl = step("simultaneous", x, y)
        return x + alpha * at(vd, xl, yl), y - alpha * at(vg, xl, yl)

    def matrix(kind):
        u = sp.Matrix(step(kind, dk, gk))
        return u.jacobian([dk, gk]), u

    a, update = matrix("simultaneous")
    same_matrix("q6.1 linear", update, a * sp.Matrix([dk, gk]))
    sol = sp.solve([vd, vg], [d, g], dict=True)
    check("q6.2 unique", len(sol) == 1)
    ds, gs = sol[0][d], sol[0][g]
    same_matrix("q6.2 fixed", sp.Matrix(step("simultaneous", ds, gs)), sp.Matrix([ds, gs]))
    hess = sp.hessian(value, (d, g))
    check("q6.2 saddle", sorted(hess.eigenvals()) == [-1, 1])
    p = a.charpoly(lam).as_expr()
    same("q6.3 charpoly", (lam * sp.eye(2) - a).det(), p)
    roots = sp.solve(p, lam)
    for n, root in enumerate(roots):
        same(f"q6.3 root {n + 1}", sp.expand(p.subs(lam, root)), 0)
    ev = a.eigenvals()
    check("q6.3 eigenvalues", sorted(map(str, ev)) == sorted(map(str, roots)) or all(any(sp.simplify(x - y) == 0 for y in roots) for x in ev))
    modulus = sp.simplify(sp.Abs(roots[0]))
    check("q6.3 modulus > 1", sp.simplify(modulus ** 2 - 1).is_positive)
    ata = a.T * a
    same_matrix("q6.3 ata", ata, ata[0, 0] * sp.eye(2))
    nxt = a * sp.Matrix([dk, gk])
    same("q6.3 norm", nxt[0] ** 2 + nxt[1] ** 2, ata[0, 0] * (dk ** 2 + gk ** 2))
    rate = sp.Rational(1, 10)
    x, y = sp.Integer(1), sp.Integer(0)
    factor = ata[0, 0].subs(alpha, rate)
    for _ in range(30):
        before = x * x + y * y
        x, y = [e.subs(alpha, rate) for e in step("simultaneous", x, y)]
        check("q6.3 exact iteration", x * x + y * y == factor * before)
    for kind in ("alternating", "extragradient"):
        m, _ = matrix(kind)
        poly = sp.Poly(m.charpoly(lam).as_expr(), lam)
        c0, c1 = poly.coeff_monomial(1), poly.coeff_monomial(lam)
        disc = sp.expand(c1 ** 2 - 4 * c0)
        negative = next((bnd for bnd in (None, 2, 1) if sp.Interval.open(0, bnd if bnd else sp.oo).is_subset(
            sp.solveset(disc < 0, alpha, sp.S.Reals))), "none")
        check(f"q6.3 {kind} discriminant negative", negative != "none")
        excess = sp.expand(c0 - 1)
        if excess != 0:  # the learning-rate bounds tried in order, from the discriminant's on
            tried = (None, 2, 1)[(None, 2, 1).index(negative):]
            decided = any(sp.Interval.open(0, bnd if bnd else sp.oo).is_subset(sp.solveset(rel, alpha, sp.S.Reals))
                          for bnd in tried for rel in (excess < 0, excess > 0))
            check(f"q6.3 {kind} modulus decided", decided)
    return roots


def symbolic():
    return q1(), q2(), q3_symbolic(), q4_symbolic(), q5(), q6()


def numeric():
    q3_numeric()
    q4_numeric()


def numeric_smoke():
    """Tiny counts: shows the numeric code runs (its checks may not hold at these sizes, so none is asserted)."""
    q3_numeric(points=20)
    try:
        q4_numeric(counts=(1, 2), refined=(2,), reps=50, draws=5)
    except AssertionError:
        pass


def timed(fn, reps):
    """Median wall and CPU time of reps calls (the machine is shared: wall time also counts waiting)."""
    times, cpus = [], []
    for _ in range(reps):
        clear_cache()  # otherwise a repeat only looks the answers up
        CHECKS.clear()
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(times), statistics.median(cpus), len(times), len(CHECKS)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--numeric-reps", type=int, default=1)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rows = []
    results = {}
    for name, fn, reps in (("solve.symbolic", symbolic, 1 if a.smoke else a.reps),
                           ("solve.numeric", numeric_smoke if a.smoke else numeric, 1 if a.smoke else a.numeric_reps)):
        row = {"id": name, "size": 20, "variant": "sympy", "median_s": None, "reps": 0, "fingerprint": "", "error": None}
        try:
            median, cpu, reps_done, checks = timed(fn, reps)
            row.update(median_s=median, cpu_s=cpu, reps=reps_done, fingerprint=f"checks={checks}")
            results[name] = (median, cpu)
        except Exception as e:  # a failed verification is a finding to print
            row["error"] = f"{type(e).__name__}: {e}"
        rows.append(row)
        print(f"  sympy  {name:<16} {row['median_s'] or float('nan'):10.3f} s  x{row['reps']} {row['fingerprint']} {row['error'] or ''}", file=sys.stderr)
    total = sum(w for w, _ in results.values()) if len(results) == 2 else None
    cpu = sum(c for _, c in results.values()) if len(results) == 2 else None
    rows.append({"id": "solve.total", "size": 20, "variant": "sympy", "median_s": total, "cpu_s": cpu, "reps": min(r["reps"] for r in rows),
                 "fingerprint": "", "error": None if total else "a part failed"})
    with open(a.out, "w") as f:
        json.dump({"engine": "sympy", "results": rows}, f, indent=2)


if __name__ == "__main__":
    main()
