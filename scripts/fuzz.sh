#!/usr/bin/env bash
# Long fuzz run of the parsers and the checker: grammar-generated and mutated inputs, each under a
# time budget; any exception other than a parse error or a documented limit fails the run.
# Usage: scripts/fuzz.sh [iterations per fuzz test, default 20000]
set -euo pipefail
cd "$(dirname "$0")/.."
export FUZZ_ITERATIONS="${1:-20000}"
echo "fuzzing with FUZZ_ITERATIONS=$FUZZ_ITERATIONS"
dotnet test tests/Ift6135.Sym.Tests --filter "FullyQualifiedName~Ift6135.Sym.Tests.Hardening&FullyQualifiedName~Fuzz" \
  --logger "console;verbosity=normal"
