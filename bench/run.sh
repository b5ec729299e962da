#!/usr/bin/env bash
# Benchmark: builds a generated corpus of N records with Referat (full site, and without the search
# index) and, where Hugo is installed, the same Markdown with a minimal Hugo site, in the same run.
# Usage: bench/run.sh [N] (default 2000); RUNS=3 by default; output goes to a temporary folder.
set -euo pipefail
N=${1:-2000}
RUNS=${RUNS:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/referat-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
[ -f "$root/target/referat.jar" ] || mvn -q -f "$root/pom.xml" package -DskipTests >&2
java -cp "$root/target/referat.jar" dk.referat.bench.CorpusGenerator "$N" "$work/site" >&2
ln -s "$root/node_modules" "$work/site/node_modules" 2>/dev/null || true
cp "$root/package.json" "$root/package-lock.json" "$work/site/"

if command -v hugo >/dev/null; then
  mkdir -p "$work/hugo/layouts/_default"
  cp -r "$work/site/content" "$work/hugo/content"
  printf 'baseURL = "https://bench.example.org/"\nlanguageCode = "da"\ntitle = "Benchmark"\n[taxonomies]\n  committee = "committee"\n' > "$work/hugo/hugo.toml"
  cat > "$work/hugo/layouts/_default/single.html" <<'HTML'
<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<nav>{{ .TableOfContents }}</nav><main>{{ .Content }}</main>
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">Forrige</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">Næste</a>{{ end }}
</body></html>
HTML
  cat > "$work/hugo/layouts/_default/list.html" <<'HTML'
<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Date.Format "2006-01-02" }}</a></li>{{ end }}</ul></body></html>
HTML
fi

measure() { # name, command...
  local name=$1; shift
  for i in $(seq "$RUNS"); do
    rm -rf "$work/out"
    /usr/bin/time -f "$name %e %U %S %M" "$@" > /dev/null 2>> "$work/times" || { tail -5 "$work/times"; exit 1; }
  done
}
measure "referat-full" java -jar "$root/target/referat.jar" build "$work/site" --output "$work/out"
measure "referat-pages" java -jar "$root/target/referat.jar" build "$work/site" --output "$work/out" --no-search
command -v hugo >/dev/null && measure "hugo" hugo --quiet -s "$work/hugo" -d "$work/out"

pages=$(find "$work/out" -name '*.html' | wc -l)
echo "N=$N records, $RUNS runs each, medians; machine: $(nproc) cores"
grep -E '^(referat-full|referat-pages|hugo) ' "$work/times" | sort -k1,1 -k2,2n | awk -v runs="$RUNS" '
  { n[$1]++; if (n[$1] == int((runs + 1) / 2)) { wall[$1]=$2; cpu[$1]=$3+$4; rss[$1]=$5 } }
  END {
    printf "| build | wall s | CPU s | peak RSS MB |\n| --- | --- | --- | --- |\n";
    for (k in wall) printf "| %s | %.1f | %.1f | %.0f |\n", k, wall[k], cpu[k], rss[k] / 1024;
    if ("hugo" in wall) printf "\nratio referat-pages / hugo (wall): %.2f\n", wall["referat-pages"] / wall["hugo"];
  }'
