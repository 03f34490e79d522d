#!/usr/bin/env bash
# Checks that every C++ file of the tree is formatted as .clang-format says
# (clang-format 14, Debian 12's), new files not yet added included; prints
# the files that are not and exits 1.
#   scripts/check-format.sh          check
#   scripts/check-format.sh --fix    reformat those files in place
set -euo pipefail
cd "$(dirname "$0")/.."

format=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$format" ]; then
    echo "check-format: clang-format not found (Debian: clang-format)" >&2
    exit 2
fi
fix=0
[ "${1:-}" = --fix ] && fix=1

unformatted=()
while IFS= read -r -d '' file; do
    if ! "$format" --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
        [ "$fix" = 1 ] && "$format" -i "$file"
    fi
done < <(git ls-files -z --cached --others --exclude-standard '*.cpp' '*.h' '*.mm')

if [ ${#unformatted[@]} -eq 0 ]; then
    echo "check-format: all $(git ls-files --cached --others --exclude-standard '*.cpp' '*.h' '*.mm' | wc -l) files are formatted"
    exit 0
fi
if [ "$fix" = 1 ]; then
    echo "check-format: reformatted ${#unformatted[@]} files"
    exit 0
fi
echo "check-format: ${#unformatted[@]} files differ from .clang-format (scripts/check-format.sh --fix):"
printf '  %s\n' "${unformatted[@]}"
exit 1
