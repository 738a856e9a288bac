"""Puts our measurements and SymPy's side by side, prints medians, ratios, fingerprint agreement,
fitted scaling exponents and the targets, and regenerates the generated part of bench/README.md.

Usage: report.py --ours ours.json --sympy sympy.json --system system.json [--readme README.md]
Every figure comes from the JSON files of one run of bench/run.sh; nothing here is typed by hand.
"""
import argparse
import json
import math
import sys

BEGIN, END = "<!-- BEGIN GENERATED (bench/run.sh) -->", "<!-- END GENERATED -->"

# Sizes over which a scaling exponent is fitted (time ~ size^p, least squares in log-log).
SCALING = {"det.triangular": "K", "check.steps": "steps", "grade.submissions": "submissions"}
LINEAR = 1.25  # a fitted exponent up to this counts as linear (noise on a shared machine)


def load(path):
    with open(path) as f:
        return json.load(f)


def merged(paths):
    """One engine's results from several files (run.sh runs one workload per process)."""
    files = [load(p) for p in paths]
    return {"engine": files[0]["engine"] if files else "?", "results": [r for f in files for r in f["results"]]}


def fmt_time(s):
    if s is None:
        return "n/a"
    if s >= 1:
        return f"{s:.2f} s"
    if s >= 1e-3:
        return f"{s * 1e3:.2f} ms"
    return f"{s * 1e6:.1f} µs"


def fit_exponent(points):
    """Least-squares slope of log(time) against log(size)."""
    pts = [(math.log(n), math.log(t)) for n, t in points if t and t > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return None if sxx == 0 else sum((x - mx) * (y - my) for x, y in pts) / sxx


def comparison_rows(ours, ref):
    by_key = {}
    for r in ref["results"]:
        by_key.setdefault((r["id"], r["size"]), []).append(r)
    rows = []
    for o in ours["results"]:
        refs = by_key.get((o["id"], o["size"]), [])
        if not refs:
            rows.append((o, None))
        for r in refs:
            rows.append((o, r))
    return rows


def ratio(o, r):
    if r is None or o["median_s"] is None or r["median_s"] is None or o["median_s"] <= 0:
        return None
    return r["median_s"] / o["median_s"]


def agreement(o, r):
    if r is None or r["error"] or o["error"]:
        return "—"
    return "yes" if o["fingerprint"] == r["fingerprint"] else f"NO ({o['fingerprint']} vs {r['fingerprint']})"


def table(rows):
    lines = ["| target | size | ours (median) | SymPy (median) | SymPy / ours | same result | notes |",
             "| --- | ---: | ---: | ---: | ---: | --- | --- |"]
    for o, r in rows:
        x = ratio(o, r)
        notes = "; ".join(filter(None, [o.get("error") and f"ours: {o['error']}",
                                        r and r.get("error") and f"SymPy: {r['error']}",
                                        r and r["variant"] not in ("sympy", "engine") and f"SymPy via {r['variant']}"]))
        lines.append(f"| {o['id']} | {o['size']} | {fmt_time(o['median_s'])} ×{o['reps']} | "
                     f"{fmt_time(r['median_s']) + ' ×' + str(r['reps']) if r else 'no reference'} | "
                     f"{'n/a' if x is None else f'{x:,.1f}×'} | {agreement(o, r)} | {notes.replace('|', '/')} |")
    return lines


def exponents(results):
    out = {}
    for wid in SCALING:
        pts = [(r["size"], r["median_s"]) for r in results if r["id"] == wid and r["median_s"]]
        if len(pts) >= 2:
            out[wid] = (fit_exponent(pts), sorted(p[0] for p in pts))
    return out


def targets(rows, system, exps):
    """Each target of issue 6 with its measured figure; a missing figure says pending, never met."""
    lines = ["| target | measured | status |", "| --- | --- | --- |"]
    for t in system.get("targets", []):
        lines.append(f"| {t['target']} | {t['measured']} | {t['status']} |")
    for wid, what in (("det.triangular", "triangular determinant linear in K"),
                      ("check.steps", "check time linear in the number of steps"),
                      ("grade.submissions", "grade time linear in the number of submissions")):
        e = exps.get(wid)
        if e and e[0] is not None:
            status = "met" if e[0] <= LINEAR else "NOT met"
            lines.append(f"| {what} | time ∝ {SCALING[wid]}^{e[0]:.2f} over {SCALING[wid]} = {', '.join(map(str, e[1]))} | {status} |")
        else:
            lines.append(f"| {what} | no figures | pending |")
    return lines


def machine(system):
    m = system.get("machine", {})
    return [f"- Date (UTC): {system.get('date', '?')}",
            f"- Machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('memory', '?')} RAM, {m.get('os', '?')}",
            f"- Ours: .NET {system.get('dotnet', '?')}, Release; reference: {system.get('sympy', '?')} on Python {system.get('python', '?')}",
            f"- Load average (1, 5, 15 min) at start and end: {system.get('load', '?')}",
            f"- Method: warm-up call, then call-by-call timing (≥ 3 calls, more within 1.5 s, ≤ 30); medians. "
            f"SymPy's cache is cleared before each call. The machine is shared, so figures are noisy: "
            f"process figures give the median wall time and, beside it, the CPU time (user + system) of the process."]


def render(ours, ref, system):
    rows = comparison_rows(ours, ref)
    exps = exponents(ours["results"] + system.get("extra_results", []))
    out = ["## Latest figures", ""] + machine(system) + ["", "### Targets", ""] + targets(rows, system, exps)
    out += ["", "### Engine work, side by side", ""] + table(rows)
    if exps:
        out += ["", "### Scaling", ""]
        for wid, (p, sizes) in exps.items():
            out.append(f"- {wid}: time ∝ {SCALING[wid]}^{p:.2f} (least squares over {', '.join(map(str, sizes))})")
    pending = system.get("pending", [])
    if pending:
        out += ["", "### Pending (not measured in this run)", ""] + [f"- {p}" for p in pending]
    return out


def regenerate(readme_path, lines):
    with open(readme_path) as f:
        text = f.read()
    if BEGIN not in text or END not in text:
        sys.exit(f"{readme_path}: markers {BEGIN} / {END} not found; not rewriting it")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(readme_path, "w") as f:
        f.write(head + BEGIN + "\n" + "\n".join(lines) + "\n" + END + tail)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ours", required=True, nargs="+")
    ap.add_argument("--sympy", required=True, nargs="+")
    ap.add_argument("--system", required=True)
    ap.add_argument("--readme")
    a = ap.parse_args()
    lines = render(merged(a.ours), merged(a.sympy), load(a.system))
    print("\n".join(lines))
    if a.readme:
        regenerate(a.readme, lines)


if __name__ == "__main__":
    main()
