#!/usr/bin/env bash
# The test command: installs the prerequisites, then runs every test of the solution.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet test Ift6135.Sym.sln "$@"
