#!/usr/bin/env bash
# The main job: installs the prerequisites, then writes out/solutions.tex and out/solutions.pdf.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet run --project src/Cli -c Release -- solve "$@"
