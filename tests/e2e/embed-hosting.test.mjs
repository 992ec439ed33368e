// A good guest (issue 8, CONTRACT §1 Hosting): the loading strategy (nothing before the page's load event,
// nothing until the element nears the viewport, focus or click loads at once), pkg/ on another origin with
// and without CORS, files that are refused, the iframe page, storage that is blocked, and zero layout shift
// when the app replaces its placeholder (320 and 1280 px, English and Spanish, each tool first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, newPage, url, collectConsole, shadow, screenshot, REPO_ROOT, recordShifts, holdRequests } from './lib/browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

let browser;
// The same files on a second loopback address: another origin, like a central host serving pkg/.
let withCors;
let withoutCors;
before(async () => {
  browser = await launchBrowser();
  withCors = await startServer({ root: REPO_ROOT, host: '127.0.0.2', port: 0 });
  withoutCors = await startServer({ root: REPO_ROOT, host: '127.0.0.2', port: 0, cors: false });
});
after(async () => {
  await browser?.close();
  await withCors?.close();
  await withoutCors?.close();
});

/** Every request for one of the app's files (glue, wasm, stylesheet, language table). */
function appRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    if (/\/pkg\/(endorsement_navigator(_bg)?\.(js|wasm)|navigator\.css|i18n\/)/.test(r.url())) seen.push(r.url());
  });
  return seen;
}

const ready = (page) =>
  page.waitForFunction(() => {
    const root = document.querySelector('endorsement-navigator')?.shadowRoot;
    return root && root.querySelector('.navigator h2') && !root.querySelector('.en-boot');
  }, null, { timeout: 20_000 });

// ------------------------------------------------------------------------------------------ loading

test('a widget far below the fold fetches nothing until the visitor scrolls within a viewport of it', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 });
  const log = collectConsole(page);
  const requests = appRequests(page);
  await page.goto(url('/www/hosts/far.html'));
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1500);
  assert.deepEqual(requests, [], 'nothing of the app is fetched while the element is far away');
  // The placeholder is there from the start, in the page's language.
  const status = await page.evaluate(() => document.querySelector('endorsement-navigator').shadowRoot.querySelector('.en-boot').textContent);
  assert.match(status, /Loading the Endorsement Navigator/);
  // Two viewports above the element: still nothing.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('endorsement-navigator').offsetTop - 2.2 * innerHeight));
  await page.waitForTimeout(700);
  assert.deepEqual(requests, [], 'two viewports away is not near yet');
  // Less than one viewport below the bottom edge: the app loads.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('endorsement-navigator').offsetTop - 1.6 * innerHeight));
  await ready(page);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm was fetched once the element came near');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('nothing is fetched before the host page has loaded; glue, wasm, stylesheet and language table in parallel', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 });
  const log = collectConsole(page);
  // Hold the host's own stylesheet back so its load event comes late.
  await page.route('**/www/hosts/host.css', async (route) => {
    await new Promise((r) => setTimeout(r, 1200));
    await route.continue();
  });
  await page.goto(url('/www/hosts/plain.html'), { waitUntil: 'commit' });
  await ready(page);
  const timing = await page.evaluate(() => {
    const load = performance.getEntriesByType('navigation')[0].loadEventStart;
    const files = performance
      .getEntriesByType('resource')
      .filter((e) => /\/pkg\/(endorsement_navigator|navigator\.css|i18n\/)/.test(e.name))
      .map((e) => ({ name: e.name.split('/').pop(), start: e.startTime, end: e.responseEnd }));
    return { load, files };
  });
  assert.ok(timing.load > 1000, `the load event was held back (${timing.load} ms)`);
  // Glue, wasm, stylesheet and the page language's table (only that one).
  assert.deepEqual(timing.files.map((f) => f.name).sort(), ['en.txt', 'endorsement_navigator.js', 'endorsement_navigator_bg.wasm', 'navigator.css']);
  for (const f of timing.files) assert.ok(f.start >= timing.load, `${f.name} requested at ${f.start} ms, before load at ${timing.load} ms`);
  // In parallel: each request starts before any of the others has finished.
  const firstEnd = Math.min(...timing.files.map((f) => f.end));
  for (const f of timing.files) assert.ok(f.start <= firstEnd, `${f.name} waited for another file: ${JSON.stringify(timing.files)}`);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

