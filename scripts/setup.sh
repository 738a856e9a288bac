#!/usr/bin/env bash
# Installs what the project needs beyond the .NET SDK, once: TeX Live (the PDF), poppler (PDF
# text for tests), chktex, and SymPy (the independent oracle of the tests and the benchmarks).
# Idempotent: does nothing when everything is already there.
set -euo pipefail

need=()
command -v latexmk   >/dev/null 2>&1 || need+=(latexmk)
command -v pdflatex  >/dev/null 2>&1 || need+=(texlive-latex-recommended)
kpsewhich tikz.sty   >/dev/null 2>&1 || need+=(texlive-pictures)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v chktex    >/dev/null 2>&1 || need+=(chktex)
/usr/bin/python3 -c 'import sympy' >/dev/null 2>&1 || need+=(python3-sympy)

if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "setup: installing ${need[*]}" >&2
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
