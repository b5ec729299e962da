// Builds Referat's search index with Pagefind's Node API: the pages marked data-pagefind-body, plus
// one record per agenda item and per decision, so a result can lead straight to the item's anchor.
// Usage: node index.mjs <node_modules> <site folder> <records.json>
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, site, recordsFile] = process.argv.slice(2);
const pagefind = await import(pathToFileURL(join(modules, "pagefind", "lib", "index.js")).href);

const fail = async (what, errors) => {
  console.error(`pagefind: ${what}: ${errors.join("; ")}`);
  await pagefind.close();
  process.exit(1);
};

const { errors, index } = await pagefind.createIndex({ forceLanguage: "da" });
if (errors.length) await fail("cannot start", errors);

const pages = await index.addDirectory({ path: site });
if (pages.errors.length) await fail("cannot index the pages", pages.errors);

const records = JSON.parse(await readFile(recordsFile, "utf8"));
for (const record of records) {
  const added = await index.addCustomRecord({ ...record, language: "da" });
  if (added.errors.length) await fail(`cannot index ${record.url}`, added.errors);
}

const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
if (written.errors.length) await fail("cannot write the index", written.errors);
console.log(`pagefind: ${pages.page_count} pages and ${records.length} items and decisions indexed`);
await pagefind.close();
