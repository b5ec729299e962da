// Referat's search page: Pagefind's index, queried in the browser, with filters by committee, year
// and type. Results are built as DOM nodes; only Pagefind's <mark> highlighting is kept from its excerpts.
const form = document.querySelector("[data-search]");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const root = new URL("../", location.href);
const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
// The page says search is unavailable until this script has loaded the index; opened from disk
// (where browsers run no module scripts) or built without search, that notice stays.
document.getElementById("search-unavailable").hidden = true;
await pagefind.options({ baseUrl: root.pathname });

const selects = [...form.querySelectorAll("select[data-filter]")];
const available = await pagefind.filters();
for (const select of selects) {
  const values = Object.keys(available[select.dataset.filter] ?? {}).sort((a, b) => a.localeCompare(b, "da"));
  if (select.dataset.filter === "år") values.reverse();
  for (const value of values) select.append(new Option(value, value));
}

const params = new URLSearchParams(location.search);
form.q.value = params.get("q") ?? "";
for (const select of selects) select.value = params.get(select.name) ?? "";

function excerpt(html) {
  const p = document.createElement("p");
  for (const part of html.split(/(<mark>.*?<\/mark>)/)) {
    const match = part.match(/^<mark>(.*)<\/mark>$/);
    if (match) {
      const mark = document.createElement("mark");
      mark.textContent = decode(match[1]);
      p.append(mark);
    } else {
      p.append(decode(part.replace(/<[^>]*>/g, "")));
    }
  }
  return p;
}

function decode(text) {
  const t = document.createElement("textarea");
  t.innerHTML = text;
  return t.value;
}

// Pagefind indexes "27.00.00-G01-250-19" and "20/19585" as one word each, their punctuation dropped,
// and reads a query with spaces as several words. A query shaped like a case or KLE number (digit
// groups, a facet such as G01, perhaps after "sag" or "nr.") is also searched as that one word, and
// what it finds comes first; the query as typed is searched too, so nothing it finds is lost.
function asNumber(query) {
  const groups = query.split(/[\s.\-\/_:,]+/).filter(Boolean);
  if (groups.length > 1 && /^(sag|sagsnr|sagsnummer|nr|j|jnr|journalnr|kle)$/i.test(groups[0])) groups.shift();
  const compact = groups.join("");
  const digits = compact.replace(/\D/g, "").length;
  const shaped = groups.length > 1 && /^\d+$/.test(groups[0]) && groups.every((g) => /^\d+$|^\p{L}\d{1,3}$/u.test(g));
  return shaped && digits >= 4 ? compact : null;
}

// Only a meeting's items and decisions are parts worth listing under a result.
const PART = /#(titel|beslutning)-punkt-/;

let latest = 0;

async function run() {
  // A newer search (a quick second filter change) makes this one's results stale: drop them.
  const ticket = ++latest;
  const query = form.q.value.trim();
  const filters = {};
  for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
  list.replaceChildren();
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = "";
    return;
  }
  const number = query ? asNumber(query) : null;
  const searches = await Promise.all([number, query || null].filter((q, i) => i === 1 || q !== null)
    .map((q) => pagefind.search(q, { filters })));
  const seen = new Set();
  const found = searches.flatMap((s) => s.results).filter((r) => !seen.has(r.id) && seen.add(r.id));
  const results = await Promise.all(found.slice(0, 50).map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren();
  status.textContent = `${form.dataset.textResults}${query ? ` for «${query}»` : ""}: ${found.length}`;
  for (const r of results) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = r.url;
    a.textContent = r.meta.title;
    const meta = document.createElement("span");
    meta.className = "record-meta";
    meta.textContent = [r.meta.udvalg, r.meta.dato, r.meta.type].filter(Boolean).join(" · ");
    li.append(a, meta);
    // A meeting's items and decisions are the parts of its page under their own headings: the ones
    // that matched are listed under the meeting, each leading to its place on the page.
    const parts = (r.sub_results ?? []).filter((part) => PART.test(part.url)).slice(0, 3);
    if (parts.length === 0) {
      li.append(excerpt(r.excerpt));
    } else {
      const inner = document.createElement("ul");
      inner.className = "search-parts";
      for (const part of parts) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = part.url;
        link.textContent = part.title;
        item.append(link, excerpt(part.excerpt));
        inner.append(item);
      }
      li.append(inner);
    }
    list.append(li);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const next = new URLSearchParams();
  if (form.q.value.trim()) next.set("q", form.q.value.trim());
  for (const select of selects) if (select.value) next.set(select.name, select.value);
  history.replaceState(null, "", next.toString() ? `?${next}` : location.pathname);
  run();
});
for (const select of selects) select.addEventListener("change", () => form.requestSubmit());
run();