for (const how of ['focus', 'click']) {
  test(`${how} on the placeholder loads the app at once, even far below the fold`, async () => {
    const page = await newPage(browser, { width: 1280, height: 800 });
    const log = collectConsole(page);
    const requests = appRequests(page);
    await page.goto(url('/www/hosts/far.html'));
    await page.waitForTimeout(500);
    assert.deepEqual(requests, []);
    if (how === 'focus') {
      // The keyboard way: Tab reaches the placeholder (the page has no other focusable element).
      // (The app then takes the placeholder's place and moves focus to its first tab, checked below.)
      await page.keyboard.press('Tab');
    } else {
      await page.evaluate(() => document.querySelector('endorsement-navigator').shadowRoot.querySelector('.en-boot').click());
    }
    await ready(page);
    assert.ok(requests.some((u) => u.endsWith('.wasm')));
    if (how === 'focus') {
      // The keyboard visitor keeps their place: focus moves to the first tab.
      await page.waitForFunction(() => document.querySelector('endorsement-navigator').shadowRoot.activeElement?.getAttribute('role') === 'tab');
    }
    assert.deepEqual(log.problems(), []);
    await page.context().close();
  });
}

// ------------------------------------------------------------------------------------------ origins

test('pkg/ on another origin with CORS: the widget works, every app file comes from there', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 });
  const log = collectConsole(page);
  const requests = appRequests(page);
  await page.goto(url(`/www/hosts/cross-origin.html?pkg=${encodeURIComponent(withCors.url)}`));
  await ready(page);
  assert.ok(requests.length >= 3 && requests.every((u) => u.startsWith(withCors.url)), requests.join('\n'));
  const w = shadow(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await w.locator('#chk-req-training_hours').waitFor();
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('pkg/ on another origin without CORS: the console names Access-Control-Allow-Origin, the visitor gets a short message', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 });
  const log = collectConsole(page);
  await page.goto(url(`/www/hosts/cross-origin.html?pkg=${encodeURIComponent(withoutCors.url)}`));
  await page.waitForFunction(() => document.querySelector('endorsement-navigator')?.shadowRoot?.querySelector('.en-boot--failed'), null, { timeout: 20_000 });
  const ours = log.errors.map((e) => e.text).filter((t) => t.startsWith('<endorsement-navigator>'));
  assert.ok(ours.some((t) => t.includes('Access-Control-Allow-Origin') && t.includes(withoutCors.url)), ours.join('\n'));
  const text = await page.evaluate(() => document.querySelector('endorsement-navigator').shadowRoot.querySelector('.en-boot').textContent);
  assert.match(text, /cannot be shown on this page/);
  assert.match(text, /endorsement@example\.org/);
  assert.doesNotMatch(text, /reload|connection|internet|network/i);
  // The message keeps the placeholder's place: nothing below moves.
  const role = await page.evaluate(() => document.querySelector('endorsement-navigator').shadowRoot.querySelector('.en-boot').getAttribute('role'));
  assert.equal(role, 'alert');
  await page.context().close();
});

test('a wasm served with the wrong type still starts, and the console names application/wasm', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 });
  const log = collectConsole(page);
  const bytes = await readFile(join(REPO_ROOT, 'pkg/endorsement_navigator_bg.wasm'));
  await page.route('**/endorsement_navigator_bg.wasm', (route) =>
    route.fulfill({ status: 200, body: bytes, headers: { 'Content-Type': 'application/octet-stream', 'Access-Control-Allow-Origin': '*' } }),
  );
  await page.goto(url(`/www/hosts/cross-origin.html?pkg=${encodeURIComponent(withCors.url)}`));
  await ready(page);
  const ours = log.errors.map((e) => e.text);
  assert.ok(ours.some((t) => t.includes('`application/wasm`') && t.includes('application/octet-stream')), ours.join('\n'));
  await page.context().close();
});

