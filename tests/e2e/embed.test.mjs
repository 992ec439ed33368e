// Embedding: the widget on every host page under www/hosts/, each completing a real flow through every
// tool it shows and asserting the numbers on screen. The tool files go deeper into each tool; this file is
// about the embed: classic and module loading from any path, hostile host CSS, a strict CSP, two
// independent instances, invalid attributes, attribute changes after mount, events and network quiet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, newPage, url, baseUrl, collectConsole, waitForNavigator, shadow, screenshot, runAxe,
  formatViolations,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** Polls until `locator`'s text contains `expected`; fails with the text seen. */
async function waitForText(locator, expected, timeout = 6000) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.textContent().catch(() => '')) ?? '';
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`expected ${expected} in: ${text.replace(/\s+/g, ' ').slice(0, 1500)}`);
}

/** Tool 1: prevention, bachelor's, 3 years, 12 families → Infant Family Specialist. */
async function categoryFlow(w) {
  await w.getByRole('tab', { name: 'Find my category' }).click();
  const next = () => w.getByRole('button', { name: 'Continue' }).click();
  await w.getByLabel('Pregnancy and children from birth up to 3').check();
  await next();
  await w.getByLabel('Prevention and early intervention').check();
  await next();
  await w.getByLabel("Bachelor's degree").check();
  await next();
  await w.locator('#category-years').fill('3');
  await next();
  await w.locator('#category-families').fill('12');
  await next();
  await w.getByLabel('No', { exact: true }).check();
  await next();
  await w.getByLabel('No, I am not endorsed yet').check();
  await next();
  await w.getByRole('button', { name: 'See my result' }).click();
  const result = w.locator('.category-result');
  await result.waitFor();
  assert.equal((await w.locator('.category-result h3').textContent()).trim(), 'Infant Family Specialist');
  await waitForText(result, 'You have served 12 families; 10 are needed.');
}

/** Tool 2: Family Specialist with a 24-hour training → 9 more training hours. */
async function checkerFlow(w) {
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.locator('#chk-training-hours').fill('24');
  await w.locator('#chk-training-save').click();
  await waitForText(w.locator('#chk-req-training_hours'), '9 more training hours');
  await waitForText(w.locator('#chk-req-rsc_hours'), '24 more RSC hours');
}

/** Tool 3: Family Specialist endorsed 2025-06-01, today 2026-11-22, 10 h → deadline 2027, 20 h to go. */
async function renewalFlow(page, w, element = 'endorsement-navigator') {
  await page.evaluate((sel) => document.querySelector(sel).setAttribute('today', '2026-11-22'), element);
  await w.getByRole('tab', { name: 'Plan my renewal' }).click();
  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await w.getByLabel('Date your endorsement was granted').fill('2025-06-01');
  const report = w.locator('.rn-report');
  await waitForText(report, '31 December 2027');
  await w.locator('#rn-training-date').fill('2026-01-01');
  await w.locator('#rn-training-hours').fill('10');
  await w.getByRole('button', { name: 'Add training' }).click();
  await waitForText(report, '20 more training hours');
  await waitForText(report, '24 more RSC hours');
}

/** Records every request that leaves the test server's origin. */
function foreignRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:')) seen.push(u);
  });
  return seen;
}

async function allTools(page, w, name) {
  await categoryFlow(w);
  await checkerFlow(w);
  await renewalFlow(page, w);
  const events = await page.evaluate(() => window.navigatorResults.map((r) => r.detail.tool));
  for (const tool of ['category', 'checker', 'renewal']) {
    assert.ok(events.includes(tool), `${name}: an endorsement-result event for ${tool} reached the document`);
  }
}

test('plain page (classic defer script): every tool, events, axe clean at 320 and 1280 px', async () => {
  for (const width of [320, 1280]) {
    const page = await newPage(browser, { width });
    const log = collectConsole(page);
    const foreign = foreignRequests(page);
    await page.goto(url('/www/hosts/plain.html'));
    await waitForNavigator(page);
    const w = shadow(page);
    const violations = await runAxe(page, 'endorsement-navigator');
    assert.deepEqual(violations, [], formatViolations(violations));
    await allTools(page, w, `plain ${width}`);
    const after = await runAxe(page, 'endorsement-navigator');
    assert.deepEqual(after, [], formatViolations(after));
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `no horizontal scroll at ${width} px (scrollWidth ${scroll})`);
    await screenshot(page, `embed-plain-${width}`);
    assert.deepEqual(foreign, [], 'no request beyond the page origin');
    assert.deepEqual(log.problems(), []);
    await page.context().close();
  }
});

