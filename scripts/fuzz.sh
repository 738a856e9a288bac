#!/usr/bin/env bash
# Long fuzz run of the parsers and the checker: grammar-generated infix and LaTeX, mutations of the
# checker's fixture corpus (step fixtures, sample document) and generated chains, each input under a
# time budget. Any exception other than a parse error or a documented limit is a crash, any input
# that ignores its budget a hang; both are saved in tests/Ift6135.Sym.Tests/Hardening/FuzzRegressions/
# (replayed by the test suite from then on). Prints the count, the crashes, the hangs and the rate.
# Usage: scripts/fuzz.sh [inputs, default 1000000] [seed, default 20261124]
#   Built in Release (FUZZ_CONFIGURATION to change; FUZZ_NO_BUILD=1 to reuse a build). The short CI
#   fuzz tests (the other *Fuzz* tests) are not repeated here: the campaign covers their inputs.
set -euo pipefail
cd "$(dirname "$0")/.."
inputs="${1:-1000000}"
export FUZZ_CAMPAIGN_INPUTS="$inputs"
export FUZZ_SEED="${2:-20261124}"
export FUZZ_LOG="${FUZZ_LOG:-$PWD/fuzz-$(date -u +%Y%m%dT%H%M%SZ).log}"
echo "fuzzing: $inputs campaign inputs, seed $FUZZ_SEED; progress in $FUZZ_LOG"
status=0
build=(); [[ "${FUZZ_NO_BUILD:-0}" == 1 ]] && build=(--no-build)
dotnet test tests/Ift6135.Sym.Tests -c "${FUZZ_CONFIGURATION:-Release}" "${build[@]}" --filter "FullyQualifiedName~Ift6135.Sym.Tests.Hardening.FuzzCampaignTests" \
  --logger "console;verbosity=normal" || status=$?
echo "--- campaign result"
grep -E '^(fuzz campaign|done|FAIL)' "$FUZZ_LOG" | tail -n 20 || true
exit "$status"
