#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: Debian's Chromium, when it is missing.
# Playwright cannot download its own browsers here; it drives /usr/bin/chromium instead.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium found: $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null || echo "${CHROMIUM_PATH:-/usr/bin/chromium}")"
  exit 0
fi
echo "Installing Chromium from Debian's packages…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
chromium --version
