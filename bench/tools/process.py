"""Process-level measurements for bench/run.sh, each printed as one JSON object.

  process.py run --runs N [--label L] [--size N] -- CMD...
      runs CMD N times (after one untimed run that warms the page cache); reports the median wall
      time, the median CPU time (user + system, from the child's rusage: on a machine shared with
      other jobs the wall time also counts waiting for a core), the largest peak resident memory
      (ru_maxrss of the child, the kernel's own high-water mark) and the exit codes.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def run_once(cmd):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    err = p.stderr.read().decode(errors="replace").strip().splitlines()
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code, err[-1] if err else ""


def run(runs, cmd, label, size):
    run_once(cmd)  # warm-up: page cache, first-run costs
    samples = [run_once(cmd) for _ in range(runs)]
    return {"label": label, "size": size, "command": " ".join(cmd), "runs": runs,
            "median_s": statistics.median(s[0] for s in samples),
            "cpu_median_s": statistics.median(s[1] for s in samples),
            "peak_mb": max(s[2] for s in samples),
            "exit_codes": sorted({s[3] for s in samples}), "last_stderr": samples[-1][4]}


def main():
    args = sys.argv[1:]
    sep = args.index("--")
    opts, cmd = args[:sep], args[sep + 1:]
    if not opts or opts[0] != "run":
        sys.exit("usage: process.py run --runs N [--label L] [--size N] -- CMD...")
    runs = int(opts[opts.index("--runs") + 1]) if "--runs" in opts else 5
    label = opts[opts.index("--label") + 1] if "--label" in opts else cmd[0]
    size = int(opts[opts.index("--size") + 1]) if "--size" in opts else None
    print(json.dumps(run(runs, cmd, label, size)))


if __name__ == "__main__":
    main()
