"""Call-by-call timing with the same rule as the C# runner (bench/Ift6135.Sym.Bench/Harness):
a warm-up call, then at least MIN_REPS timed calls, more while BUDGET_S lasts, at most MAX_REPS;
a call slower than SLOW_CALL_S is timed once; the median is reported.

SymPy caches results (sympy.core.cache), so a repeated call would only look the answer up: the
cache is cleared before every call, outside the timed region. A call that runs past TIMEOUT_S is
abandoned (SIGALRM) and reported as a timeout rather than blocking the whole run.
"""
import json
import os
import signal
import statistics
import time

from sympy.core.cache import clear_cache

MIN_REPS, MAX_REPS, BUDGET_S, SLOW_CALL_S = 3, 30, 1.5, 10.0
TIMEOUT_S = int(os.environ.get("BENCH_SYMPY_CALL_LIMIT", "120"))


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def _time_once(run):
    clear_cache()
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIMEOUT_S)
    try:
        start = time.perf_counter()
        result = run()
        return time.perf_counter() - start, result
    finally:
        signal.alarm(0)


def measure(workload, variant, smoke=False):
    """workload: (id, size, prepare, fingerprint); prepare() -> run, a callable timed alone."""
    wid, size, prepare, fingerprint = workload
    row = {"id": wid, "size": size, "variant": variant, "median_s": None, "reps": 0, "fingerprint": "", "error": None}
    try:
        run = prepare()
        warm, result = _time_once(run)
        times, spent = [], 0.0
        min_reps, max_reps, budget = (1, 1, 0.0) if smoke else (MIN_REPS, MAX_REPS, BUDGET_S)
        while len(times) < max_reps and (len(times) < min_reps or spent < budget):
            if warm > SLOW_CALL_S and times:
                break
            t, result = _time_once(run)
            times.append(t)
            spent += t
        row.update(median_s=statistics.median(times), reps=len(times), fingerprint=fingerprint(result))
    except Timeout:
        row["error"] = f"timeout: one call took more than {TIMEOUT_S} s"
    except Exception as e:  # a failing workload is a finding to print, not a reason to lose the rest
        row["error"] = f"{type(e).__name__}: {e}"
    return row


def write(path, engine, rows):
    with open(path, "w") as f:
        json.dump({"engine": engine, "results": rows}, f, indent=2)