test('a missing glue module: the console names the missing path', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 });
  const log = collectConsole(page);
  await page.route('**/pkg/endorsement_navigator.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(url('/www/hosts/plain.html'));
  await page.waitForFunction(() => document.querySelector('endorsement-navigator')?.shadowRoot?.querySelector('.en-boot--failed'), null, { timeout: 20_000 });
  const ours = log.errors.map((e) => e.text).filter((t) => t.startsWith('<endorsement-navigator>'));
  assert.ok(ours.some((t) => t.includes('not found (HTTP 404)') && t.includes('Upload /pkg/endorsement_navigator.js')), ours.join('\n'));
  await page.context().close();
});

test('the `make dist` release works from another origin: hashed names, long cache, no request to pkg/', async () => {
  const out = await mkdtemp(join(tmpdir(), 'navigator-dist-'));
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/dist.mjs'), '--out', out], { stdio: 'pipe' });
  const [release] = (await readdir(out)).filter((f) => !f.endsWith('.zip'));
  const host = await startServer({ root: out, host: '127.0.0.2', port: 0 });
  try {
    const page = await newPage(browser, { width: 1280, height: 800 });
    const log = collectConsole(page);
    const responses = [];
    page.on('response', (r) => responses.push({ url: r.url(), cache: r.headers()['cache-control'], encoding: r.headers()['content-encoding'] }));
    const embed = `${host.url}/${release}/embed.js`;
    await page.goto(url(`/www/hosts/cross-origin.html?embed=${encodeURIComponent(embed)}`));
    await ready(page);
    const files = responses.filter((r) => r.url.startsWith(host.url));
    const wasm = files.find((r) => /\/files\/endorsement_navigator_bg\.[0-9a-f]{10}\.wasm$/.test(r.url));
    assert.ok(wasm, files.map((r) => r.url).join('\n'));
    assert.equal(wasm.cache, 'public, max-age=31536000, immutable');
    assert.equal(wasm.encoding, 'br');
    assert.equal(files.find((r) => r.url === embed)?.cache, 'no-cache');
    assert.ok(!responses.some((r) => r.url.includes('/pkg/')), 'nothing comes from pkg/');
    assert.deepEqual(log.problems(), []);
    await page.context().close();
  } finally {
    await host.close();
    await rm(out, { recursive: true, force: true });
  }
});

// ------------------------------------------------------------------------------------------ iframe

test('pkg/frame.html takes the attributes as query parameters, under its strict CSP', async () => {
  const page = await newPage(browser, { width: 1280, height: 1000 });
  const log = collectConsole(page);
  await page.goto(url('/www/hosts/iframe.html'));
  const frame = page.frameLocator('iframe.navigator-frame');
  const w = frame.locator('endorsement-navigator');
  await w.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 20_000 });
  assert.match(await w.locator('.en-frame__association').textContent(), /Ofrecido por Example AIMH/);
  assert.match(await w.locator('.en-frame__contact').textContent(), /endorsement@example\.org/);
  assert.equal(await w.getByRole('tab').count(), 3);
  const inner = page.frames().find((f) => f.url().includes('/pkg/frame.html'));
  assert.equal(await inner.evaluate(() => document.documentElement.lang), 'es');
  const violations = log.messages.filter((m) => /Content Security Policy|Refused to/i.test(m.text));
  assert.deepEqual(violations, [], 'no CSP violation in the frame');
  assert.deepEqual(log.problems(), []);
  await screenshot(page, 'embed-iframe-1280');
  await page.context().close();
});

test('a sandboxed third-party frame without storage says that answers will not be kept', async () => {
  const page = await newPage(browser, { width: 1280, height: 1000 });
  const log = collectConsole(page);
  const frameUrl = `${withCors.url}/pkg/frame.html?association=Example%20AIMH&lang=en`;
  await page.goto(url(`/www/hosts/iframe.html?sandbox=allow-scripts&frame=${encodeURIComponent(frameUrl)}`));
  const w = page.frameLocator('iframe.navigator-frame').locator('endorsement-navigator');
  await w.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 20_000 });
  assert.match(await w.locator('.en-storage-note').textContent(), /your answers will not be kept/);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

// ------------------------------------------------------------------------------------------ no shift

