// The plugin on a real WordPress 6.1 (Debian's), driven with Playwright: the administrator's settings page
// (with the association's rules, which reach the renewal tool), an Author's shortcode, block and pasted
// element, hostile shortcode attributes, a share link on a WordPress page, the widget's files and their MIME
// types; screenshots of the settings page and of the widget in Twenty Twenty-Three at 1280 and 390 px.
// Started by tests/wordpress/run.sh, which sets ENNAV_WP_SITE and the passwords (E2E_BASE_URL is the site,
// so tests/e2e/lib/browser.mjs starts no server of its own).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { SCREENSHOT_DIR, collectConsole, launchBrowser, newPage, recordShifts, screenshot, waitForText } from '../e2e/lib/browser.mjs';

const SITE = process.env.ENNAV_WP_SITE;
// The default snippet's reservation as the build measured it (the plugin's includes/reserve.php comes from it).
const SNIPPET = JSON.parse(await readFile(new URL('../../pkg/snippet.json', import.meta.url), 'utf8'));
const ADMIN_PASSWORD = process.env.ENNAV_WP_ADMIN_PASSWORD;
const AUTHOR_PASSWORD = process.env.ENNAV_WP_AUTHOR_PASSWORD;
assert.ok(SITE && ADMIN_PASSWORD && AUTHOR_PASSWORD, 'run through tests/wordpress/run.sh');

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function logIn(user, password) {
  const page = await newPage(browser);
  await page.goto(`${SITE}/wp-login.php`);
  await page.locator('#user_login').fill(user);
  await page.locator('#user_pass').fill(password);
  // The first dashboard of a fresh site compiles much of WordPress's PHP: on a busy 2-core CI machine it
  // has taken more than the default 15 s.
  await Promise.all([page.waitForURL(/wp-admin/, { timeout: 60_000 }), page.locator('#wp-submit').click()]);
  return page;
}

/**
 * What went wrong on a page, except requests WordPress itself makes to other hosts (Gravatar in the admin
 * bar), which this machine cannot resolve.
 */
const problems = (log) => log.problems().filter((p) => !p.includes('net::ERR_NAME_NOT_RESOLVED') && !/gravatar\.com/.test(p));

/** Waits until the `index`-th element on the page has replaced its placeholder with the app. */
async function waitForWidget(page, index = 0, timeout = 20_000) {
  const element = page.locator('endorsement-navigator').nth(index);
  await element.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (i) => {
      const el = document.querySelectorAll('endorsement-navigator')[i];
      const root = el && customElements.get('endorsement-navigator') && el.shadowRoot;
      return !!(root && root.querySelector('.navigator') && !root.querySelector('.en-boot'));
    },
    index,
    { timeout },
  );
  return element;
}

/** The attributes of every <endorsement-navigator> on the page. */
const elementAttributes = (page) =>
  page.$$eval('endorsement-navigator', (els) =>
    els.map((el) => Object.fromEntries([...el.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value]))),
  );

