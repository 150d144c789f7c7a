# shellcheck shell=bash
# Shared by scripts/run and scripts/test: configure build/ once, then build incrementally.

MDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# MDESK_SANITIZE=1 builds with clang, AddressSanitizer and UndefinedBehaviorSanitizer into
# its own directory, so the normal build stays as it is. The same directory holds the
# libFuzzer targets (MDESK_FUZZ=ON; scripts/fuzz): every library carries libFuzzer's
# coverage hooks (fuzzer-no-link), only the fuzz executables link libFuzzer itself.
if [[ "${MDESK_SANITIZE:-0}" == "1" ]]; then
  MDESK_BUILD_DIR="${MDESK_BUILD_DIR:-$MDESK_ROOT/build-sanitize}"
else
  # build/ unless MDESK_BUILD_DIR names another directory (e.g. a second checkout's build).
  MDESK_BUILD_DIR="${MDESK_BUILD_DIR:-$MDESK_ROOT/build}"
fi
MDESK_SANITIZE_FLAGS="-fsanitize=address,undefined -fsanitize=float-cast-overflow -fno-sanitize-recover=all -fno-omit-frame-pointer -fsanitize=fuzzer-no-link"

# "ON" when CI is set (and not "false"); CompileSettings.cmake then adds -Werror.
mdesk_ci_mode() {
  if [[ -n "${CI:-}" && "${CI}" != "false" ]]; then echo ON; else echo OFF; fi
}

# Configures when build/ is not configured yet, or was configured for the other CI mode
# (the -Werror choice is made at configure time), then builds what changed: every target,
# or only the targets given as arguments.
# shellcheck disable=SC2120 # the targets are optional: scripts/test and scripts/run pass none
mdesk_configure_and_build() {
  local ci_mode configured_mode="" target
  local -a extra=(-DCMAKE_BUILD_TYPE=RelWithDebInfo) targets=()
  ci_mode=$(mdesk_ci_mode)
  if [[ "${MDESK_SANITIZE:-0}" == "1" ]]; then
    # Debug keeps Q_ASSERT on; -O1 with line tables only builds much faster than -O2 -g and
    # still gives file:line in every sanitizer report. No benchmarks: their figures mean
    # nothing under the sanitizers, and not building them saves CI time.
    extra=(-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only"
      -DCMAKE_CXX_FLAGS="$MDESK_SANITIZE_FLAGS"
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DMDESK_FUZZ=ON
      -DMDESK_BUILD_BENCHMARKS=OFF)
  fi
  for target in "$@"; do targets+=(--target "$target"); done
  if [[ -f "$MDESK_BUILD_DIR/CMakeCache.txt" ]]; then
    configured_mode=$(sed -n 's/^MDESK_SCRIPTS_CI_MODE:[A-Z]*=//p' "$MDESK_BUILD_DIR/CMakeCache.txt")
    # A build-sanitize/ made before it held the fuzzers (g++) starts anew with clang.
    if [[ "${MDESK_SANITIZE:-0}" == "1" ]] &&
      ! grep -q '^MDESK_FUZZ:BOOL=ON' "$MDESK_BUILD_DIR/CMakeCache.txt"; then
      rm -rf "$MDESK_BUILD_DIR/CMakeCache.txt" "$MDESK_BUILD_DIR/CMakeFiles"
      configured_mode=""
    fi
  fi
  if [[ ! -f "$MDESK_BUILD_DIR/build.ninja" || "$configured_mode" != "$ci_mode" ]]; then
    cmake -S "$MDESK_ROOT" -B "$MDESK_BUILD_DIR" -G Ninja \
      -DMDESK_SCRIPTS_CI_MODE="$ci_mode" "${extra[@]}" --no-warn-unused-cli
  fi
  cmake --build "$MDESK_BUILD_DIR" --parallel "$(nproc)" "${targets[@]}"
}