const CASES = [];
for (const width of [320, 1280]) {
  for (const lang of ['en', 'es']) {
    for (const tools of ['category checker renewal', 'checker', 'renewal category']) CASES.push({ width, lang, tools });
  }
}

test('zero layout shift when the app replaces its placeholder (320/1280 px, en/es, each tool first)', async () => {
  for (const { width, lang, tools } of CASES) {
    const name = `${width} ${lang} ${tools.split(' ')[0]}`;
    // Tall enough that the host content below the shorter first screens is on screen as the app appears.
    const viewportHeight = width === 320 ? 1400 : 900;
    const page = await newPage(browser, { width, height: viewportHeight });
    const log = collectConsole(page);
    await recordShifts(page);
    // Hold the wasm back so the placeholder can be measured.
    const release = await holdRequests(page, '**/endorsement_navigator_bg.wasm');
    await page.goto(url(`/www/hosts/shift/${lang}-${tools.split(' ')[0]}.html`));
    await page.waitForFunction(() => document.querySelector('endorsement-navigator')?.shadowRoot?.querySelector('.en-skel'));
    await page.waitForTimeout(200);
    const placeholder = await page.evaluate(() => {
      const root = document.querySelector('endorsement-navigator').shadowRoot;
      const text = (sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent.trim());
      return {
        after: document.querySelector('#after').getBoundingClientRect().top,
        height: document.querySelector('endorsement-navigator').getBoundingClientRect().height,
        tabs: text('.en-skel__tab'),
        heading: text('.en-skel__heading')[0],
        intro: text('.en-skel__intro')[0],
      };
    });
    if (width === 320 && tools === 'category checker renewal') await screenshot(page, `embed-placeholder-${width}-${lang}`, { fullPage: false });
    release();
    await ready(page);
    await page.waitForTimeout(300);
    const app = await page.evaluate(() => {
      const root = document.querySelector('endorsement-navigator').shadowRoot;
      const text = (sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent.trim());
      return {
        after: document.querySelector('#after').getBoundingClientRect().top,
        natural: root.querySelector('.navigator').getBoundingClientRect().height,
        tabs: text('[role=tab]'),
        heading: text('.en-panel h2')[0] ?? text('.navigator h2')[0],
        intro: root.querySelector('.navigator h2 + p')?.textContent.trim(),
        shifts: window.__shifts,
      };
    });
    if (width === 320 && tools === 'category checker renewal') await screenshot(page, `embed-first-render-${width}-${lang}`, { fullPage: false });
    // The placeholder speaks the app's words (so it wraps like the app).
    assert.deepEqual(placeholder.tabs, tools.includes(' ') ? app.tabs : [], `${name}: tab names`);
    assert.equal(placeholder.heading, app.heading, `${name}: heading`);
    assert.equal(placeholder.intro, app.intro, `${name}: introduction`);
    // The same size, within a few pixels; and the host content below did not move.
    assert.ok(
      Math.abs(placeholder.height - app.natural) <= 4,
      `${name}: placeholder ${placeholder.height}px, first screen ${app.natural}px ` +
        '(a first screen changed size: `node scripts/placeholder-heights.mjs --write` re-measures www/loader/heights.json)',
    );
    if (placeholder.after < viewportHeight) {
      assert.ok(Math.abs(app.after - placeholder.after) < 1, `${name}: host content on screen moved from ${placeholder.after} to ${app.after}`);
    }
    const cls = app.shifts.reduce((a, b) => a + b, 0);
    assert.ok(cls <= 0.001, `${name}: layout shift ${cls} (${app.shifts.join(', ')})`);
    assert.deepEqual(log.problems(), [], name);
    await page.context().close();
  }
});

test('the placeholder is accessible: one status line, the rest hidden from assistive technology', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 });
  await page.goto(url('/www/hosts/far.html'));
  const info = await page.evaluate(() => {
    const boot = document.querySelector('endorsement-navigator').shadowRoot.querySelector('.en-boot');
    return {
      role: boot.getAttribute('role'),
      busy: boot.getAttribute('aria-busy'),
      hidden: boot.querySelector('.en-skel__look').getAttribute('aria-hidden'),
      tabindex: boot.getAttribute('tabindex'),
    };
  });
  assert.deepEqual(info, { role: 'status', busy: 'true', hidden: 'true', tabindex: '0' });
  await page.context().close();
});

