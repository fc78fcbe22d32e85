#!/bin/sh
# ingest-race.sh: ROUNDS rounds of RUNS concurrent `reportbot ingest` processes into one store
# (issue 12). After each round it checks that every process exited 0 and said what it did, that
# `reportbot reports` reads the store, and that only the live generation and the one before
# are left (no temporaries). Prints one line per failed round and a summary; exits non-zero
# if any round failed.
#
#   scripts/ingest-race.sh [ROUNDS=100] [RUNS=6]
set -u
ROUNDS=${1:-100}
RUNS=${2:-6}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin="$work/reportbot"
go build -o "$bin" ./cmd/reportbot || exit 1
db="$work/db"
"$bin" ingest --db "$db" >/dev/null 2>&1 || { echo "initial ingest failed"; exit 1; }

bad=0
waited=0
start=$(date +%s)
r=1
while [ "$r" -le "$ROUNDS" ]; do
	i=1
	while [ "$i" -le "$RUNS" ]; do
		( "$bin" ingest --db "$db" >"$work/out.$i" 2>"$work/err.$i"; echo $? >"$work/rc.$i" ) &
		i=$((i + 1))
	done
	wait
	problems=""
	i=1
	while [ "$i" -le "$RUNS" ]; do
		rc=$(cat "$work/rc.$i")
		if [ "$rc" != 0 ]; then
			problems="$problems run $i exited $rc: $(tail -1 "$work/err.$i");"
		elif ! grep -q "^ingested 1 file(s): 9 reports" "$work/out.$i"; then
			problems="$problems run $i exited 0 without saying what it ingested;"
		fi
		grep -q "waiting up to" "$work/err.$i" && waited=$((waited + 1))
		i=$((i + 1))
	done
	n=$("$bin" reports --db "$db" 2>"$work/reports.err" | grep -c .)
	[ "$n" -ge 9 ] || problems="$problems reports failed: $(tail -1 "$work/reports.err");"
	gens=$(ls -A "$db" | grep -c '^gen-')
	tmps=$(ls -A "$db" | grep -c 'tmp')
	[ "$gens" -le 2 ] || problems="$problems $gens generations left;"
	[ "$tmps" -eq 0 ] || problems="$problems $tmps temporaries left;"
	if [ -n "$problems" ]; then
		bad=$((bad + 1))
		echo "round $r:$problems"
	fi
	r=$((r + 1))
done
echo "$ROUNDS rounds of $RUNS concurrent ingests: $((ROUNDS - bad)) good, $bad broken; $waited of $((ROUNDS * RUNS)) runs waited for the lock; $(( $(date +%s) - start ))s"
[ "$bad" -eq 0 ]
