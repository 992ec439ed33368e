// Smoke test: the demo page at the repository root loads without errors and the widget renders.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT, collectConsole, launchBrowser, newPage, screenshot, url, waitForNavigator } from './lib/browser.mjs';

const hasDemo = existsSync(join(REPO_ROOT, 'index.html'));
let browser;

before(async () => {
  if (hasDemo) browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('demo page /index.html loads without page errors', { skip: !hasDemo && 'no index.html yet' }, async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const response = await page.goto(url('/index.html'), { waitUntil: 'load' });
  assert.equal(response?.status(), 200);
  const widgets = await page.locator('endorsement-navigator').count();
  if (widgets > 0) await waitForNavigator(page);
  // Let late async work (wasm instantiation, first render) surface its errors.
  await page.waitForTimeout(500);
  await screenshot(page, 'smoke-index');
  assert.deepEqual(log.pageErrors.map((e) => e.message), [], 'uncaught errors on the demo page');
  await page.context().close();
});
