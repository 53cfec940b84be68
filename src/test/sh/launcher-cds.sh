#!/usr/bin/env bash
# The launcher's class-data-sharing archive never breaks a run: missing, truncated, garbage,
# stale, unstamped or being written by a concurrent run, every run prints the same thing and
# succeeds, and a usable archive is in place afterwards.
# Usage: launcher-cds.sh LAUNCHER JAR
set -uo pipefail
launcher="$1"
jar="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/target"
cp "$launcher" "$work/candor"
cp "$jar" "$work/target/candor.jar"
# The jar is newer than every source in the copy (there are none), so the launcher never builds.
jsa="$work/target/candor-other.jsa"
expected="$(java -jar "$jar" --version)"
failures=0

run() {
  local what="$1"
  shift
  local out err status
  out="$("$@" "$work/candor" --version 2>"$work/err")"
  status=$?
  err="$(cat "$work/err")"
  if [ "$status" != 0 ] || [ "$out" != "$expected" ] || [ -n "$err" ]; then
    echo "FAIL $what: exit $status, stdout '$out', stderr '$err'"
    failures=$((failures + 1))
  else
    echo "ok   $what"
  fi
}

usable() {
  local what="$1"
  if [ -s "$jsa" ] && [ -f "$jsa.stamp" ] \
      && [ "$(stat -c %s "$jsa")" = "$(cut -d' ' -f1 "$jsa.stamp")" ] \
      && java -Xshare:on -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$work/target/candor.jar" --version \
        >/dev/null 2>&1; then
    echo "ok   $what: archive usable"
  else
    echo "FAIL $what: no usable archive"
    failures=$((failures + 1))
  fi
}

run "missing archive"
usable "missing archive"
run "with the archive"

head -c 100000 "$jsa" >"$jsa.cut" && mv "$jsa.cut" "$jsa"
run "truncated archive"
usable "truncated archive"

# Stamped as if whole: the launcher maps it, so the JVM must not crash. This is the one case
# the stamp cannot catch; it can only come from writing into the file by hand.
head -c 4096 /dev/urandom >"$jsa"
echo "$(stat -c %s "$jsa") $(readlink -f "$(command -v java)")" >"$jsa.stamp"
run "garbage archive with a matching stamp"

rm -f "$jsa.stamp"
run "archive without its stamp"
usable "archive without its stamp"

touch -d '+1 minute' "$work/target/candor.jar"
run "archive older than the jar"
usable "archive older than the jar"

rm -f "$jsa" "$jsa.stamp"
pids=()
for i in 1 2 3 4; do
  ( out="$("$work/candor" --version 2>"$work/err.$i")"
    [ "$out" = "$expected" ] && [ ! -s "$work/err.$i" ] ) &
  pids+=($!)
done
for p in "${pids[@]}"; do
  if ! wait "$p"; then
    echo "FAIL concurrent first runs: $(cat "$work"/err.* 2>/dev/null)"
    failures=$((failures + 1))
  fi
done
echo "ok   concurrent first runs"
usable "concurrent first runs"
leftovers="$(find "$work/target" -name '*.tmp*')"
if [ -n "$leftovers" ]; then
  echo "FAIL temporary archives left behind: $leftovers"
  failures=$((failures + 1))
fi

run "switched off" env CANDOR_CDS=off

echo "$failures failed"
[ "$failures" = 0 ]
