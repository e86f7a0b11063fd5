#!/usr/bin/env bash
# Builds the libFuzzer harness over the session pipeline and runs it.
#   Tests/Fuzz/run-fuzzer.sh [SECONDS]      default 600
# Needs the Swift toolchain's clang runtime (swiftc -sanitize=fuzzer,address on Linux).
# Crashes land in .build/fuzz/artifacts/; the growing corpus in .build/fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
out=.build/fuzz
mkdir -p "$out/corpus" "$out/artifacts"

# Seeds: the examples and the public JSONTestSuite, when present.
cp examples/*.json "$out/corpus/" 2>/dev/null || true
if [ -d ../shared/conformance/JSONTestSuite/test_parsing ]; then
    cp ../shared/conformance/JSONTestSuite/test_parsing/*.json "$out/corpus/" 2>/dev/null || true
fi

swiftc -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 \
    -module-name SessionPlanKit \
    $(find Sources/SessionPlanKit -name '*.swift') Tests/Fuzz/*.swift \
    -o "$out/fuzz-session"

"$out/fuzz-session" "$out/corpus" -artifact_prefix="$out/artifacts/" \
    -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
    -dict=Tests/Fuzz/session.dict -print_final_stats=1
