#!/bin/sh
# Instructions per keypress, counted by callgrind: the same on every run, where wall-clock
# medians on a shared machine move by up to 30%. For each mode given (default: all six, on
# 10,000 questions and on 1,000 items) it runs the `keys` benchmark under callgrind, counts
# the instructions inside criterion's timed loop only, and divides by the keys pressed
# there. That loop also draws the frame after a save, which the wall-clock figure leaves
# out, so answering and undoing count one frame more than they time.
#
#   benches/instructions.sh                       # every mode
#   benches/instructions.sh questions/overview    # one
#
# Needs valgrind (callgrind_annotate comes with it). Takes about a minute per mode.
set -eu

cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }

bench=$(CARGO_PROFILE_BENCH_DEBUG=line-tables-only cargo bench --bench keys --no-run \
    --message-format=json 2>/dev/null |
    python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "keys" and m.get("executable"):
        print(m["executable"])')

if [ "$#" -eq 0 ]; then
    set -- questions/answer questions/move questions/overview questions/findings \
        questions/jump questions/undo-redo items/answer items/move items/overview \
        items/findings items/jump items/undo-redo
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '| mode | instructions per key | keys counted |\n| --- | ---: | ---: |\n'
for mode in "$@"; do
    file="$out/$(echo "$mode" | tr / -).out"
    valgrind --tool=callgrind --toggle-collect='*iter_custom*' --callgrind-out-file="$file" \
        "$bench" --bench "keys/$mode" --profile-time 2 >/dev/null 2>&1
    callgrind_annotate --inclusive=yes --tree=calling "$file" >"$file.txt" 2>/dev/null
    total=$(grep 'PROGRAM TOTALS' "$file.txt" | awk '{gsub(",", "", $1); print $1}')
    keys=$(grep 'App::handle_key (' "$file.txt" | head -1 | sed 's/.*(\([0-9]*\)x).*/\1/')
    python3 -c "print(f'| $mode | {$total / $keys / 1e6:.2f} M | $keys |')"
done
