#!/usr/bin/env bash
# A generated man page is clean roff (groff -ww: every warning on) and
# documents every long option the program's help lists.
# usage: check-man-page.sh PAGE.1 HELP-COMMAND...
#   HELP-COMMAND is run with --help; its --options must all be in the page.
set -euo pipefail
page="$1"
shift

if ! command -v groff >/dev/null; then
    echo "SKIP: groff not found (Debian: groff-base)"
    exit 77
fi
if [ ! -f "$page" ]; then
    echo "SKIP: $page was not generated (help2man not found at configure time; Debian: help2man)"
    exit 77
fi

warnings="$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 "$page" 2>&1)"
if [ -n "$warnings" ]; then
    echo "FAIL: groff warns about $page:"
    echo "$warnings"
    exit 1
fi

# Wide lines and no hyphenation, so no option is split when it is looked for.
text="$(LC_ALL=C groff -man -Tascii -rLL=300n -rHY=0 "$page" | sed 's/.\x08//g')"
grep -q '^NAME' <<<"$text" || { echo "FAIL: $page has no NAME section"; exit 1; }
missing=()
for option in $("$@" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    grep -q -- "$option" <<<"$text" || missing+=("$option")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "FAIL: $page does not mention ${missing[*]}"
    exit 1
fi
echo "ok: $page"
