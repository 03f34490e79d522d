#!/usr/bin/env bash
# inkchat-cli speaks the language of the environment (LANGUAGE before
# LC_ALL, LC_MESSAGES and LANG, as on any GNU system), English without one.
# usage: check-cli-language.sh INKCHAT_CLI
set -euo pipefail
cli="$1"
failed=0
# expect FIRST_LINE VARIABLE=VALUE...: the first line --help prints there.
expect() {
    local want="$1"
    shift
    local got
    # sed reads to the end: head would exit after one line, and the CLI,
    # still writing, would die of SIGPIPE, which pipefail turns into the
    # script's silent end.
    got="$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$@" "$cli" --help | sed -n 1p)"
    if [ "$got" = "$want" ]; then
        echo "ok: $* -> $got"
    else
        echo "FAIL: $* -> '$got', not '$want'"
        failed=1
    fi
}
expect "Usage:" LC_ALL=C.UTF-8
expect "Aufruf:" LANG=de_DE.UTF-8
expect "Aufruf:" LANG=de_AT.UTF-8
expect "Использование:" LC_ALL=ru_RU.UTF-8
expect "用法：" LANG=zh_CN.UTF-8
expect "Aufruf:" LANGUAGE=de LANG=ru_RU.UTF-8
exit $failed
