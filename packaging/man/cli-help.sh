#!/bin/sh
# Stands in for inkchat-cli when help2man runs it: --version passes through,
# --help becomes the overview followed by every command's own help, so the
# man page documents each command's options. The overview's multi-line usage
# block is left out (inkchat-cli.h2m gives the SYNOPSIS), and so are the
# commands' usage lines and their copies of the exit-code table.
# usage: cli-help.sh PATH/TO/inkchat-cli --help|--version
set -eu
cli="$1"
shift
if [ "${1:-}" != "--help" ]; then
    exec "$cli" "$@"
fi

overview="$("$cli" --help)"
printf '%s\n' "$overview" | sed -e '/^Usage:/,/^$/d' -e 's/^Exit codes:/Exit status:/'

# The commands the overview lists, so a new one gets its section unasked.
commands="$(printf '%s\n' "$overview" | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')"
for command in $commands; do
    # Headings of its own ("chat command:", "chat options:"); help2man wants
    # a heading's body indented, so the description is.
    printf '\n%s command:\n' "$command"
    "$cli" "$command" --help | sed -e '/^Usage:/,/^$/d' -e '/^Exit codes:/,$d' -e '/^Providers:/d' \
        -e '/^Options:/,$!s/^./  &/' -e "s/^Options:/$command options:/" -e "s/^Arguments:/$command arguments:/"
done
