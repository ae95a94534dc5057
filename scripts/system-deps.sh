#!/usr/bin/env bash
# Installs the Debian packages the portal can use: Chromium for browser tests, espeak-ng (its
# Vietnamese voice) for the captcha's audio alternative and nginx-light for the test of
# deploy/nginx.conf. Best effort by default; with --strict (CI) a failure is fatal.
# --bench adds wrk, the benchmark's optional load generator; `make bench` works without it,
# with its own bounded client.
set -uo pipefail
strict=0
packages=(chromium espeak-ng fonts-noto-core nginx-light)
for arg in "$@"; do
  case "$arg" in
    --strict) strict=1 ;;
    --bench) packages+=(wrk) ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Note: cannot install ${missing[*]} (needs root and apt-get); browser tests and the audio captcha will be skipped." >&2
  [ $strict = 1 ] && exit 1
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Installing nginx must not start a site-wide server on port 80: the benchmark starts its own.
export RUNLEVEL=1
if apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  exit 0
fi
echo "Could not install ${missing[*]}." >&2
[ $strict = 1 ] && exit 1
exit 0
