#!/usr/bin/env bash
# Builds the libFuzzer harness over the tool's readers and runs one target.
#   Tests/Fuzz/run-fuzzer.sh [SECONDS] [TARGET]      default 600 session
# TARGET, the bytes being:
#   session  a session file (JSON reader, builder, rules, diagnostics, every renderer)
#   roster   a registration list (decoding, CSV, columns, grouping into
#            examples/tochka-kipeniya.json, the report and the roster diagnostics)
#   zip      a ZIP archive (directory, inflating, CRC-32, each entry read as XML)
#   xlsx     a workbook of registrations (first sheet, then as `roster`)
#   docx     a Word program (paragraphs, then as `import`)
#   import   a program as text (decoding, recognizers, assembly, the session read back)
# The harness is built once (2 to 10 minutes on 2 cores, with the sanitizers) into .build/fuzz/fuzz-harness
# and rebuilt only when a source under Sources/SessionPlanKit or Tests/Fuzz is newer.
# Needs the Swift toolchain's clang runtime (swiftc -sanitize=fuzzer,address on Linux).
# Crashes land in .build/fuzz/artifacts/TARGET-*; the growing corpus in .build/fuzz/corpus-TARGET/.
# FUZZ_TIMEOUT (seconds, default 5): how long one input may run before it is a
# finding; on a busy shared machine the example session alone takes 1-2 s
# under the sanitizers, so give 30 there.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
target="${2:-session}"
out=.build/fuzz
fixtures=Tests/SessionPlanKitTests
case "$target" in
    session|roster|zip|xlsx|docx|import) ;;
    *) echo "unknown target '$target': session, roster, zip, xlsx, docx or import" >&2; exit 2 ;;
esac
corpus="$out/corpus-$target"
[ "$target" = session ] && corpus="$out/corpus"
mkdir -p "$corpus" "$out/artifacts"
dict=Tests/Fuzz/session.dict

case "$target" in
roster)
    # Seeds: small registration lists in each separator and encoding the reader knows.
    printf 'ФИО;Направление;Организация;Регион;E-mail\r\nИванова Анна Петровна;1;ЦБС;Иркутская область;a@b.ru\r\n' > "$corpus/semicolon.csv"
    printf 'name,direction,organization\nAnna Ivanova,rural,"Library, Town"\n' > "$corpus/comma.csv"
    printf 'Фамилия\tИмя\tОтчество\tНаправление\nПетров\tПётр\tИванович\t2\n' > "$corpus/tab.csv"
    printf '\xd4\xc8\xce;\xcd\xe0\xef\xf0\xe0\xe2\xeb\xe5\xed\xe8\xe5\r\n\xc8\xe2\xe0\xed\xee\xe2;1\r\n' > "$corpus/cp1251.csv"
    cp "$fixtures"/Fixtures/workbook/*.csv "$corpus/"
    ;;
zip)
    # Seeds: the archives Python's zipfile made, the workbooks and the Word document.
    cp "$fixtures"/Fixtures/archive/*.zip "$fixtures"/Fixtures/workbook/*.xlsx "$fixtures"/Import/Fixtures/*.docx "$corpus/"
    dict=Tests/Fuzz/archive.dict
    ;;
xlsx)
    cp "$fixtures"/Fixtures/workbook/*.xlsx "$corpus/"
    dict=Tests/Fuzz/archive.dict
    ;;
docx)
    cp "$fixtures"/Import/Fixtures/*.docx "$corpus/"
    dict=Tests/Fuzz/archive.dict
    ;;
import)
    cp "$fixtures"/Import/Fixtures/*.txt "$corpus/"
    dict=Tests/Fuzz/import.dict
    ;;
session)
    # Seeds: the examples, the sessions of the golden files and the public
    # JSONTestSuite, when present (SESSIONPLAN_SHARED, else a `shared` folder
    # beside the checkout or beside one of its parents, as the tests look for it).
    cp examples/*.json "$corpus/" 2>/dev/null || true
    find "$fixtures/Golden" -name '*.json' -exec cp {} "$corpus/" \; 2>/dev/null || true
    for shared in "${SESSIONPLAN_SHARED:-}" ../shared ../../shared; do
        if [ -n "$shared" ] && [ -d "$shared/conformance/JSONTestSuite/test_parsing" ]; then
            cp "$shared"/conformance/JSONTestSuite/test_parsing/*.json "$corpus/" 2>/dev/null || true
            break
        fi
    done
    ;;
esac

harness="$out/fuzz-harness"
if [ ! -x "$harness" ] || [ -n "$(find Sources/SessionPlanKit Tests/Fuzz -name '*.swift' -newer "$harness" | head -1)" ]; then
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 \
        -module-name SessionPlanKit \
        $(find Sources/SessionPlanKit -name '*.swift') Tests/Fuzz/*.swift \
        -o "$harness"
fi

FUZZ_TARGET="$target" "$harness" "$corpus" -artifact_prefix="$out/artifacts/$target-" \
    -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-5}" -rss_limit_mb=2048 -max_len=65536 \
    -dict="$dict" -print_final_stats=1
