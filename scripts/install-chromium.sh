#!/bin/sh
# Installs Debian's Chromium and its WebDriver for the browser tests (src/test/java/.../pages).
# Run by `./mvnw verify` before the browser tests (pom.xml, exec plugin); does nothing when both are present.
# Needs root (or sudo) and the Debian package mirror, as on CI.
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-chromium.sh: Chromium is missing and this user cannot install it; run as root: apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-cjk
