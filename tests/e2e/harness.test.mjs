// Self-test of the e2e harness (tests/e2e/lib): the static server's content types and CSP header, axe-core
// seeing inside open shadow roots, axe injection under a strict CSP, console collection, screenshots.
// Uses only the fixtures in tests/e2e/lib/fixtures/, not the widget.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';

import {
  baseUrl,
  collectConsole,
  formatViolations,
  launchBrowser,
  newPage,
  runAxe,
  screenshot,
  url,
} from './lib/browser.mjs';

const FIXTURES = '/tests/e2e/lib/fixtures';
let browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('server sends the right content types and the strict CSP header', async () => {
  const check = async (path, type) => {
    const res = await fetch(`${baseUrl}${path}`, { method: 'HEAD' });
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('content-type'), type, path);
    return res;
  };
  await check(`${FIXTURES}/shadow-a11y.html`, /^text\/html/);
  await check(`${FIXTURES}/shadow-a11y.js`, /^text\/javascript/);
  await check('/tests/e2e/run.mjs', /^text\/javascript/);
  const csp = await check(`${FIXTURES}/strict.csp.html`, /^text\/html/);
  assert.equal(csp.headers.get('content-security-policy'), "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  const plain = await fetch(`${baseUrl}${FIXTURES}/shadow-a11y.html`, { method: 'HEAD' });
  assert.equal(plain.headers.get('content-security-policy'), null);
  if (existsSync(new URL('../../pkg/endorsement_navigator_bg.wasm', import.meta.url))) {
    await check('/pkg/endorsement_navigator_bg.wasm', /^application\/wasm$/);
  }
  assert.equal((await fetch(`${baseUrl}/no/such/file`)).status, 404);
  assert.equal((await fetch(`${baseUrl}/..%2f..%2fetc/passwd`)).status, 404);
});

test('axe finds a violation inside an open shadow root', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  await page.goto(url(`${FIXTURES}/shadow-a11y.html`));
  await page.locator('harness-widget').getByRole('button', { name: 'Check' }).waitFor();
  for (const target of [undefined, 'harness-widget', await page.$('harness-widget')]) {
    const violations = await runAxe(page, target);
    const label = violations.find((v) => v.id === 'label');
    assert.ok(label, `expected the unlabelled <input> in the shadow root to be reported; got ${formatViolations(violations)}`);
    assert.deepEqual(label.nodes[0].target, [['harness-widget', '#unlabelled']]);
  }
  assert.deepEqual(log.problems(), []);
  const path = await screenshot(page, 'harness-shadow');
  assert.ok(existsSync(path));
  await page.context().close();
});

test('axe runs on a strict-CSP page, and the CSP blocks inline script', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  await page.goto(url(`${FIXTURES}/strict.csp.html`));
  await page.locator('harness-widget').getByRole('button', { name: 'Check' }).waitFor();
  const violations = await runAxe(page, 'harness-widget');
  assert.ok(violations.some((v) => v.id === 'label'), formatViolations(violations));
  assert.deepEqual(log.problems(), [], 'injecting axe must not trip the CSP');
  const inlineRan = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.__inline === true;
  });
  assert.equal(inlineRan, false, 'the CSP should have blocked an inline script');
  assert.ok(log.errors.some((m) => /Content Security Policy/.test(m.text)), 'CSP violation reported on the console');
  await page.context().close();
});
