"""Process-level measurements for bench/run.sh, each printed as one JSON object.

  process.py startup --runs N -- CMD...   median wall time of N runs of CMD (exit code ignored)
  process.py peakmem -- CMD...            peak resident memory of CMD and its children, and its wall time
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time


def startup(runs, cmd):
    times = []
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # page cache warm-up
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return {"median_s": statistics.median(times), "runs": runs, "command": " ".join(cmd)}


def peakmem(cmd):
    """GNU time -v reports the maximum resident set size; without it, poll /proc (VmHWM) instead."""
    start = time.perf_counter()
    if shutil.which("/usr/bin/time") or os.path.exists("/usr/bin/time"):
        p = subprocess.run(["/usr/bin/time", "-v", *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
        own = p.stderr.split("\tCommand being timed")[0].strip().splitlines()[:3]
        return {"peak_mb": int(m.group(1)) / 1024 if m else None, "wall_s": wall, "exit": p.returncode,
                "method": "/usr/bin/time -v", "stderr_head": own, "command": " ".join(cmd)}
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while p.poll() is None:
        try:
            with open(f"/proc/{p.pid}/status") as f:
                m = re.search(r"VmHWM:\s+(\d+) kB", f.read())
                peak = max(peak, int(m.group(1)) if m else 0)
        except OSError:
            pass
        time.sleep(0.01)
    return {"peak_mb": peak / 1024, "wall_s": time.perf_counter() - start, "exit": p.returncode,
            "method": "/proc VmHWM polling", "command": " ".join(cmd)}


def main():
    args = sys.argv[1:]
    sep = args.index("--")
    opts, cmd = args[:sep], args[sep + 1:]
    if opts[0] == "startup":
        runs = int(opts[opts.index("--runs") + 1]) if "--runs" in opts else 20
        print(json.dumps(startup(runs, cmd)))
    elif opts[0] == "peakmem":
        print(json.dumps(peakmem(cmd)))
    else:
        sys.exit(f"unknown measurement {opts[0]}")


if __name__ == "__main__":
    main()
