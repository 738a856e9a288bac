"""SymPy reference for `ift6135-sym check` on the step corpus: each step is decided the way a
SymPy-based checker (or STACK's answer tests) would: simplify(lhs - rhs) == 0 for an equation, or
lhs.equals(rhs) (two variants, timed separately); for an inequality the sign of simplify(lhs - rhs)
under the symbols' assumptions (is_positive, is_nonnegative ...). The corpus comes from our parser
(bench/corpus/steps.jsonl, written by the bench project's `corpus` command): SymPy cannot read
LaTeX here. Parsing the SymPy text is outside the timed region; a step is given STEP_LIMIT seconds.

Usage: check.py --corpus FILE [--reps N] [--smoke] --out FILE
"""
import argparse
import json
import os
import signal
import statistics
import sys
import time
from sympy.core.cache import clear_cache

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "Ift6135.Sym.Tests", "Oracle"))
from sympy_oracle import namespace, parse  # noqa: E402  (the oracle's names for our functions)
import sympy as sp  # noqa: E402

STEP_LIMIT = int(os.environ.get("BENCH_SYMPY_STEP_LIMIT", "20"))
SIGNS = {"<": "is_negative", "<=": "is_nonpositive", ">": "is_positive", ">=": "is_nonnegative"}


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def decide(kind, lhs, rhs, variant):
    """True (holds), False (fails) or None (SymPy cannot tell)."""
    if kind in ("=", "!="):
        holds = (lhs.equals(rhs) if variant == "equals" else sp.simplify(lhs - rhs) == 0)
        if holds is None:
            return None
        return holds if kind == "=" else (not holds if holds else None)
    return getattr(sp.simplify(lhs - rhs), SIGNS[kind])


def verdict(step, variant):
    answers = [decide(r["kind"], r["lhs"], r["rhs"], variant) for r in step["parsed"]]
    if any(a is False for a in answers):
        return "invalid"
    return "valid" if all(a is True for a in answers) else "unknown"


def run_pass(steps, variant):
    """One pass over the corpus: total wall seconds, total CPU seconds and the verdicts."""
    total, cpu, verdicts = 0.0, 0.0, []
    signal.signal(signal.SIGALRM, _alarm)
    for step in steps:
        clear_cache()  # a repeat must not only look the answer up
        start, cpu_start = time.perf_counter(), time.process_time()
        signal.alarm(STEP_LIMIT)
        try:
            v = verdict(step, variant)
        except Timeout:
            v = "timeout"
        except Exception:  # SymPy raising on a step is its answer "cannot tell"
            v = "unknown"
        finally:
            signal.alarm(0)
        total += time.perf_counter() - start
        cpu += time.process_time() - cpu_start
        verdicts.append(v)
    return total, cpu, verdicts


def load(path, smoke):
    steps = []
    with open(path) as f:
        for line in f:
            step = json.loads(line)
            ns = namespace(step["symbols"])
            try:
                step["parsed"] = [dict(r, lhs=parse(r["lhs"], ns), rhs=parse(r["rhs"], ns)) for r in step["relations"]]
            except Exception as e:
                step["parsed"], step["parse_error"] = None, str(e)
            steps.append(step)
    return steps[:12] if smoke else steps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    steps = load(a.corpus, a.smoke)
    readable = [s for s in steps if s["parsed"] is not None]
    rows = []
    for variant in ("simplify", "equals"):
        passes = [run_pass(readable, variant) for _ in range(1 if a.smoke else a.reps)]
        median = statistics.median(p[0] for p in passes)
        cpu = statistics.median(p[1] for p in passes)
        verdicts = passes[0][2]
        agree = sum(v == s["expected"] for v, s in zip(verdicts, readable))
        tally = ";".join(f"{k}={verdicts.count(k)}" for k in sorted(set(verdicts)))
        rows.append({"id": "check.corpus", "size": len(readable), "variant": variant, "median_s": median, "cpu_s": cpu, "reps": len(passes),
                     "fingerprint": tally, "error": None, "agree_expected": agree,
                     "unreadable": len(steps) - len(readable)})
        print(f"  sympy  check ({variant:<8}) {len(readable)} steps {median:8.2f} s  {len(readable) / median:8.1f} steps/s  "
              f"{tally}; agrees with the expected verdict on {agree}", file=sys.stderr)
    with open(a.out, "w") as f:
        json.dump({"engine": "sympy", "results": rows}, f, indent=2)


if __name__ == "__main__":
    main()