/** Creates a post as the logged-in user through the REST API, as the block editor saves. */
async function publish(page, title, content) {
  await page.goto(`${SITE}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp && wp.apiFetch && wp.blocks && wp.blocks.getBlockTypes().length > 0);
  return page.evaluate(
    async ([title, content]) => {
      const post = await wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data: { title, content, status: 'publish' } });
      const raw = await wp.apiFetch({ path: `/wp/v2/posts/${post.id}?context=edit` });
      return { id: post.id, link: post.link, raw: raw.content.raw };
    },
    [title, content],
  );
}

let admin;
let settingsSaved;

test('the administrator saves the settings page and sees the values; a javascript: URL is refused', async () => {
  admin = await logIn('admin', ADMIN_PASSWORD);
  const log = collectConsole(admin);
  await admin.goto(`${SITE}/wp-admin/plugins.php`);
  await admin.locator('tr[data-slug="endorsement-navigator"] a', { hasText: 'Settings' }).click();
  await admin.waitForURL(/options-general\.php\?page=endorsement-navigator/);
  assert.equal(await admin.locator('#adminmenu a.current', { hasText: 'Endorsement Navigator' }).count(), 1);

  await admin.getByLabel('Association name').fill('Lakeshore AIMH');
  await admin.getByLabel('Apply URL').fill('javascript:alert(1)');
  await admin.getByLabel('Contact name').fill('Director of Endorsement');
  await admin.getByLabel('Contact e-mail').fill('endorsement@lakeshore.example');
  await admin.getByLabel('ECMH-E (Early Childhood Mental Health)').uncheck();
  await admin.getByLabel('Membership URL').fill('https://lakeshore.example/join');
  await admin.getByLabel('Membership fee').fill('$50 a year');
  await admin.getByLabel('Family Specialist: application fee').fill('$85');
  await admin.getByLabel('Steps').fill('Talk to the Director of Endorsement before you submit | Hable con la directora de endorsement antes de enviar');
  await admin.getByLabel('RSC provider directory').fill('https://lakeshore.example/rsc');
  await admin.getByRole('button', { name: 'Save Changes' }).click();

  await waitForText(admin.locator('#wpbody-content'), 'Apply URL was not saved: it must be a full address starting with http:// or https://.', { timeout: 30_000 });
  assert.equal(await admin.getByLabel('Apply URL').inputValue(), '');
  assert.equal(await admin.getByLabel('Association name').inputValue(), 'Lakeshore AIMH');
  assert.equal(await admin.getByLabel('Membership fee').inputValue(), '$50 a year');
  assert.equal(await admin.getByLabel('Family Specialist: application fee').inputValue(), '$85');
  assert.equal(await admin.getByLabel('ECMH-E (Early Childhood Mental Health)').isChecked(), false);
  assert.match(await admin.getByLabel('Steps').inputValue(), /^Talk to the Director .* \| Hable con la directora/);

  await admin.getByLabel('Apply URL').fill('https://lakeshore.example/apply');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await waitForText(admin.locator('#wpbody-content'), 'Settings saved.', { timeout: 30_000 });
  assert.equal(await admin.getByLabel('Apply URL').inputValue(), 'https://lakeshore.example/apply');
  await screenshot(admin, 'wordpress-settings-1280');
  // The admin's own requests (dashboard widgets, aborted on leaving the page) are WordPress's business.
  assert.deepEqual(problems(log).filter((p) => /endorsement/i.test(p)), []);
  settingsSaved = true;
});

test("the administrator sets the association's rules; the renewal tool names its 15 December deadline", async () => {
  assert.ok(settingsSaved, 'the settings test ran first');
  const page = `${SITE}/wp-admin/options-general.php?page=endorsement-navigator`;
  await admin.goto(page);
  const section = admin.locator('h2', { hasText: 'Rules your association varies' });
  await section.waitFor();
  const hours = admin.getByLabel('Of the renewal training hours, hours on providing RSC for people who provide RSC');
  assert.equal(await hours.getAttribute('aria-describedby'), 'endorsement-navigator-rsc_provision_hours-help');
  // A day that not every year has is refused, named, and loses nothing else that was typed.
  await admin.getByLabel('Renewal deadline day').fill('02-29');
  await hours.fill('9');
  await admin.getByLabel('Family Specialist', { exact: true }).check();
  await admin.getByLabel('Mental Health Specialist', { exact: true }).check();
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await waitForText(admin.locator('#wpbody-content'), 'Renewal deadline day was not saved: "02-29" is not a day of the year written MM-DD', { timeout: 30_000 });
  await screenshot(admin, 'wordpress-settings-rules-refused-1280', { fullPage: false });
  assert.equal(await admin.getByLabel('Renewal deadline day').inputValue(), '');
  assert.equal(await hours.inputValue(), '9');
  assert.equal(await admin.getByLabel('Family Specialist', { exact: true }).isChecked(), true);
  assert.equal(await admin.getByLabel('Association name').inputValue(), 'Lakeshore AIMH', 'the other settings stay');

  await admin.getByLabel('Renewal deadline day').fill('12-15');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await waitForText(admin.locator('#wpbody-content'), 'Settings saved.', { timeout: 30_000 });
  assert.equal(await admin.getByLabel('Renewal deadline day').inputValue(), '12-15');
  assert.equal(await admin.getByLabel('Renewal window opens').inputValue(), '');
  // The section as the administrator sees it: from its heading to the end of its table.
  const top = await section.boundingBox();
  const table = await admin.locator('h2:has-text("Rules your association varies") ~ table.form-table').first().boundingBox();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await admin.screenshot({ path: join(SCREENSHOT_DIR, 'wordpress-settings-rules-1280.png'), fullPage: true, clip: { x: 0, y: top.y - 16, width: 1280, height: table.y + table.height - top.y + 32 } });

  const post = await publish(admin, 'Plan your renewal', '<!-- wp:shortcode -->[endorsement_navigator tools="renewal" today="2026-12-02"]<!-- /wp:shortcode -->');
  const visitor = await newPage(browser);
  const log = collectConsole(visitor);
  await visitor.goto(post.link);
  const profile = JSON.parse(await visitor.locator('endorsement-navigator script[type="application/json"]').textContent());
  assert.deepEqual(profile.rules, {
    ers_add_on_for: ['family_specialist', 'mental_health_specialist'],
    renewal_deadline: '12-15',
    renewal_sub_requirements: [{ kind: 'rsc_provision', hours: 9, of: 'training', who: 'rsc_providers' }],
  });
  const element = await waitForWidget(visitor, 0);
  const widget = element.locator('.navigator');
  await widget.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await widget.getByLabel('Date your endorsement was granted').fill('2025-06-01');
  const report = element.locator('.rn-report');
  await waitForText(report, '15 December 2027');
  await waitForText(report, "Lakeshore AIMH's renewal deadline is 15 December 2027, not 31 December as in the general rules.");
  // The widget read every rule: it names none on the console as unusable.
  assert.deepEqual(log.warnings.map((w) => w.text).filter((t) => /profile/.test(t)), []);
  assert.deepEqual(problems(log), []);
  // The 9 hours on providing RSC apply once the person says they provide RSC.
  await widget.locator('#rn-provides-rsc').check(); // Yes
  await waitForText(report, "This is Lakeshore AIMH's own requirement for people who provide RSC, within the training hours above.");
  await report.locator('.rn-note--association').first().scrollIntoViewIfNeeded();
  await screenshot(visitor, 'wordpress-tt3-rules-1280', { fullPage: false });
  await visitor.context().close();
});

let authorPost;

test('an Author publishes the shortcode, the block and the bare element; kses keeps the element, not a script', async () => {
  assert.ok(settingsSaved, 'the settings test ran first');
  const author = await logIn('author', AUTHOR_PASSWORD);
  const content = [
    '<!-- wp:paragraph --><p>Our navigator, three ways.</p><!-- /wp:paragraph -->',
    '<!-- wp:shortcode -->[endorsement_navigator tools="category"]<!-- /wp:shortcode -->',
    '<!-- wp:endorsement-navigator/navigator {"association":"Harbor AIMH","tools":"renewal","lang":"es"} /-->',
    '<!-- wp:html --><endorsement-navigator association="Bay AIMH" apply-url="https://bay.example/apply" tools="checker"></endorsement-navigator><script>window.__pwned = true;</script><!-- /wp:html -->',
  ].join('\n');
  // The block is offered in the Author's editor.
  await author.goto(`${SITE}/wp-admin/post-new.php`);
  await author.waitForFunction(() => window.wp && wp.blocks && wp.blocks.getBlockType('endorsement-navigator/navigator'));
  authorPost = await publish(author, 'Find your endorsement', content);
  assert.match(authorPost.raw, /<endorsement-navigator association="Bay AIMH" apply-url="https:\/\/bay\.example\/apply" tools="checker"><\/endorsement-navigator>/);
  assert.doesNotMatch(authorPost.raw, /<script/, 'kses is active for the Author: the script was removed');
  await author.context().close();

  const page = await newPage(browser);
  const log = collectConsole(page);
  const served = await (await page.goto(authorPost.link)).text();
  const attributes = await elementAttributes(page);
  assert.deepEqual(attributes, [
    { association: 'Lakeshore AIMH', 'apply-url': 'https://lakeshore.example/apply', 'contact-email': 'endorsement@lakeshore.example', credentials: 'imh', tools: 'category' },
    { association: 'Harbor AIMH', 'apply-url': 'https://lakeshore.example/apply', 'contact-email': 'endorsement@lakeshore.example', credentials: 'imh', tools: 'renewal', lang: 'es' },
    { association: 'Bay AIMH', 'apply-url': 'https://bay.example/apply', tools: 'checker' },
  ]);
  // The site's profile travels with the shortcode and the block as a child script.
  const profile = JSON.parse(await page.locator('endorsement-navigator >> nth=0 >> script[type="application/json"]').textContent());
  assert.deepEqual(profile.membership, { url: 'https://lakeshore.example/join', fee: '$50 a year' });
  assert.deepEqual(profile.fees, { family_specialist: { application: '$85' } });
  // The default snippet's loader adds embed.js once the page has painted (no script tag for it in the HTML).
  const loader = SNIPPET.loader.split('{src}');
  assert.equal(served.split(loader[0]).length, 2, 'one loader on the page');
  assert.match(served.split(loader[0])[1].split(loader[1])[0], /^"http:\/\/127\.0\.0\.1:\d+\/wp-content\/plugins\/endorsement-navigator\/widget\/embed\.js\?ver=[\d.]+"$/);
  assert.doesNotMatch(served, /<script[^>]*src=[^>]*embed\.js/);
  // The default snippet's reservation: the first screen's height, at first paint, per first tool.
  const styles = await page.$$eval('endorsement-navigator', (els) => els.map((el) => el.getAttribute('style')));
  assert.equal(styles[0], SNIPPET.style.replace('{reserve}', SNIPPET.reserve.category.en));
  assert.equal(styles[1], SNIPPET.style.replace('{reserve}', SNIPPET.reserve.renewal.es), 'renewal in Spanish');
  assert.equal(styles[2], null, 'the pasted element is as the Author wrote it');

  const first = await waitForWidget(page, 0);
  assert.equal(await page.locator('script[src*="endorsement-navigator/widget/embed.js"]').count(), 1, 'added once for the three');
  await waitForText(first.locator('.navigator'), 'Which category fits me?');
  await waitForText(first.locator('.navigator'), 'Lakeshore AIMH');
  const second = await waitForWidget(page, 1);
  await waitForText(second.locator('.navigator'), 'Planear mi renovación');
  await waitForText(second.locator('.navigator'), 'Harbor AIMH');
  const third = await waitForWidget(page, 2);
  await waitForText(third.locator('.navigator'), 'Requirements checker');
  await waitForText(third.locator('.navigator'), 'Bay AIMH');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems(log), []);

  await page.locator('endorsement-navigator').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'wordpress-tt3-1280', { fullPage: false });
  await page.context().close();

  const phone = await newPage(browser, { width: 390, height: 844, isMobile: true, hasTouch: true });
  await recordShifts(phone);
  await phone.goto(authorPost.link);
  await waitForWidget(phone, 0);
  // The reserved first screen: nothing on the theme's page moved when the widget appeared.
  const shift = await phone.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.ok(shift <= 0.001, `layout shift ${shift}`);
  await phone.locator('endorsement-navigator').first().scrollIntoViewIfNeeded();
  await screenshot(phone, 'wordpress-tt3-390', { fullPage: false });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling on a phone');
  await phone.context().close();
});

test('hostile shortcode attributes are neutralised', async () => {
  const post = await publish(
    admin,
    'Hostile',
    '<!-- wp:shortcode -->[endorsement_navigator association="<script>window.__pwned=1</script>Evil<img src=x onerror=window.__pwned=2>" apply-url="javascript:window.__pwned=3" contact-email="x@example.org?bcc=all@example.org" tools="checker" onmouseover="window.__pwned=4" profile="javascript:alert(1)"]<!-- /wp:shortcode -->',
  );
  const page = await newPage(browser);
  const log = collectConsole(page);
  await page.goto(post.link);
  assert.deepEqual(await elementAttributes(page), [
    { association: 'Evil', 'apply-url': 'https://lakeshore.example/apply', 'contact-email': 'endorsement@lakeshore.example', credentials: 'imh', tools: 'checker' },
  ]);
  const element = await waitForWidget(page, 0);
  await waitForText(element.locator('.navigator'), 'Evil');
  const html = await page.content();
  assert.doesNotMatch(html, /__pwned|javascript:/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems(log), []);
  await page.context().close();
});

test('a share link (#navigator=…) on a WordPress page opens the tool with the shared answers', async () => {
  const input = { ages: ['infant'], scope: 'prevention', degree: 'bachelor', years_in_scope: 3, families_served: 25, psychotherapy: false, endorsed_in: [] };
  const data = Buffer.from(JSON.stringify(input)).toString('base64url');
  const page = await newPage(browser);
  const log = collectConsole(page);
  await page.goto(`${authorPost.link}#navigator=category.${data}`);
  const element = await waitForWidget(page, 0);
  const result = element.locator('.category-result');
  await result.waitFor();
  assert.match(await result.innerText(), /25 families/);
  await waitForText(element.locator('.en-arrival'), 'These are the answers from the link you opened.');
  assert.deepEqual(problems(log), []);
  await page.context().close();
});

