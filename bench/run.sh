#!/usr/bin/env bash
# Benchmark: for each N (default 2000 and 20000) generates the same deterministic corpus, shaped like
# a municipality's archive (dk.referat.bench.CorpusGenerator), then builds it in the same run with
# Referat (the full site with feeds, calendars, open data and the Pagefind index; and the pages alone)
# and, where Hugo is installed (apt-get install -y hugo), with a minimal Hugo site over the same
# Markdown (committee taxonomy, table of contents, previous/next). Runs are interleaved (Referat,
# Referat, Hugo, then again) so that machine noise falls on all of them alike; the table gives
# medians. For the full site it gives Java's peak memory and Pagefind's (a program of its own) apart,
# and Pagefind's time. Then `serve`'s rebuilds are timed in one warm JVM (RebuildBench).
#
# Usage: bench/run.sh [N ...]       RUNS=3 runs each (default); FULL=0 skips the full-site build;
#                                   REBUILD=0 skips the serve timings; OLD_JAR=path/to/referat.jar adds
#                                   that jar's builds to each run, side by side with this one's.
#                                   Output goes to a temporary folder.
set -euo pipefail
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 20000)
RUNS=${RUNS:-3}
FULL=${FULL:-1}
REBUILD=${REBUILD:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/referat-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install -y time)" >&2; exit 1; }
# shellcheck disable=SC2012
jar=$(ls -t "$root"/target/referat-[0-9]*.jar 2>/dev/null | head -n 1)
[ -n "$jar" ] || { mvn -q -f "$root/pom.xml" package -DskipTests -Dexec.skip=true >&2; jar=$(ls -t "$root"/target/referat-[0-9]*.jar | head -n 1); }
referat="$root/referat"
has_hugo=0; command -v hugo >/dev/null && has_hugo=1

echo "# Referat benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)$( [ $has_hugo = 1 ] && echo ", $(hugo version | cut -d' ' -f1-2)")"
echo "# $RUNS runs each, interleaved; medians. Output on $(df -P "$work" | awk 'NR==2 {print $1}')."
echo
printf '| N | build | pages | wall s | CPU s | peak RSS MB | pages/s | Pagefind s | Pagefind CPU s | Pagefind MB |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'

# Each line of $work/times: N name... pages wall user system rss pagefind-wall pagefind-cpu pagefind-rss
# (the last three "-" where there is no search index). Referat's own figures come from the lines that
# -Dreferat.timings=true makes it print: Java's peak memory apart from Pagefind's.
measure() { # N name output command...
  local n=$1 name=$2 out=$3; shift 3
  rm -rf "$out"
  JAVA_TOOL_OPTIONS=-Dreferat.timings=true /usr/bin/time -o "$work/one" -f "%e %U %S %M" "$@" > "$work/last.log" 2>&1 \
    || { tail -20 "$work/last.log" >&2; exit 1; }
  local pages; pages=$(find "$out" -path "$out/pagefind" -prune -o -name '*.html' -print | wc -l)
  read -r wall user sys rss < "$work/one"
  local java; java=$(sed -n 's/^Referat: peak memory of Java: \([0-9]*\) MB$/\1/p' "$work/last.log")
  [ -n "$java" ] && rss=$((java * 1024))
  local pf_wall pf_cpu pf_rss
  pf_wall=$(sed -n 's/^Referat: write: search index *\([0-9]*\) ms$/\1/p' "$work/last.log")
  pf_cpu=$(sed -n "s/.*Pagefind's CPU time: \([0-9.]*\) s.*/\1/p" "$work/last.log")
  pf_rss=$(sed -n 's/.*peak memory: Pagefind \([0-9]*\) MB.*/\1/p' "$work/last.log")
  [ -n "$pf_wall" ] && pf_wall=$(awk -v ms="$pf_wall" 'BEGIN { printf "%.1f", ms / 1000 }')
  echo "$n $name $pages $wall $user $sys $rss ${pf_wall:--} ${pf_cpu:--} ${pf_rss:--}" >> "$work/times"
}

for n in "${sizes[@]}"; do
  site="$work/site-$n"
  java -cp "$jar" dk.referat.bench.CorpusGenerator "$n" "$site" >&2
  cp "$root/package.json" "$root/package-lock.json" "$site/"
  [ -d "$root/node_modules" ] && ln -s "$root/node_modules" "$site/node_modules"
  if [ $has_hugo = 1 ]; then
    hugo_site="$work/hugo-$n"
    mkdir -p "$hugo_site/layouts/_default"
    cp -r "$site/content" "$hugo_site/content"
    printf 'baseURL = "https://bench.example.org/"\nlanguageCode = "da"\ntitle = "Benchmark"\n[taxonomies]\n  committee = "committee"\n' > "$hugo_site/hugo.toml"
    cat > "$hugo_site/layouts/_default/single.html" <<'HTML'
