// Opens Clerk's HTML pages in Debian's Chromium, takes a full-page screenshot and a Letter-size print of each,
// and checks each with axe-core (WCAG 2.1 A and AA, and best practices).
//
//   node check.mjs OUT_DIR PAGE.html...
//
// Writes OUT_DIR/NAME.png and OUT_DIR/NAME.pdf for each PAGE NAME.html, prints the violations as JSON on standard
// output (a page that fetches anything besides itself counts as one, 'external-resource'), and exits 1 when there
// is any (another non-zero code on a usage or browser error). CHROMIUM names the browser (default
// /usr/bin/chromium); this script never downloads one.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const [outDir, ...pages] = process.argv.slice(2);
if (!outDir || pages.length === 0) {
  console.error('usage: node check.mjs OUT_DIR PAGE.html...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const results = [];
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, offline: true });
  // axe-core goes in through the harness, before each page loads; the pages themselves have no script.
  await context.addInitScript({ path: AXE });
  const page = await context.newPage();
  let requests = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const file of pages) {
    const url = pathToFileURL(resolve(file)).href;
    requests = [];
    await page.goto(url, { waitUntil: 'load' });
    const name = basename(file).replace(/\.html?$/, '');
    await page.screenshot({ path: resolve(outDir, name + '.png'), fullPage: true });
    await page.pdf({ path: resolve(outDir, name + '.pdf'), format: 'Letter', preferCSSPageSize: true });
    const violations = await page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
      }));
    }, TAGS);
    // A page is self-contained: it asks for nothing but itself.
    const fetched = requests.filter((u) => u !== url);
    if (fetched.length > 0) {
      violations.push({ id: 'external-resource', impact: 'serious', help: 'The page fetches nothing',
        nodes: fetched.map((u) => ({ target: [u] })) });
    }
    results.push({ page: basename(file), violations });
  }
} finally {
  await browser.close();
}

const count = results.reduce((sum, r) => sum + r.violations.length, 0);
console.log(JSON.stringify({ axe: require('axe-core/package.json').version, tags: TAGS, pages: results }, null, 2));
console.error(`axe: ${results.length} page(s) checked, ${count} violation(s)`);
process.exit(count === 0 ? 0 : 1);