test("the widget's files come from the plugin folder with the right MIME types", async () => {
  const page = await newPage(browser);
  const types = new Map();
  page.on('response', (r) => {
    if (r.url().includes('/plugins/endorsement-navigator/widget/')) types.set(new URL(r.url()).pathname.split('/widget/')[1], [r.status(), r.headers()['content-type']]);
  });
  await page.goto(authorPost.link);
  await waitForWidget(page, 0);
  await page.context().close();
  const seen = [...types.entries()];
  const of = (pattern) => seen.filter(([name]) => pattern.test(name)).map(([, v]) => v);
  assert.deepEqual(of(/^embed\.js$/), [[200, 'text/javascript']]);
  assert.deepEqual(of(/^files\/endorsement_navigator\.[0-9a-f]+\.js$/), [[200, 'text/javascript']]);
  assert.deepEqual(of(/\.wasm$/), [[200, 'application/wasm']]);
  assert.deepEqual(of(/\.css$/), [[200, 'text/css']]);
  assert.deepEqual(of(/^files\/i18n\/en\.[0-9a-f]+\.txt$/), [[200, 'text/plain']]);
  // Nothing else was asked of the server for the widget (no 404s).
  const log = await readFile(process.env.ENNAV_WP_ACCESS_LOG, 'utf8');
  assert.doesNotMatch(log, /\/endorsement-navigator\/\S* HTTP\/1\.1" 404/);
});

test('the settings page, the block and the shortcode all show nothing on pages without the widget', async () => {
  const page = await newPage(browser);
  const served = await (await page.goto(`${SITE}/?p=1`)).text();
  assert.equal(await page.locator('script[src*="endorsement-navigator"]').count(), 0, 'embed.js only where the widget is');
  assert.doesNotMatch(served, /widget\/embed\.js/, 'nor its loader');
  await page.context().close();
  await admin.context().close();
});