test('module script from a deep relative path finds its siblings; lang changes after mount', async () => {
  const page = await newPage(browser, { width: 1280 });
  const log = collectConsole(page);
  await page.goto(url('/www/hosts/deep/path/module-deep.html'));
  await waitForNavigator(page);
  const w = shadow(page);
  // The page is Spanish, so the widget is too; switching the attribute re-renders in English.
  await w.getByRole('heading', { level: 2 }).first().waitFor();
  const spanish = await w.getByRole('heading', { level: 2 }).first().textContent();
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'en'));
  await w.getByRole('heading', { level: 2, name: 'Which category fits me?' }).waitFor();
  assert.notEqual(spanish.trim(), 'Which category fits me?', `Spanish first: ${spanish}`);
  await allTools(page, w, 'module');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('hostile host CSS does not leak in: readable type, own colours, every tool works', async () => {
  const page = await newPage(browser, { width: 320 });
  const log = collectConsole(page);
  await page.goto(url('/www/hosts/hostile.html'));
  await waitForNavigator(page);
  const w = shadow(page);
  const style = await page.evaluate(() => {
    const root = document.querySelector('endorsement-navigator').shadowRoot;
    const p = root.querySelector('p') || root.querySelector('h2');
    const cs = getComputedStyle(p);
    const button = getComputedStyle(root.querySelector('button'));
    return { size: parseFloat(cs.fontSize), color: cs.color, transform: cs.textTransform, button: button.display };
  });
  assert.ok(style.size >= 14, `font size ${style.size}px`);
  assert.notEqual(style.color, 'rgb(255, 255, 255)');
  assert.equal(style.transform, 'none');
  assert.notEqual(style.button, 'none');
  await allTools(page, w, 'hostile');
  await screenshot(page, 'embed-hostile-320');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('strict CSP (header and meta): every tool works with no violation', async () => {
  for (const path of ['/www/hosts/csp.csp.html', '/www/hosts/csp.html']) {
    const page = await newPage(browser, { width: 1280 });
    const log = collectConsole(page);
    await page.goto(url(path));
    await waitForNavigator(page);
    const w = shadow(page);
    await allTools(page, w, path);
    const violations = log.messages.filter((m) => /Content Security Policy|Refused to/i.test(m.text));
    assert.deepEqual(violations, [], `${path}: CSP violations`);
    assert.deepEqual(log.problems(), []);
    await page.context().close();
  }
});

test('two instances are independent: own tools, language, credentials and storage', async () => {
  const page = await newPage(browser, { width: 1280 });
  const log = collectConsole(page);
  await page.goto(url('/www/hosts/two.html'));
  await waitForNavigator(page, '#north');
  await waitForNavigator(page, '#south');
  const north = page.locator('#north');
  const south = page.locator('#south');
  // North shows category and checker only; south shows renewal first, in Spanish.
  assert.equal(await north.getByRole('tab').count(), 2);
  assert.equal(await south.getByRole('tab').count(), 2);
  await checkerFlow(north);
  const southText = await south.locator('.navigator').textContent();
  assert.ok(!southText.includes('9 more training hours'), 'acting in one leaves the other as it was');
  assert.match(southText, /renovación|Renovación|horas/i, 'south speaks Spanish');
  // The south checker starts empty: its storage key is its own association.
  await south.getByRole('tab').nth(1).click();
  assert.equal(await south.locator('#chk-req-training_hours-bar').getAttribute('value').catch(() => '0'), '0');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('invalid attributes fall back to defaults with console warnings; host text stays text', async () => {
  const page = await newPage(browser, { width: 1280 });
  const log = collectConsole(page);
  await page.goto(url('/www/hosts/invalid.html'));
  await waitForNavigator(page);
  const w = shadow(page);
  const warnings = log.warnings.map((m) => m.text).join('\n');
  for (const attribute of ['apply-url', 'credentials', 'tools', 'lang', 'today', 'storage', 'contact-email']) {
    assert.match(warnings, new RegExp(attribute), `a console warning names ${attribute}`);
  }
  // The association name is shown as text, never as markup.
  assert.equal(await w.locator('b').count(), 0);
  await waitForText(w.locator('.navigator'), '<b>Example</b> AIMH');
  assert.equal(await w.locator('a[href^="javascript:"]').count(), 0);
  // Defaults: all three tools, English.
  assert.equal(await w.getByRole('tab').count(), 3);
  await allTools(page, w, 'invalid');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});
