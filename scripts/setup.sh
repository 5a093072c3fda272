#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian/Ubuntu machine, then the npm packages:
# Debian's Chromium (Playwright drives it; its own browser download is not needed) and the Go 1.23
# toolchain (the conformance oracle, from bookworm-backports). Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
GO_BIN=/usr/lib/go-1.23/bin/go
apt_updated=""
apt_update() {
  if [ -z "$apt_updated" ]; then
    $SUDO apt-get update -qq
    apt_updated=1
  fi
}

if command -v apt-get >/dev/null 2>&1; then
  if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
    echo "setup: installing Debian's chromium"
    apt_update
    $SUDO apt-get install -y -qq chromium >/dev/null
  fi
  if [ ! -x "$GO_BIN" ] && [ -z "${GOSCHED_SKIP_GO:-}" ]; then
    if [ -f /etc/apt/sources.list.d/debian.sources ] && grep -q '^Suites:.*bookworm' /etc/apt/sources.list.d/debian.sources \
      && ! grep -q 'bookworm-backports' /etc/apt/sources.list.d/debian.sources; then
      echo "setup: adding the bookworm-backports suite for golang-1.23-go"
      $SUDO sed -i '0,/^Suites: bookworm\b.*/s//& bookworm-backports/' /etc/apt/sources.list.d/debian.sources
      apt_updated=""
    fi
    echo "setup: installing golang-1.23-go (the real-Go oracle for conformance tests)"
    apt_update
    $SUDO apt-get install -y -qq golang-1.23-go >/dev/null || echo "setup: golang-1.23-go unavailable; tests that rerun real Go will say they skipped"
  fi
else
  echo "setup: no apt-get here; install Chromium (or set CHROMIUM_PATH) and Go 1.23 yourself (see README)"
fi

npm ci --no-audit --no-fund
