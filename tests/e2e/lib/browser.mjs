// Helpers for the end-to-end tests (headless Debian Chromium driven by playwright-core).
//
// How the tier runs: `node tests/e2e/run.mjs [name-filter…]` (or `make test-e2e`) starts a static server on a
// free 127.0.0.1 port serving the repository root, puts its origin in E2E_BASE_URL, and runs every
// `tests/e2e/*.test.mjs` file with node's built-in test runner (`node --test`). A test file can also be run
// alone (`node --test tests/e2e/foo.test.mjs`): without E2E_BASE_URL this module starts its own server.
// Build first (`make build`) so that /pkg/ exists.
//
// Exports:
//   baseUrl                       origin of the static server, e.g. "http://127.0.0.1:40123" (no trailing /).
//   url(path)                     absolute URL for a repo-root path: url('/www/strict.csp.html').
//   CHROMIUM_PATH, CHROMIUM_ARGS  the executable and flags used (Chromium as root, no network chatter).
//   launchBrowser(options?)       → playwright Browser (fresh temporary profile each time). Close it in an
//                                   `after` hook: `after(() => browser.close())`. Launch once per file.
//   newPage(browser, {width, height, locale, colorScheme, reducedMotion, ...contextOptions}?)
//                                 → Page in a new isolated context (own localStorage). Default 1280×800;
//                                   pass {width: 360} for a phone-sized layout. page.context().close() ends it.
//   collectConsole(page)          → live record { messages, errors, warnings, pageErrors, failedRequests,
//                                   badResponses, problems() }: console messages ({type, text}),
//                                   uncaught exceptions (pageErrors: Error objects), network failures and
//                                   responses with status ≥ 400 (favicon.ico ignored). problems() returns
//                                   pageErrors + console errors + failed/bad requests as strings, the usual
//                                   "nothing went wrong" assertion: assert.deepEqual(log.problems(), []).
//                                   Call it BEFORE page.goto().
//   waitForNavigator(page, selector='endorsement-navigator', {timeout})
//                                 → waits until the element is defined and the app has replaced the
//                                   loading placeholder in its open shadow root; returns the element handle.
//   shadow(page, selector='endorsement-navigator')
//                                 → a Locator for the element; playwright's CSS/text/role locators pierce
//                                   open shadow roots, so shadow(page).getByRole('button', {name: 'Check'})
//                                   works as is.
//   screenshot(page, name, {fullPage=true}?)
//                                 → writes tests/e2e/screenshots/<name>.png and returns its path.
//   runAxe(page, selectorOrHandle?, {runOnly, rules, disableRules}?)
//                                 → axe-core violations array ([] = clean). Injects
//                                   node_modules/axe-core/axe.min.js into the page by evaluation, which a
//                                   strict CSP does not block (and which logs nothing). With no
//                                   target, analyses the whole document. A CSS selector or an ElementHandle
//                                   narrows it; axe descends into OPEN shadow roots of the target by itself,
//                                   so runAxe(page, 'endorsement-navigator') checks the widget's shadow
//                                   DOM. Default tags: wcag2a, wcag2aa, wcag21a, wcag21aa, best-practice.
//                                   formatViolations(violations) turns them into a readable string for
//                                   assertion messages.
//
// Minimal test file:
//   import { test, before, after } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { launchBrowser, newPage, url, collectConsole, waitForNavigator, runAxe, formatViolations }
//     from './lib/browser.mjs';
//   let browser;
//   before(async () => { browser = await launchBrowser(); });
//   after(async () => { await browser?.close(); });
//   test('demo page renders', async () => {
//     const page = await newPage(browser, { width: 360 });
//     const log = collectConsole(page);
//     await page.goto(url('/index.html'));
//     await waitForNavigator(page);
//     const violations = await runAxe(page, 'endorsement-navigator');
//     assert.deepEqual(violations, [], formatViolations(violations));
//     assert.deepEqual(log.problems(), []);
//     await page.context().close();
//   });

import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'tests/e2e/screenshots');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
];

async function ownServer() {
  const { startServer } = await import('../../../scripts/serve.mjs');
  const { url, server } = await startServer({ root: REPO_ROOT, port: 0 });
  server.unref();
  return url;
}

/** Origin of the static server serving the repository root (no trailing slash). */
export const baseUrl = (process.env.E2E_BASE_URL || (await ownServer())).replace(/\/+$/, '');

/** Absolute URL of a path under the repository root. */
export function url(path = '/') {
  return new URL(path, baseUrl + '/').href;
}

/** Launch headless Chromium with a fresh temporary profile. */
export async function launchBrowser(options = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run \`make setup\` (or set CHROMIUM_PATH)`);
  }
  const { args = [], ...rest } = options;
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    timeout: 60_000,
    ...rest,
  });
}

/** A page in a new, isolated browser context. */
export async function newPage(browser, options = {}) {
  const { width = 1280, height = 800, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width, height }, ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(Number(process.env.E2E_TIMEOUT_MS) || 15_000);
  return page;
}

