#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Maktab needs (Qt's runtime libraries,
# python3-venv, fonts for fallback). Idempotent: does nothing when all are present.
# As root it runs apt-get; otherwise it prints the exact command to run.
set -euo pipefail
PKGS=(python3-venv python3-pip libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3
      libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
      libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
      espeak-ng alsa-utils)  # spoken calls and the chime on the hall display
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Maktab needs these system packages. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