// ------------------------------------------------------------------------------------------ share links

test('a share link on a long page at 390 px: the widget 5000 px down loads at once and comes into view', async () => {
  const page = await newPage(browser, { width: 390, height: 844, isMobile: true, hasTouch: true });
  const log = collectConsole(page);
  const requests = appRequests(page);
  const input = { category: 'family_specialist', endorsed_on: '2024-03-01', trainings: [{ hours: 6, date: '2025-03-01', kind: 'general' }] };
  const data = Buffer.from(JSON.stringify(input)).toString('base64url');
  await page.goto(url(`/www/hosts/far.html#navigator=renewal.${data}`));
  await ready(page);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'loaded without the visitor scrolling');
  // Once the app has rendered, the widget's top is at the top of the viewport (and stays there).
  await page.waitForTimeout(500);
  const view = await page.evaluate(() => {
    const element = document.querySelector('endorsement-navigator');
    const root = element.shadowRoot;
    return {
      top: element.getBoundingClientRect().top,
      scrollY: window.scrollY,
      selected: root.querySelector('[role=tab][aria-selected=true]')?.textContent.trim(),
      hash: location.hash,
    };
  });
  assert.ok(view.scrollY > 4000, `the page scrolled to the widget (scrollY ${view.scrollY})`);
  assert.ok(Math.abs(view.top) <= 2, `the widget's top is at the top of the viewport (${view.top} px)`);
  assert.equal(view.selected, 'Plan my renewal', 'the shared tool is open');
  assert.equal(view.hash, '', 'the app took the fragment off');
  await screenshot(page, 'embed-share-link-390', { fullPage: false });
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('a share link for a tool no element shows loads nothing early and scrolls nowhere', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  const requests = appRequests(page);
  await page.goto(url('/www/hosts/far.html#navigator=planner.e30'));
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.deepEqual(requests, []);
  await page.context().close();
});

test('storage="none": the placeholder says answers are not kept, as the app does', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 });
  await page.goto(url('/www/hosts/far.html'));
  const texts = await page.evaluate(() => {
    const element = document.createElement('endorsement-navigator');
    element.setAttribute('storage', 'none');
    element.setAttribute('tools', 'checker');
    document.querySelector('main').prepend(element);
    const root = element.shadowRoot;
    return { intro: root.querySelector('.en-skel__intro').textContent, footer: root.querySelector('.en-skel__footer').textContent };
  });
  assert.match(texts.intro, /Your entries are not kept/);
  assert.match(texts.footer, /Your answers are not kept/);
  assert.doesNotMatch(texts.intro + texts.footer, /stay in this browser/);
  await page.context().close();
});

test('the default snippet pasted in content (make perf page) at 412 px: nothing on the page moves', async () => {
  const page = await newPage(browser, { width: 412, height: 823, isMobile: true });
  const log = collectConsole(page);
  await recordShifts(page);
  // The element's reservation at first paint, before embed.js has run.
  const release = await holdRequests(page, '**/pkg/embed.js');
  await page.goto(url('/www/hosts/perf/with.html'), { waitUntil: 'commit' });
  await page.waitForSelector('h2#how');
  const before = await page.evaluate(() => ({
    top: document.querySelector('endorsement-navigator').getBoundingClientRect().top,
    height: document.querySelector('endorsement-navigator').getBoundingClientRect().height,
  }));
  assert.ok(before.top < 823, `the widget starts above the fold (${before.top} px)`);
  assert.ok(before.top + before.height > 823, `the reservation fills the rest of the screen (${before.height} px)`);
  release();
  await ready(page);
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.ok(cls <= 0.001, `layout shift ${cls}`);
  // The snippet's script asked for embed.js only once the page had painted its first content.
  const start = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    embed: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/pkg/embed.js'))?.startTime,
  }));
  assert.ok(start.paint > 0 && start.embed >= start.paint, `embed.js requested at ${start.embed} ms, first paint at ${start.paint} ms`);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});
