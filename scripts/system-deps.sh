#!/usr/bin/env bash
# The Debian/Ubuntu packages the tests and the app's optional features need: the one list, used by
# `npm test` (its pretest step) and by CI (.ci/run). `npm run dev` needs none of them.
#
#   scripts/system-deps.sh            report what is missing (exit 1 if anything is)
#   scripts/system-deps.sh --install  install what is missing (as root or with passwordless sudo)
#
# Each entry: package | how to tell it is there (cmd:<command> or file:<path>) | why.
# SYSTEM_DEPS_ROOT prefixes the file checks (the script's own test points it at a fake system).
set -euo pipefail

PACKAGES=(
  "chromium|cmd:chromium|the browser tests drive Debian's Chromium (no browser is downloaded)"
  "redis-server|cmd:redis-server|the rate-limit and two-instance tests share counts and the page cache through Redis"
  "fonts-noto-cjk|file:/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc|PDF outputs are set in Noto, which covers Chinese and Vietnamese"
  "poppler-utils|cmd:pdftotext|the publishing tests read the PDFs back (pdftotext, pdffonts, pdfinfo)"
  "epubcheck|cmd:epubcheck|the publishing tests validate the anthology EPUB"
  "zbar-tools|cmd:zbarimg|the publishing tests decode the QR codes on wall labels"
  "default-jre-headless|cmd:java|the HTML validity test runs the W3C Nu checker (npm's vnu-jar) on Java"
)

install=0
for arg in "$@"; do
  case "$arg" in
    --install) install=1 ;;
    -h | --help)
      sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "system-deps: unknown option $arg (use --install or nothing)" >&2
      exit 2
      ;;
  esac
done

present() {
  local check="$1"
  case "$check" in
    cmd:*) command -v "${check#cmd:}" >/dev/null 2>&1 ;;
    file:*) [ -e "${SYSTEM_DEPS_ROOT:-}${check#file:}" ] ;;
    *) return 1 ;;
  esac
}

missing=()
for entry in "${PACKAGES[@]}"; do
  IFS='|' read -r name check reason <<<"$entry"
  if ! present "$check"; then
    missing+=("$name")
    echo "missing: $name — $reason"
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "system-deps: all ${#PACKAGES[@]} packages the tests need are installed."
  exit 0
fi

command_line="apt-get update && apt-get install -y ${missing[*]}"
if [ "$install" -eq 0 ]; then
  echo "system-deps: ${#missing[@]} missing. Install them with:  sudo sh -c '$command_line'"
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "system-deps: the tests need ${missing[*]}, and installing them needs root." >&2
  echo "Run this once, then npm test again:  sudo sh -c '$command_line'" >&2
  exit 1
fi

echo "system-deps: installing ${missing[*]} from the distribution's packages…"
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
echo "system-deps: installed ${missing[*]}."
