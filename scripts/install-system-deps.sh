#!/usr/bin/env bash
# Installs what Maktab needs from the system, then gives the user access to receipt printers.
#   1. Debian/Ubuntu packages: Qt's runtime libraries, python3-venv, speech and sound for
#      the hall display, libusb for USB receipt printers.
#      With --test, also what `make test` alone needs (TEST_PKGS): Debian's chromium, which
#      the browser tests drive through Playwright (Playwright cannot download its own browser
#      here, and a kiosk or server installed with `make run` has no use for one); cage, whose
#      path the screen roles' systemd units start (`maktab install-service` installs it on
#      an office PC); nginx, which the scale-out test and benchmark start in front of the
#      central server's app processes (sync/server/deploy).
#   2. Printer access: a udev rule that gives the `lp` group the USB receipt printers
#      (USB class 7), and the user in the `lp` (USB, /dev/usb/lp*) and `dialout` (serial)
#      groups. The user is $MAKTAB_USER, else the one who ran sudo.
# Idempotent: does nothing when all is in place. As root it does it; otherwise it prints
# the exact commands (missing packages stop `make`; missing printer access is only said,
# since the default png printer needs none).
set -euo pipefail
PKGS=(python3-venv python3-pip libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3
      libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
      libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
      espeak-ng alsa-utils  # spoken calls and the chime on the hall display
      libusb-1.0-0)         # USB receipt printers (pyusb's backend)
TEST_PKGS=(chromium         # the back office's browser tests (tests/web, docs/testing.md)
           cage             # systemd-analyze verify of the screen units needs their ExecStart (tests/services)
           poppler-utils    # pdftotext and pdftoppm: the activity report's PDF read back (tests/reports)
           nginx)           # the central server's load balancer, run by tests/server/test_scale_out.py
UDEV_RULE=/etc/udev/rules.d/60-maktab-receipt-printers.rules
PRINTER_GROUPS=(lp dialout)
is_root() { [ "$(id -u)" -eq 0 ]; }

wanted=("${PKGS[@]}")
case "${1:-}" in
  --test) wanted+=("${TEST_PKGS[@]}") ;;
  "") ;;
  *) echo "usage: $0 [--test]   (--test: also the packages the tests need)" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if is_root; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Wait for another apt (unattended upgrades, a parallel install) instead of failing at once.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Maktab needs these system packages. Run:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# ---- receipt printers: the udev rule and the groups --------------------------------------
rule='# Maktab: USB receipt printers (interface class 7, printer) usable by the lp group through libusb.
# For a printer that reports a vendor-specific class, add a line with its ids (lsusb), e.g.
# SUBSYSTEM=="usb", ATTR{idVendor}=="0416", ATTR{idProduct}=="5011", MODE="0660", GROUP="lp"
SUBSYSTEM=="usb", ENV{DEVTYPE}=="usb_device", ENV{ID_USB_INTERFACES}=="*:07????:*", MODE="0660", GROUP="lp"'
user="${MAKTAB_USER:-${SUDO_USER:-$(id -un)}}"
needs_groups=()
if [ "$user" != root ] && id "$user" >/dev/null 2>&1; then
  for g in "${PRINTER_GROUPS[@]}"; do
    getent group "$g" >/dev/null 2>&1 || continue
    id -nG "$user" | tr ' ' '\n' | grep -qx "$g" || needs_groups+=("$g")
  done
fi
rule_missing=false
[ "$(cat "$UDEV_RULE" 2>/dev/null || true)" = "$rule" ] || rule_missing=true

if is_root; then
  if $rule_missing; then
    mkdir -p "$(dirname "$UDEV_RULE")"
    printf '%s\n' "$rule" > "$UDEV_RULE"
    echo "Installed $UDEV_RULE (USB receipt printers for the lp group)"
    if command -v udevadm >/dev/null 2>&1; then
      udevadm control --reload-rules 2>/dev/null && udevadm trigger --subsystem-match=usb 2>/dev/null || true
    fi
  fi
  if [ ${#needs_groups[@]} -gt 0 ]; then
    groups_csv="$(IFS=,; echo "${needs_groups[*]}")"
    usermod -aG "$groups_csv" "$user"
    echo "Added $user to the groups $groups_csv (receipt printers); it takes effect at the next login"
  fi
elif $rule_missing || [ ${#needs_groups[@]} -gt 0 ]; then
  echo "note: USB and serial receipt printers need printer access for $user; once, run: sudo $0" >&2
fi
