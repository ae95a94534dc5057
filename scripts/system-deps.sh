#!/usr/bin/env bash
# Installs the Debian packages the portal can use: Chromium for browser tests, espeak-ng (its
# Vietnamese voice) for the captcha's audio alternative and the spoken articles, opus-tools to
# compress those, nginx-light for the test of
# deploy/nginx.conf, and Java for the Nu Html Checker. Then npm installs the page checkers pinned
# in tests/browser/tools (Lighthouse, vnu-jar). Best effort by default; with --strict (CI) a
# failure is fatal.
# --bench adds wrk, the benchmark's optional load generator; `make bench` works without it,
# with its own bounded client.
set -uo pipefail
strict=0
# opus-tools (opusenc) compresses the articles' spoken version ("Nghe bài") made with espeak-ng.
packages=(chromium espeak-ng fonts-noto-core nginx-light default-jre-headless opus-tools)
for arg in "$@"; do
  case "$arg" in
    --strict) strict=1 ;;
    --bench) packages+=(wrk) ;;
  esac
done
apt_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Note: cannot install ${missing[*]} (needs root and apt-get); browser tests and the audio captcha will be skipped." >&2
    return 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Installing nginx must not start a site-wide server on port 80: the benchmark starts its own.
  export RUNLEVEL=1
  if apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    return 0
  fi
  echo "Could not install ${missing[*]}." >&2
  return 1
}

# Lighthouse and the Nu Html Checker, at the versions package-lock.json pins; again only when
# the lock file changed since the last install.
page_checkers() {
  local tools
  tools="$(dirname "$0")/../tests/browser/tools"
  if [ -f "$tools/node_modules/.installed" ] && [ "$tools/node_modules/.installed" -nt "$tools/package-lock.json" ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "Note: npm is missing; the Lighthouse and HTML-validity tests will be skipped." >&2
    return 1
  fi
  echo "Installing the page checkers (npm ci in tests/browser/tools)"
  if (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    touch "$tools/node_modules/.installed"
    return 0
  fi
  echo "Could not install the page checkers with npm." >&2
  return 1
}

status=0
apt_packages || status=1
page_checkers || status=1
[ $strict = 1 ] && exit $status
exit 0
