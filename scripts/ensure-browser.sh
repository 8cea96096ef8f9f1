#!/usr/bin/env bash
# Installs the browsers the tests drive, from Debian, when they are missing.
# Usage: ensure-browser.sh [chromium] [firefox]   (default: chromium)
set -euo pipefail
want=("${@:-chromium}")
missing=()
for b in "${want[@]}"; do
  case "$b" in
    # chromium-l10n: without its language packs Chromium ignores LANGUAGE, and the tests
    # that run it in French or Dutch would see English.
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium)
              [ -f /usr/lib/chromium/locales/fr.pak ] || missing+=(chromium-l10n) ;;
    firefox) command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || missing+=(firefox-esr) ;;
    *) echo "ensure-browser: unknown browser '$b'" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "ensure-browser: installing ${missing[*]} from Debian…"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
echo "ensure-browser: installed ${missing[*]}"