/** Record console output, uncaught errors and failed requests of a page. Call before goto(). */
export function collectConsole(page) {
  const record = {
    messages: [],
    errors: [],
    warnings: [],
    pageErrors: [],
    failedRequests: [],
    badResponses: [],
    problems() {
      return [
        ...record.pageErrors.map((e) => `page error: ${e.message}`),
        ...record.errors.map((m) => `console.error: ${m.text}`),
        ...record.failedRequests.map((r) => `request failed: ${r.url} (${r.failure})`),
        ...record.badResponses.map((r) => `HTTP ${r.status}: ${r.url}`),
      ];
    },
  };
  const ignored = (u) => /\/favicon\.ico(\?|$)/.test(u);
  page.on('console', (msg) => {
    const entry = { type: msg.type(), text: msg.text(), location: msg.location() };
    record.messages.push(entry);
    if (entry.type === 'error') {
      // Chromium reports every 4xx/5xx as a console error too; the favicon one is noise.
      if (ignored(entry.location?.url ?? '') && /Failed to load resource/.test(entry.text)) return;
      record.errors.push(entry);
    } else if (entry.type === 'warning') {
      record.warnings.push(entry);
    }
  });
  page.on('pageerror', (err) => record.pageErrors.push(err));
  page.on('requestfailed', (req) => {
    if (!ignored(req.url())) record.failedRequests.push({ url: req.url(), failure: req.failure()?.errorText });
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !ignored(res.url())) record.badResponses.push({ url: res.url(), status: res.status() });
  });
  return record;
}

/** Wait until the custom element is defined and has rendered into its open shadow root. */
export async function waitForNavigator(page, selector = 'endorsement-navigator', { timeout = 20_000 } = {}) {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      // The app has replaced the placeholder (embed.js shows one until the wasm has rendered).
      const root = el && customElements.get(el.localName) && el.shadowRoot;
      return !!(root && root.querySelector('.navigator') && !root.querySelector('.en-boot'));
    },
    selector,
    { timeout },
  );
  return page.$(selector);
}

/**
 * Polls until `locator`'s text contains (or, with `absent`, no longer contains) `expected`, a string or
 * RegExp; fails with the text seen. With `collapseSpace` the text is matched with each run of whitespace
 * collapsed to one space.
 */
export async function waitForText(locator, expected, { timeout = 5000, absent = false, collapseSpace = false } = {}) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.textContent().catch(() => '')) ?? '';
    if (collapseSpace) text = text.replace(/\s+/g, ' ');
    const found = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
    if (found !== absent) return text;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`expected ${absent ? 'no ' : ''}${expected} in: ${text.replace(/\s+/g, ' ').slice(0, 3000)}`);
}

/** Locator for the widget; playwright locators pierce open shadow roots. */
export function shadow(page, selector = 'endorsement-navigator') {
  return page.locator(selector);
}

/** Save a PNG under tests/e2e/screenshots/ and return its path. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const safe = String(name).replace(/[^A-Za-z0-9._-]+/g, '_');
  const path = join(SCREENSHOT_DIR, safe.endsWith('.png') ? safe : `${safe}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

const require = createRequire(import.meta.url);
let axeSource;

async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe === 'object' && typeof window.axe.run === 'function')) return;
  // Evaluated through the DevTools protocol rather than added as a <script> tag (page.addScriptTag): that is
  // not subject to the page's CSP, so it works on strict-CSP host pages without logging a CSP violation
  // that collectConsole() would then report as a problem.
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`${axeSource}\n;void 0;`);
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) throw new Error('could not inject axe-core');
}

/**
 * Run axe-core and return its violations.
 * @param page playwright Page
 * @param target optional CSS selector (string) or ElementHandle; default: the whole document
 * @param options { runOnly: string[] of tags, rules: {id: {enabled}}, disableRules: string[] }
 */
export async function runAxe(page, target, options = {}) {
  await injectAxe(page);
  const {
    runOnly = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    rules = {},
    disableRules = [],
  } = options;
  const axeOptions = { runOnly: { type: 'tag', values: runOnly }, rules: { ...rules }, resultTypes: ['violations'] };
  for (const id of disableRules) axeOptions.rules[id] = { enabled: false };

  const summarize = (results) =>
    results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));

  let handle = null;
  if (typeof target === 'string') {
    handle = await page.$(target);
    if (!handle) throw new Error(`runAxe: no element matches ${target}`);
  } else if (target) {
    handle = target;
  }
  const results = handle
    ? await page.evaluate(([el, opts]) => window.axe.run(el, opts), [handle, axeOptions])
    : await page.evaluate((opts) => window.axe.run(document, opts), axeOptions);
  return summarize(results);
}

/** Human-readable list of axe violations, for assertion messages. */
export function formatViolations(violations) {
  if (!violations.length) return 'no accessibility violations';
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
}

/** Records the page's layout shifts not caused by input into `window.__shifts` (values), from the start. */
export async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Holds every request matching `pattern` until the returned function is called, so a state before the
 *  file arrives (the placeholder, the first paint) can be measured. */
export async function holdRequests(page, pattern) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}
