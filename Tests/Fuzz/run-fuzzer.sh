#!/usr/bin/env bash
# Builds the libFuzzer harness over the session pipeline and runs it.
#   Tests/Fuzz/run-fuzzer.sh [SECONDS] [session|roster]      default 600 session
# `roster`: the bytes are a registration list (decoding, CSV, columns, grouping
# into examples/tochka-kipeniya.json, the report and the roster diagnostics).
# Needs the Swift toolchain's clang runtime (swiftc -sanitize=fuzzer,address on Linux).
# Crashes land in .build/fuzz/artifacts/; the growing corpus in .build/fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
target="${2:-session}"
out=.build/fuzz
corpus="$out/corpus"
[ "$target" = roster ] && corpus="$out/corpus-roster"
mkdir -p "$corpus" "$out/artifacts"

if [ "$target" = roster ]; then
    # Seeds: small registration lists in each separator and encoding the reader knows.
    printf 'ФИО;Направление;Организация;Регион;E-mail\r\nИванова Анна Петровна;1;ЦБС;Иркутская область;a@b.ru\r\n' > "$corpus/semicolon.csv"
    printf 'name,direction,organization\nAnna Ivanova,rural,"Library, Town"\n' > "$corpus/comma.csv"
    printf 'Фамилия\tИмя\tОтчество\tНаправление\nПетров\tПётр\tИванович\t2\n' > "$corpus/tab.csv"
    printf '\xd4\xc8\xce;\xcd\xe0\xef\xf0\xe0\xe2\xeb\xe5\xed\xe8\xe5\r\n\xc8\xe2\xe0\xed\xee\xe2;1\r\n' > "$corpus/cp1251.csv"
else
    # Seeds: the examples and the public JSONTestSuite, when present.
    cp examples/*.json "$corpus/" 2>/dev/null || true
    if [ -d ../shared/conformance/JSONTestSuite/test_parsing ]; then
        cp ../shared/conformance/JSONTestSuite/test_parsing/*.json "$corpus/" 2>/dev/null || true
    fi
fi

swiftc -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 \
    -module-name SessionPlanKit \
    $(find Sources/SessionPlanKit -name '*.swift') Tests/Fuzz/*.swift \
    -o "$out/fuzz-session"

FUZZ_TARGET="$target" "$out/fuzz-session" "$corpus" -artifact_prefix="$out/artifacts/$target-" \
    -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
    -dict=Tests/Fuzz/session.dict -print_final_stats=1
