#!/usr/bin/env bash
# Brotli size of the deployable folder: every file in pkg/ compressed with `brotli -q 11`, one line each,
# then the total. Fails when the total exceeds the budget.
#
#   scripts/size-report.sh [DIR] [BUDGET_BYTES]      (defaults: pkg, 153600 = 150 KiB)
#   SIZE_BUDGET_BYTES=... overrides the budget too.
set -euo pipefail

dir="${1:-pkg}"
budget="${2:-${SIZE_BUDGET_BYTES:-153600}}"

if ! command -v brotli >/dev/null 2>&1; then
  echo "size-report: brotli not found (run \`make setup\`)" >&2
  exit 1
fi
if [ ! -d "$dir" ]; then
  echo "size-report: $dir/ does not exist (run \`make build\`)" >&2
  exit 1
fi

shopt -s nullglob
files=("$dir"/*)
if [ "${#files[@]}" -eq 0 ]; then
  echo "size-report: $dir/ is empty" >&2
  exit 1
fi

total_raw=0
total_br=0
printf '%-40s %12s %12s\n' "file" "bytes" "brotli -q11"
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f")
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_br=$((total_br + br))
  printf '%-40s %12d %12d\n' "$(basename "$f")" "$raw" "$br"
done
printf '%-40s %12d %12d\n' "TOTAL" "$total_raw" "$total_br"
printf 'budget: %d bytes brotli (%d KiB); used %d.%d%%\n' "$budget" "$((budget / 1024))" \
  "$((total_br * 100 / budget))" "$(((total_br * 1000 / budget) % 10))"

if [ "$total_br" -gt "$budget" ]; then
  echo "size-report: FAIL: $total_br bytes brotli > budget $budget bytes" >&2
  exit 1
fi
echo "size-report: OK ($total_br <= $budget bytes)"
