#!/usr/bin/env bash
# Every user-visible string of the current sources is translated in every
# catalogue: each .ts is brought up to date with the sources in a scratch
# copy (lupdate, as `update_translations` would), and any message that is
# then unfinished, empty or new fails the test, named with its catalogue.
# usage: check-translations.sh LUPDATE LIST_DIR TS_FILE...
#   LIST_DIR holds <catalogue>.sources (cmake/InkchatTranslations.cmake)
set -euo pipefail
lupdate="$1"
lists="$2"
shift 2

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failed=0
for ts in "$@"; do
    file="$(basename "$ts")"
    catalogue="${file%_*}"          # inkchat-cli_zh_CN.ts -> inkchat-cli_zh
    catalogue="${catalogue%_zh}"    # the one language with a territory
    sources="$lists/$catalogue.sources"
    [ -f "$sources" ] || { echo "FAIL: no source list $sources for $file"; failed=1; continue; }
    cp "$ts" "$scratch/$file"
    "$lupdate" -silent -no-obsolete -locations none "@$sources" -ts "$scratch/$file" >/dev/null
    # One line per message: unfinished ones, and finished ones left empty.
    problems="$(python3 - "$scratch/$file" <<'PY'
import sys, xml.etree.ElementTree as ET
for context in ET.parse(sys.argv[1]).getroot().iter('context'):
    name = context.findtext('name')
    for message in context.iter('message'):
        translation = message.find('translation')
        forms = [f.text for f in translation.iter('numerusform')] or [translation.text]
        if translation.get('type') == 'unfinished' or not all(forms):
            source = message.findtext('source')
            print(f'  {name}: {source[:100]!r}' + ('...' if len(source) > 100 else ''))
PY
)"
    if [ -n "$problems" ]; then
        echo "FAIL: $file has untranslated strings (translate them in $ts):"
        echo "$problems"
        failed=1
    else
        echo "ok: $file ($(grep -c '<message' "$scratch/$file") strings)"
    fi
done
exit $failed
