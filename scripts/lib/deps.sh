# shellcheck shell=bash
# Shared by scripts/run and scripts/test: the Debian 12 packages the build and the tests
# need (see recipes.md; clang and its runtimes build the sanitized suite and the fuzzers),
# and a check that installs the missing ones.

MDESK_APT_PACKAGES=(
  cmake g++ ninja-build clang libclang-rt-14-dev
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-networkauth-dev
  qtkeychain-qt6-dev libsecret-1-0
  libxkbcommon-dev libgl1-mesa-dev
  gnome-keyring dbus-daemon xvfb xauth
  appstream desktop-file-utils
  curl libsqlite3-dev
)

# Prints the packages of MDESK_APT_PACKAGES that dpkg does not list as installed.
mdesk_missing_packages() {
  local package status
  for package in "${MDESK_APT_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
      printf '%s\n' "$package"
    fi
  done
}

# Installs missing packages: directly as root, else through passwordless sudo, else prints
# the exact command and exits 1.
mdesk_ensure_deps() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "error: dpkg-query not found; these scripts target Debian 12." >&2
    exit 1
  fi

  local -a missing
  mapfile -t missing < <(mdesk_missing_packages)
  if ((${#missing[@]} == 0)); then
    return 0
  fi

  echo "Missing packages: ${missing[*]}" >&2
  local -a sudo=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "error: missing packages and no root rights. Run this, then try again:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}
