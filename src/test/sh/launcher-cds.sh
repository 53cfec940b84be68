#!/usr/bin/env bash
# The launcher's class-data-sharing archive (Java 17 to 24) or AOT cache (Java 25 and newer)
# never breaks a run: missing, truncated, garbage, stale, unstamped or being written by a
# concurrent run, every run prints the same thing and succeeds, and a usable one is in place
# afterwards.
# Usage: launcher-cds.sh LAUNCHER JAR JAVA
#   JAVA: the java executable the launcher is to run (given to it as CANDOR_JAVA).
set -uo pipefail
launcher="$1"
jar="$2"
java="$(readlink -f "$3")"
export CANDOR_JAVA="$java"
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "${java%/bin/java}/release")"
if [ "${major:-0}" -ge 25 ]; then
  ext=aot
  map=(-XX:AOTMode=on -XX:AOTCache=)
  quiet=(-Xlog:aot*=off -Xlog:cds*=off)
else
  ext=jsa
  map=(-Xshare:on -XX:SharedArchiveFile=)
  quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off)
fi
echo "Java $major at $java: the launcher keeps a .$ext"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/target"
cp "$launcher" "$work/candor"
cp "$jar" "$work/target/candor.jar"
# The jar is newer than every source in the copy (there are none), so the launcher never builds.
jsa="$work/target/candor-other.$ext"
expected="$("$java" -jar "$jar" --version)"
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
      && "$java" "${map[0]}" "${map[1]}$jsa" "${quiet[@]}" \
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
echo "$(stat -c %s "$jsa") $java" >"$jsa.stamp"
run "garbage archive with a matching stamp"

# A whole cache cut short after it was stamped: Java 25 checks a cache's size itself and runs
# without it. (Java 17 crashes mapping such an archive, which is why the stamp holds its size.)
rm -f "$jsa" "$jsa.stamp"
run "a new archive"
usable "a new archive"
if [ "$ext" = aot ]; then
  head -c 100000 "$jsa" >"$jsa.cut" && mv "$jsa.cut" "$jsa"
  echo "$(stat -c %s "$jsa") $java" >"$jsa.stamp"
  touch -d '+2 minutes' "$jsa" "$jsa.stamp"
  run "truncated cache with a matching stamp"
fi

rm -f "$jsa.stamp"
run "archive without its stamp"
usable "archive without its stamp"

touch -d '+3 minutes' "$work/target/candor.jar"
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

# Another Java's archive is not this one's: a stamp naming another runtime is recorded again.
echo "$(stat -c %s "$jsa") /usr/lib/jvm/another/bin/java" >"$jsa.stamp"
run "archive stamped by another Java"
usable "archive stamped by another Java"
if [ "$(cut -d' ' -f2 "$jsa.stamp")" != "$java" ]; then
  echo "FAIL archive stamped by another Java: stamp not renewed: $(cat "$jsa.stamp")"
  failures=$((failures + 1))
fi

echo "$failures failed"
[ "$failures" = 0 ]
