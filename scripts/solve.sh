#!/usr/bin/env bash
# The main job: installs the prerequisites, builds the native command (NativeAOT) once, then writes
# out/solutions.tex and out/solutions.pdf. Arguments go to `solve` (e.g. --params my.json --no-pdf).
# Without a native toolchain it says so and runs the same command on the JIT (dotnet run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if bin=$(bash scripts/native.sh); then
  exec "$bin" solve "$@"
fi
echo "solve.sh: the native build is not available here; running on the JIT instead" >&2
dotnet run --project src/Cli -c Release -- solve "$@"
