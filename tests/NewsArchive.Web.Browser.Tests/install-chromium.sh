#!/usr/bin/env sh
# Installs Debian's Chromium for the browser tests where it is missing: the tests drive the
# system's browser and never download one of their own. Run by `dotnet test` before these tests.
set -eu
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo"
else
  echo "The browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium' once." >&2
  exit 1
fi
echo "Installing Chromium for the browser tests (apt-get install chromium)..."
$as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq chromium >/dev/null
