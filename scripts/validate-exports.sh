#!/usr/bin/env bash
# Checks every XML, CSV and TSV golden file of lib/core/formats (the writers' exact output for the
# awkward sample) with ../shared/tools/validate-export: schemas with xmllint, round trips with
# translate-toolkit, CSV/TSV with csvkit and Miller. Exit status 1 when any file fails.
set -euo pipefail
cd "$(dirname "$0")/.."
# The validator ships in the workplace's shared folder, beside the project (not in the repository).
tool=""
for candidate in "${VALIDATE_EXPORT:-}" ../shared/tools/validate-export /work/shared/tools/validate-export; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then tool=$candidate; break; fi
done
if [ -z "$tool" ]; then
  # Without the shared folder there is nothing third-party to check against: say so loudly, do not
  # fail a checkout that has no ../shared (the writers' golden files are still pinned by the unit tests).
  echo "WARNING: validate-export not found (../shared/tools/validate-export, or set VALIDATE_EXPORT): export files NOT validated" >&2
  exit 0
fi
status=0
for file in lib/core/formats/__fixtures__/*.{tmx,xlf,tbx,csv,tsv}; do
  "$tool" "$file" | tail -1 || status=1
done
exit $status
