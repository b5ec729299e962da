#!/usr/bin/env bash
# Whether two Referat jars build the same sites byte for byte: the sample site in content/ and the
# generated benchmark corpus (dk.referat.bench.CorpusGenerator, N records, default 2000). For a change
# that should change no output, such as moving code about; what differs is listed by file.
#
# Usage: bench/same-output.sh OLD.jar NEW.jar [N]
# Both builds run with the same SOURCE_DATE_EPOCH, so the build time does not differ, and without
# search (Pagefind's index is not byte-stable across runs).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/same-output.sh OLD.jar NEW.jar [N]" >&2; exit 2; }
old=$(realpath "$1"); new=$(realpath "$2"); n=${3:-2000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/referat-same-XXXXXX")
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764547200}
java -cp "$new" dk.referat.bench.CorpusGenerator "$n" "$work/corpus" >&2
status=0
for site in "$root" "$work/corpus"; do
  for jar in old new; do
    j=$old; [ $jar = new ] && j=$new
    java -jar "$j" build "$site" --output "$work/$jar" --no-search >/dev/null 2>"$work/$jar.log" \
      || { echo "the $jar jar failed on $site:" >&2; cat "$work/$jar.log" >&2; exit 1; }
  done
  if diff -rq "$work/old" "$work/new" >"$work/diff"; then
    echo "same: $site ($(find "$work/new" -type f | wc -l) files)"
  else
    echo "DIFFERENT: $site"; cat "$work/diff"; status=1
  fi
  rm -rf "$work/old" "$work/new"
done
exit $status
