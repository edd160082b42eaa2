// Mozilla Readability (the browser's reader mode) on pages given one per line on stdin as JSON
// {"id", "file" (an .html or .html.gz path), "url"}; prints one JSON line per page:
// {"id", "text", "title", "byline", "publishedTime"} ("error" instead when Readability gives nothing).
// Used by bench/run.sh wcxb --readability as the side-by-side baseline; not part of the product.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const quiet = new VirtualConsole();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const page = JSON.parse(line);
  let out;
  try {
    const raw = readFileSync(page.file);
    const html = (page.file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    const dom = new JSDOM(html, { url: page.url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    out = article
      ? { id: page.id, text: article.textContent || '', title: article.title || null,
          byline: article.byline || null, publishedTime: article.publishedTime || null }
      : { id: page.id, error: 'no article' };
    dom.window.close();
  } catch (e) {
    out = { id: page.id, error: String(e && e.message || e) };
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
