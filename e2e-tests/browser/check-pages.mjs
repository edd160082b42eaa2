// Loads a story report and Swagger UI in a real headless Chromium and checks what a person would see.
// Usage: node check-pages.mjs GATEWAY_URL API_KEY STORY_ID SCREENSHOT_DIR
// Exits non-zero with a message on the first failed check.
import { chromium } from 'playwright-core';

const [gateway, apiKey, storyId, shots] = process.argv.slice(2);
const fail = (message) => { console.error(`FAIL: ${message}`); process.exit(1); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
         '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  await checkReport();
  await checkSwaggerUi();
  console.log('browser checks passed');
} finally {
  await browser.close();
}

async function checkReport() {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-API-Key': apiKey } });
  const page = await context.newPage();
  const response = await page.goto(`${gateway}/api/v1/stories/${storyId}/report`);
  if (response.status() !== 200) fail(`report answered ${response.status()}`);
  const rows = await page.locator('#comparison tbody tr.fact').count();
  if (rows < 1) fail('the report has no fact rows');
  const sources = await page.locator('#comparison thead th.source').allTextContents();
  if (sources.length < 2) fail(`expected at least two source columns, saw ${JSON.stringify(sources)}`);
  const verdicts = (await page.locator('.verdict').allTextContents()).map((v) => v.trim());
  const multiSource = verdicts.find((v) => ['AGREE', 'COMPATIBLE', 'CONFLICT'].includes(v));
  if (!multiSource) fail(`no fact compared across sources among ${verdicts}`);
  const colours = new Set();
  for (const verdict of new Set(verdicts)) {
    colours.add(await page.locator(`.verdict.${verdict}`).first().evaluate((e) => getComputedStyle(e).backgroundColor));
  }
  if (colours.has('rgba(0, 0, 0, 0)') || colours.size < new Set(verdicts).size) fail('verdicts are not coloured apart');
  const quotes = await page.locator('blockquote').count();
  if (quotes < 2) fail('figures are shown without their quotes');
  await page.screenshot({ path: `${shots}/report.png`, fullPage: true });
  await context.close();
}

async function checkSwaggerUi() {
  const page = await browser.newPage();
  await page.goto(`${gateway}/q/swagger-ui/`);
  await page.locator('.opblock-tag-section').first().waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: /Authorize/ }).first().click();
  await page.locator('.modal-ux input[type=text]').first().fill(apiKey);
  await page.locator('.modal-ux button.authorize').first().click();
  await page.locator('.modal-ux button.close-modal').first().click();
  const operation = page.locator('.opblock-get:has(.opblock-summary-path[data-path="/api/v1/stories"])').first();
  await operation.locator('.opblock-summary').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.getByRole('button', { name: 'Execute' }).click();
  const status = operation.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  const code = (await status.textContent()).trim();
  if (code !== '200') fail(`"Try it out" on /api/v1/stories answered ${code}`);
  await page.screenshot({ path: `${shots}/swagger-ui.png`, fullPage: false });
}
