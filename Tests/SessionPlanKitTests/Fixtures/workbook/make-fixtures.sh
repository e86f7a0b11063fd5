#!/usr/bin/env bash
# Makes the workbook fixtures of WorkbookReaderTests with LibreOffice Calc 7.4
# (Debian bookworm, libreoffice-calc-nogui), from the CSV files beside this script:
#   cd Tests/SessionPlanKitTests/Fixtures/workbook && ./make-fixtures.sh
# Calc reads the CSV with its type detection, so phone numbers become numbers
# and ISO dates become dates, as when an organizer types them into a sheet.
set -euo pipefail
for name in registrations problems; do
    soffice --headless --infilter="CSV:59,34,76,1" --convert-to xlsx:"Calc MS Excel 2007 XML" "$name.csv" >/dev/null
done
