"""Assembles system.json for report.py from the files bench/run.sh left in its work directory:
machine and versions, load average, and the process-level targets (startup, solve, check, grade).
A figure whose file is missing is reported as pending with the reason run.sh wrote, never as met.

Usage: system.py WORKDIR > system.json
"""
import json
import os
import platform
import subprocess
import sys
import time


def read_json(workdir, name):
    path = os.path.join(workdir, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def read_text(workdir, name, default=""):
    path = os.path.join(workdir, name)
    return open(path).read().strip() if os.path.exists(path) else default


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
        with open("/proc/meminfo") as f:
            kb = int(next(l.split()[1] for l in f if l.startswith("MemTotal")))
        mem = f"{kb / 1024 / 1024:.0f} GB"
    except OSError:
        mem = "?"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "os": f"{platform.system()} {platform.release()}"}


def startup_target(w):
    cli, empty = read_json(w, "startup-cli.json"), read_json(w, "startup-empty.json")
    mode = read_text(w, "startup-mode.txt", "?")
    if not cli or not empty:
        return {"target": "startup within 5× an empty .NET program", "measured": "no figures", "status": "pending"}
    r = cli["median_s"] / empty["median_s"]
    return {"target": "startup within 5× an empty .NET program",
            "measured": f"{cli['median_s'] * 1e3:.0f} ms vs {empty['median_s'] * 1e3:.0f} ms = {r:.1f}× ({mode})",
            "status": "met" if r <= 5 else "NOT met"}


def solve_targets(w):
    mem, ours, ref = read_json(w, "solve-mem.json"), read_json(w, "solve-time.json"), read_json(w, "sympy-solve.json")
    why = read_text(w, "pending-solve.txt", "solve was not measured")
    rows = []
    if ours and ref:
        r = ref["median_s"] / ours["median_s"]
        rows.append({"target": "solve ≥ 50× SymPy", "measured": f"{ours['median_s']:.2f} s vs SymPy {ref['median_s']:.2f} s = {r:.1f}×",
                     "status": "met" if r >= 50 else "NOT met"})
    else:
        rows.append({"target": "solve ≥ 50× SymPy", "measured": "—", "status": f"pending: {read_text(w, 'pending-solve-sympy.txt', why)}"})
    if mem and mem.get("peak_mb") is not None and mem.get("exit") == 0:
        rows.append({"target": "peak memory of solve < 150 MB", "measured": f"{mem['peak_mb']:.0f} MB ({mem['method']})",
                     "status": "met" if mem["peak_mb"] < 150 else "NOT met"})
    else:
        detail = f"solve exited {mem['exit']}: {' / '.join(mem.get('stderr_head', []))}" if mem else why
        rows.append({"target": "peak memory of solve < 150 MB", "measured": "—", "status": f"pending: {detail}"})
    return rows


def check_grade_targets(w):
    check, ref, grade = read_json(w, "check.json"), read_json(w, "sympy-check.json"), read_json(w, "grade.json")
    rows = []
    if check:
        rate = check["steps"] / check["seconds"]
        rows.append({"target": "check ≥ 1000 steps/s", "measured": f"{rate:,.0f} steps/s ({check['steps']} steps)",
                     "status": "met" if rate >= 1000 else "NOT met"})
        if ref:
            r = (ref["seconds"] / ref["steps"]) / (check["seconds"] / check["steps"])
            rows.append({"target": "check ≥ 50× SymPy per step", "measured": f"{r:.1f}×", "status": "met" if r >= 50 else "NOT met"})
    for target in (["check ≥ 1000 steps/s", "check ≥ 50× SymPy per step"][len(rows):]):
        rows.append({"target": target, "measured": "—", "status": f"pending: {read_text(w, 'pending-check.txt', 'check was not measured')}"})
    if grade:
        rows.append({"target": "grade 500 submissions < 5 s", "measured": f"{grade['seconds']:.2f} s for {grade['submissions']}",
                     "status": "met" if grade["seconds"] < 5 and grade["submissions"] >= 500 else "NOT met"})
    else:
        rows.append({"target": "grade 500 submissions < 5 s", "measured": "—", "status": f"pending: {read_text(w, 'pending-grade.txt', 'grade was not measured')}"})
    return rows


def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


def main():
    w = sys.argv[1]
    import sympy
    system = {
        "date": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
        "machine": machine(),
        "load": read_text(w, "load.txt", "?"),
        "dotnet": version(["dotnet", "--version"]),
        "sympy": f"SymPy {sympy.__version__}",
        "python": platform.python_version(),
        "targets": [startup_target(w), *solve_targets(w), *check_grade_targets(w)],
        "pending": [l for l in read_text(w, "pending.txt").splitlines() if l.strip()],
    }
    json.dump(system, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