<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<nav>{{ .TableOfContents }}</nav><main>{{ .Content }}</main>
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">Forrige</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">Næste</a>{{ end }}
</body></html>
HTML
    cat > "$hugo_site/layouts/_default/list.html" <<'HTML'
<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Date.Format "2006-01-02" }}</a></li>{{ end }}</ul></body></html>
HTML
  fi
  for i in $(seq "$RUNS"); do
    [ "$FULL" = 1 ] && measure "$n" "Referat, full site" "$work/out" "$referat" build "$site" --output "$work/out"
    measure "$n" "Referat, pages alone" "$work/out" "$referat" build "$site" --output "$work/out" --pages-only
    if [ -n "${OLD_JAR:-}" ]; then
      [ "$FULL" = 1 ] && measure "$n" "old jar, full site" "$work/out" env REFERAT_JAR="$OLD_JAR" "$referat" build "$site" --output "$work/out"
      measure "$n" "old jar, pages alone" "$work/out" env REFERAT_JAR="$OLD_JAR" "$referat" build "$site" --output "$work/out" --pages-only
    fi
    [ $has_hugo = 1 ] && measure "$n" "Hugo" "$work/out" hugo --quiet -s "$hugo_site" -d "$work/out"
  done
  rm -rf "$work/out"
  # Medians per build: wall, CPU (user + system; Pagefind's own is in its column), peak RSS (Java's
  # alone for Referat), Pagefind's wall, CPU and peak RSS; pages from the last run.
  awk -v n="$n" '$1 == n {
      name = $2; for (i = 3; $i !~ /^[0-9]+$/; i++) name = name " " $i;
      k = name; pages[k] = $i; c = ++count[k]; wall[k, c] = $(i + 1); cpu[k, c] = $(i + 2) + $(i + 3); rss[k, c] = $(i + 4);
      pfw[k, c] = $(i + 5); pfc[k, c] = $(i + 6); pfr[k, c] = $(i + 7);
      if (!(k in order)) { order[k] = ++seen; names[seen] = k } }
    function median(a, k, c,   i, j, v, t) { for (i = 1; i <= c; i++) v[i] = a[k, i];
      for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      return v[int((c + 1) / 2)] }
    function shown(a, k, c,   m) { m = median(a, k, c); return m == "-" ? "–" : m }
    END { for (s = 1; s <= seen; s++) { k = names[s]; w = median(wall, k, count[k]);
        printf "| %s | %s | %d | %.1f | %.1f | %.0f | %.0f | %s | %s | %s |\n", n, k, pages[k], w, median(cpu, k, count[k]),
          median(rss, k, count[k]) / 1024, pages[k] / w, shown(pfw, k, count[k]), shown(pfc, k, count[k]), shown(pfr, k, count[k]) } }' \
    "$work/times" | tee -a "$work/table"
done

echo
awk '{ name = $2; for (i = 3; $i !~ /^[0-9]+$/; i++) name = name " " $i; print $1 "\t" name "\t" $(i + 1) }' "$work/times" \
  | sort -t$'\t' -k1,1n -k2,2 -k3,3n | awk -F'\t' '
    { k = $1 "\t" $2; v[k, ++c[k]] = $3 }
    END { for (k in c) m[k] = v[k, int((c[k] + 1) / 2)];
      for (k in m) { split(k, p, "\t"); if (p[2] == "Referat, pages alone") { n = p[1]; r[n] = m[k]; if (!((n "\tHugo") in m)) continue;
        printf "N=%s: Referat (pages alone) / Hugo, wall: %.2f\n", n, m[k] / m[n "\tHugo"] } }
      lo = ""; for (n in r) if (lo == "" || n + 0 < lo + 0) lo = n; hi = lo; for (n in r) if (n + 0 > hi + 0) hi = n;
      if (hi != lo) printf "growth %s -> %s records (%.0fx): Referat (pages alone) takes %.1fx the time\n", lo, hi, hi / lo, r[hi] / r[lo] }'

if [ "$REBUILD" = 1 ]; then
  n=${sizes[${#sizes[@]}-1]}
  echo
  echo "serve, N=$n (one warm JVM, pages alone):"
  java -cp "$jar" dk.referat.bench.RebuildBench "$work/site-$n" "$work/out" "$RUNS"
fi
