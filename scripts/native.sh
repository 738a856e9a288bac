#!/usr/bin/env bash
# Publishes ift6135-sym as a native executable (NativeAOT, linux-x64) into out/native/, once, and
# again only when a source file is newer than the binary. Prints the binary's path on stdout.
# The AOT compiler needs clang and zlib: installed with apt-get when missing. Exits 1, with the
# reason on stderr, when the native build is not possible here (the caller then falls back to the JIT).
set -euo pipefail
cd "$(dirname "$0")/.."
out=out/native
bin=$out/ift6135-sym
stale=$( [[ -x $bin ]] && find src templates Directory.Build.props -type f -newer "$bin" \
  -not -path '*/bin/*' -not -path '*/obj/*' -print -quit || echo missing)
if [[ -z $stale ]]; then echo "$bin"; exit 0; fi

# clang or a versioned clang-N (Debian's clang-14 package alone has no unversioned link): the ILCompiler takes either.
has_clang() { command -v clang >/dev/null 2>&1 || compgen -c clang- | grep -qE '^clang-[0-9]+$'; }
if ! has_clang || ! [[ -e /usr/include/zlib.h ]]; then
  echo "native: installing the AOT toolchain (clang, zlib1g-dev)" >&2
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends clang zlib1g-dev; } >/dev/null 2>&1 ||
    { echo "native: cannot install clang and zlib1g-dev (needed by NativeAOT)" >&2; exit 1; }
fi
echo "native: publishing $bin (NativeAOT, a few minutes the first time)" >&2
log=$(mktemp)
if ! dotnet publish src/Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out" -nologo -v quiet > "$log" 2>&1; then
  echo "native: dotnet publish failed:" >&2; grep -E "error|warning" "$log" | head -20 >&2; rm -f "$log"; exit 1
fi
rm -f "$log"
touch "$bin"
echo "$bin"
