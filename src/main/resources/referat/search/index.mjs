// Builds Referat's search index with Pagefind's Node API from the pages Referat names on standard
// input, one JSON line each ({"url": "/x/", "file": "/…/x/index.html"}): the parts of them marked
// data-pagefind-body. A meeting page holds its items and decisions, each under a heading with an id,
// so Pagefind's sub-results lead straight to the item or decision that matched. The pages are read
// a few at a time, never all at once.
// Usage: node index.mjs <node_modules> <site folder> < pages.ndjson
// Prints "pagefind: progress: …" as it goes, and a summary line with the peak memory at the end.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const [modules, site] = process.argv.slice(2);
const pagefind = await import(pathToFileURL(join(modules, "pagefind", "lib", "index.js")).href);
// Enough pages in flight to keep Pagefind busy while files are read, few enough to hold little.
const IN_FLIGHT = 8;
const PROGRESS_EVERY = 2000;

const fail = async (what, errors) => {
  console.error(`pagefind: ${what}: ${errors.join("; ")}`);
  await pagefind.close();
  process.exit(1);
};

const { errors, index } = await pagefind.createIndex({ forceLanguage: "da" });
if (errors.length) await fail("cannot start", errors);

let pages = 0;
const pending = new Set();
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  const { url, file } = JSON.parse(line);
  const request = readFile(file, "utf8")
    .then((content) => index.addHTMLFile({ url, content }))
    .then(async (added) => {
      pending.delete(request);
      if (added.errors.length) await fail(`cannot index ${url}`, added.errors);
    });
  pending.add(request);
  if (++pages % PROGRESS_EVERY === 0) console.log(`pagefind: progress: ${pages} pages read`);
  if (pending.size >= IN_FLIGHT) await Promise.race(pending);
}
await Promise.all(pending);
console.log(`pagefind: progress: all ${pages} pages read, writing the index`);

const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
if (written.errors.length) await fail("cannot write the index", written.errors);
const peak = await resources();
const mb = (kb) => (kb === null ? "unknown" : Math.round(kb / 1024) + " MB");
console.log(`pagefind: ${pages} pages indexed; peak memory: Pagefind ${mb(peak.pagefind)}, Node.js ${mb(peak.node)}; `
  + `Pagefind's CPU time: ${peak.cpu === null ? "unknown" : peak.cpu.toFixed(1) + " s"}`);
await pagefind.close();
// close() only signals Pagefind's program to stop: wait until it is gone, so that it is reaped here
// rather than left to whatever process adopts it after this one ends.
for (let waited = 0; peak.pid !== null && waited < 5000; waited += 20) {
  const status = await readFile(`/proc/${peak.pid}/status`, "utf8").catch(() => "");
  if (!status || /^State:\s+Z/m.test(status)) break;
  await new Promise((resolve) => setTimeout(resolve, 20));
}
await new Promise((resolve) => setTimeout(resolve, 20));

/**
 * The peak memory (kB) of this process and of Pagefind's own program, its child, the child's CPU time
 * (s) and its pid, where /proc tells them (Linux). VmHWM, not getrusage: a started program's
 * ru_maxrss carries over its parent's. The CPU time is read here because a time command counts only
 * the processes that were waited for.
 */
async function resources() {
  const peakOf = (status) => {
    const peak = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    return peak ? Number(peak[1]) : null;
  };
  const result = { node: null, pagefind: null, pid: null, cpu: null };
  try {
    result.node = peakOf(await readFile("/proc/self/status", "utf8"));
    for (const entry of await readdir("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const status = await readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
      if (new RegExp(`^PPid:\\s+${process.pid}$`, "m").test(status)) {
        result.pagefind = peakOf(status);
        result.pid = Number(entry);
        // utime and stime, in the kernel's clock ticks (100 a second on Linux), after the name in parentheses.
        const fields = (await readFile(`/proc/${entry}/stat`, "utf8")).replace(/^.*\) /s, "").split(" ");
        result.cpu = (Number(fields[11]) + Number(fields[12])) / 100;
      }
    }
  } catch {
    // Not Linux: the figures are left out.
  }
  return result;
}
