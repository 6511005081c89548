#!/usr/bin/env bash
# Checks every XML, CSV and TSV golden file of lib/core/formats (the writers' exact output for the
# awkward sample) with ../shared/tools/validate-export: schemas with xmllint, round trips with
# translate-toolkit, CSV/TSV with csvkit and Miller. Exit status 1 when any file fails.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${VALIDATE_EXPORT:-../shared/tools/validate-export}
[ -x "$tool" ] || { echo "validate-export not found at $tool (set VALIDATE_EXPORT)" >&2; exit 2; }
status=0
for file in lib/core/formats/__fixtures__/*.{tmx,xlf,tbx,csv,tsv}; do
  "$tool" "$file" | tail -1 || status=1
done
exit $status
