// The configurator (pkg/configure.html): typing updates the live preview (the real widget), a value the
// widget refuses is marked beside its field and reaches no result, the three results are right (the
// snippet and the shortcode parsed, the profile JSON read back, the download), the page in Spanish, the
// keyboard, axe at 1280 and 320 px, screenshots at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { snippetLoader } from '../../scripts/build-loader.mjs';
import {
  launchBrowser, newPage, url, collectConsole, shadow, screenshot, runAxe, formatViolations, waitForText,
} from './lib/browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PREVIEW = '#cf-preview-frame endorsement-navigator';
// The reservation values come from the build (pkg/snippet.json, measured into www/loader/heights.json).
const SNIPPET = JSON.parse(readFileSync(new URL('../../pkg/snippet.json', import.meta.url), 'utf8'));
const RESERVE = (tool, lang) => {
  assert.match(SNIPPET.reserve[tool][lang], /^clamp\(\d+px,calc\(\d+px - 100vw\),\d+px\)$/);
  return `display:block;min-height:var(--en-reserve,${SNIPPET.reserve[tool][lang]})`;
};

/** The preview's widget has rendered (not its placeholder). */
async function previewReady(page) {
  // On a phone the preview is below the form; the widget loads only when it comes near the viewport.
  await page.locator('#cf-preview-frame').scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    return !!(root && root.querySelector('.navigator') && !root.querySelector('.en-boot'));
  }, PREVIEW, { timeout: 20_000 });
}

async function open(page) {
  await page.goto(url('/pkg/configure.html'));
  await previewReady(page);
}

const value = (page, id) => page.locator(id).inputValue();

/** The results once they have settled after the last keystroke. */
async function results(page) {
  await page.waitForTimeout(400);
  return {
    snippet: await value(page, '#cf-snippet'),
    profile: await value(page, '#cf-profile'),
    shortcode: await value(page, '#cf-shortcode'),
  };
}

/** The snippet read by the browser's own HTML parser. */
function parseSnippet(page, snippet) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    const script = doc.querySelector('body > script');
    const element = doc.querySelector('endorsement-navigator');
    const inline = element?.querySelector('script[type="application/json"]');
    return {
      script: script && { src: script.getAttribute('src'), text: script.textContent },
      order: [...doc.body.children].map((e) => e.localName),
      attributes: element ? Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])) : null,
      inline: inline ? inline.textContent : null,
      children: doc.body.children.length,
    };
  }, snippet);
}

/** `[endorsement_navigator a="b" …]` → { a: 'b', … }, decoding the character references it may use. */
function parseShortcode(code) {
  const match = /^\[endorsement_navigator((?:\s+[\w-]+="[^"\[\]]*")*)\s*\]$/.exec(code.trim());
  assert.ok(match, `a shortcode with quoted attributes: ${code}`);
  const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#91;/g, '[').replace(/&#93;/g, ']').replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...match[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], decode(m[2])]));
}

test('typing updates the live preview: association name, tools, credentials, language', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  await open(page);
  const widget = shadow(page, PREVIEW).locator('.navigator');
  // Key by key, as a webmaster types.
  await page.locator('#cf-association').pressSequentially('Lakeshore AIMH', { delay: 20 });
  await waitForText(widget, 'Offered by Lakeshore AIMH');
  // Changing the association's name again is followed too.
  await page.locator('#cf-association').fill('Lakeshore Association for Infant Mental Health');
  await waitForText(widget, 'Offered by Lakeshore Association for Infant Mental Health');

  // Only the checker and the renewal calculator, the renewal calculator first.
  await page.locator('#cf-tools-category').uncheck();
  await page.locator('#cf-tools_first').selectOption('renewal');
  await previewReady(page);
  await page.waitForFunction((sel) => {
    const tabs = [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('[role=tab]') || [])];
    return tabs.map((t) => t.textContent.trim()).join('|') === 'Plan my renewal|Check requirements';
  }, PREVIEW, { timeout: 8000 });
  assert.equal(await page.locator(PREVIEW).getAttribute('tools'), 'renewal checker');

  // The widget in Spanish, by its `lang` field.
  await page.locator('#cf-lang').selectOption('es');
  await waitForText(widget, 'Ofrecido por Lakeshore Association for Infant Mental Health');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('a javascript: address is refused beside its field and reaches no result, not even the preview', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  await open(page);
  await page.locator('#cf-association').fill('Lakeshore AIMH');
  const fieldsWithUrls = ['#cf-apply-url', '#cf-profile-links-exam_prep', '#cf-profile-membership-url'];
  for (const id of fieldsWithUrls) await page.locator(id).fill('javascript:alert(1)');

  for (const id of fieldsWithUrls) {
    const error = page.locator(`${id}-error`);
    await error.waitFor({ state: 'visible' });
    assert.ok((await error.textContent()).trim().length > 10, `${id}: the widget's reason is shown`);
    // The error belongs to the field: announced with it, and the field is marked invalid.
    const described = (await page.locator(id).getAttribute('aria-describedby')).split(' ');
    assert.ok(described.includes(`${id.slice(1)}-error`), `${id} is described by its error`);
    assert.equal(await page.locator(id).getAttribute('aria-invalid'), 'true');
  }
  const out = await results(page);
  for (const [name, text] of Object.entries(out)) {
    assert.ok(!/javascript:/i.test(text), `${name} carries no javascript: address:\n${text}`);
  }
  assert.ok(out.snippet.includes('association="Lakeshore AIMH"'), 'the valid fields are still in the snippet');
  assert.equal(await page.locator(PREVIEW).getAttribute('apply-url'), null, 'the preview never gets it either');
  const inPreview = await page.locator(PREVIEW).evaluate((el) => el.outerHTML + (el.shadowRoot?.innerHTML ?? ''));
  assert.ok(!/javascript:/i.test(inPreview), 'nothing in the preview names the refused address');

  // A profile field refused by the widget's reading of the profile: beside the field, not in the JSON.
  await page.locator('#cf-profile-rules-renewal_deadline').fill('31-12');
  await page.locator('#cf-profile-rules-renewal_deadline-error').waitFor({ state: 'visible' });
  await page.locator('#cf-profile-membership-fee').fill('$50');
  const profile = JSON.parse((await results(page)).profile);
  assert.deepEqual(profile, { profile: 1, membership: { fee: '$50' } }, 'only the fields the widget reads');
  assert.equal(await page.locator('#cf-profile-membership-fee').getAttribute('aria-invalid'), null);

  // Corrected, the error goes and the address is used.
  await page.locator('#cf-apply-url').fill('https://lakeshore.example.org/apply');
  await page.locator('#cf-apply-url-error').waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#cf-apply-url').getAttribute('aria-invalid'), null);
  assert.ok((await results(page)).snippet.includes('apply-url="https://lakeshore.example.org/apply"'));
  // The console may carry the widget's own warnings about what it ignored, and nothing worse.
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('the three results: snippet and shortcode parse to the attributes, the profile JSON reads back, download', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  const log = collectConsole(page);
  await open(page);
  await page.locator('#cf-association').fill('Lakeshore "Lake" AIMH & Friends [North]');
  await page.locator('#cf-apply-url').fill('https://lakeshore.example.org/apply?from=navigator&x=1');
  await page.locator('#cf-contact-email').fill('endorsement@lakeshore.example.org');
  await page.locator('#cf-profile-contact-name').fill('Director of Endorsement');
  await page.locator('#cf-credentials-ecmh').uncheck();
  await page.locator('#cf-storage').selectOption('none');
  await page.locator('#cf-profile-membership-url').fill('https://lakeshore.example.org/join');
  await page.locator('#cf-profile-membership-fee').fill('$50 a year');
  await page.locator('#cf-profile-fees-url').fill('https://lakeshore.example.org/fees');
  await page.locator('details.cf-details summary').first().click();
  await page.locator('#cf-profile-fees-family_specialist-application').fill('$85');
  await page.locator('#cf-profile-fees-family_specialist-processing').fill('$40');
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.locator('#cf-profile-steps-0-en').fill('Talk to the Director of Endorsement before you submit.');
  await page.locator('#cf-profile-steps-0-es').fill('Hable con la Dirección de Endorsement antes de enviar su solicitud.');
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.locator('#cf-profile-steps-1-en').fill('Send your transcripts </script> by mail.');
  await page.locator('#cf-profile-links-rsc_directory').fill('https://lakeshore.example.org/rsc');
  await page.locator('#cf-profile-rules-ers_add_on_for-family_specialist').check();
  await page.locator('#cf-profile-rules-ers_add_on_for-mental_health_specialist').check();
  await page.locator('#cf-profile-rules-renewal_deadline').fill('12-15');
  await page.getByRole('button', { name: 'Add a requirement' }).click();
  await page.locator('#cf-profile-rules-renewal_sub_requirements-0-hours').fill('9');
  await page.locator('#cf-folder').fill('https://cdn.example.net/navigator/');

  const expectedProfile = {
    profile: 1,
    contact: { name: 'Director of Endorsement' },
    membership: { url: 'https://lakeshore.example.org/join', fee: '$50 a year' },
    fees: {
      url: 'https://lakeshore.example.org/fees',
      family_specialist: { application: '$85', processing: '$40' },
    },
    steps: [
      {
        en: 'Talk to the Director of Endorsement before you submit.',
        es: 'Hable con la Dirección de Endorsement antes de enviar su solicitud.',
      },
      'Send your transcripts </script> by mail.',
    ],
    links: { rsc_directory: 'https://lakeshore.example.org/rsc' },
    rules: {
      ers_add_on_for: ['family_specialist', 'mental_health_specialist'],
      renewal_deadline: '12-15',
      renewal_sub_requirements: [{ kind: 'rsc_provision', hours: 9, of: 'training', who: 'rsc_providers' }],
    },
  };
  const expectedAttributes = {
    association: 'Lakeshore "Lake" AIMH & Friends [North]',
    'apply-url': 'https://lakeshore.example.org/apply?from=navigator&x=1',
    'contact-email': 'endorsement@lakeshore.example.org',
    credentials: 'imh',
    storage: 'none',
    profile: 'navigator-profile.json',
  };

  let out = await results(page);
  assert.deepEqual(JSON.parse(out.profile), expectedProfile);
  let parsed = await parseSnippet(page, out.snippet);
  // The default snippet: the element, then the script that adds embed.js after the page's first paint.
  assert.deepEqual(parsed.order, ['endorsement-navigator', 'script']);
  assert.equal(parsed.script.src, null);
  assert.equal(`<script>${parsed.script.text}</script>`, snippetLoader('https://cdn.example.net/navigator/embed.js'));
  // The default snippet (SNIPPET-DECISION): the element reserves the first screen's height in an inline style.
  const { style, ...attributes } = parsed.attributes;
  assert.equal(style, RESERVE('category', 'en'));
  assert.deepEqual(attributes, expectedAttributes);
  assert.equal(parsed.inline, null);
  assert.equal(parsed.children, 2, 'the element and the script, nothing else');
  assert.deepEqual(parseShortcode(out.shortcode), expectedAttributes, 'the shortcode has no style: the plugin adds it');
  assert.equal(await page.locator('#cf-csp-rule').textContent(), `endorsement-navigator{${style}}`);

  // The preview got the same attributes (without `profile`: it reads the profile from a child script).
  const previewAttributes = await page.locator(PREVIEW).evaluate((el) => ({
    attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    profile: JSON.parse(el.querySelector('script[type="application/json"]').textContent),
  }));
  const { profile: _profile, ...withoutProfile } = expectedAttributes;
  assert.deepEqual(previewAttributes.attributes, withoutProfile);
  assert.deepEqual(previewAttributes.profile, expectedProfile);

  // Download: navigator-profile.json with the same JSON.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cf-download').click()]);
  assert.equal(download.suggestedFilename(), 'navigator-profile.json');
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  assert.deepEqual(JSON.parse(Buffer.concat(chunks).toString('utf8')), expectedProfile);

  // The profile inside the code: a child JSON script that no text can close early.
  await page.locator('#cf-profile_place-inline').check();
  out = await results(page);
  parsed = await parseSnippet(page, out.snippet);
  assert.ok(!('profile' in parsed.attributes), 'no profile attribute when the profile is inside the code');
  assert.deepEqual(JSON.parse(parsed.inline), expectedProfile);
  assert.equal(parsed.children, 2);
  assert.ok(!('profile' in parseShortcode(out.shortcode)));

  // The reservation follows the first tool and the language.
  await page.locator('#cf-tools_first').selectOption('renewal');
  await page.locator('#cf-lang').selectOption('es');
  parsed = await parseSnippet(page, (await results(page)).snippet);
  assert.equal(parsed.attributes.style, RESERVE('renewal', 'es'));
  assert.equal(parsed.attributes.tools, 'renewal category checker');
  await page.locator('#cf-tools_first').selectOption('category');
  await page.locator('#cf-lang').selectOption('');

  // Copy: the snippet reaches the clipboard as shown.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await waitForText(page.locator('#cf-status'), 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), out.snippet);

  // The form is kept for the next visit.
  await page.reload();
  await previewReady(page);
  assert.equal(await value(page, '#cf-profile-steps-1-en'), 'Send your transcripts </script> by mail.');
  assert.deepEqual(JSON.parse((await results(page)).profile), expectedProfile);
  assert.deepEqual(log.problems(), []);
  await page.context().close();

  // On another computer: the downloaded profile read back fills the form and gives the same profile.
  const fresh = await newPage(browser);
  await open(fresh);
  await fresh.locator('#cf-open').setInputFiles({ name: 'navigator-profile.json', mimeType: 'application/json', buffer: Buffer.concat(chunks) });
  await fresh.locator('#cf-profile-steps-1-en').waitFor();
  assert.equal(await value(fresh, '#cf-profile-membership-fee'), '$50 a year');
  assert.deepEqual(JSON.parse((await results(fresh)).profile), expectedProfile);
  // A file that is not a profile changes nothing and says so beside the field.
  await fresh.locator('#cf-open').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2') });
  await fresh.locator('#cf-open-error').waitFor({ state: 'visible' });
  assert.deepEqual(JSON.parse((await results(fresh)).profile), expectedProfile);
  await fresh.context().close();
});

test('Spanish: the page, its errors and the preview switch language', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  await open(page);
  await page.locator('#cf-apply-url').fill('javascript:alert(1)');
  await page.locator('#cf-apply-url-error').waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Español' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal((await page.locator('h1').textContent()).trim(), 'Configurar el Navegador de Endorsement');
  assert.equal(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed'), 'true');
  await page.getByLabel('Nombre de la asociación').fill('Asociación Lakeshore');
  await waitForText(page.locator('#cf-apply-url-error'), 'Esta dirección no se usará');
  assert.ok(await page.getByRole('group', { name: 'Credenciales que ofrece' }).isVisible());
  assert.ok(await page.getByRole('button', { name: 'Copiar el código' }).isVisible());
  // The preview follows the page's language (its `lang` field is left at "the page's language").
  await previewReady(page);
  await waitForText(shadow(page, PREVIEW).locator('.navigator'), 'Ofrecido por Asociación Lakeshore');
  await waitForText(shadow(page, PREVIEW).locator('.navigator'), 'Encontrar mi categoría');
  await screenshot(page, 'configure-es-1280');
  // Back to English.
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal((await page.locator('h1').textContent()).trim(), 'Set up the Endorsement Navigator');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('keyboard: adding and removing a step keeps the focus in place', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  await open(page);
  await page.getByRole('button', { name: 'Add a step' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'cf-profile-steps-0-en');
  await page.keyboard.type('Book a call with us first.');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'cf-profile-steps-0-es');
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Remove step 1/);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#cf-profile-steps-0-en').count(), 0);
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Add a step/);
  await page.context().close();
});

for (const width of [1280, 320]) {
  test(`axe: no violations at ${width} px, with an error shown; ${width === 320 ? 'no sideways scrolling' : 'two columns'}`, async () => {
    const page = await newPage(browser, { width, height: 900 });
    const log = collectConsole(page);
    await open(page);
    await page.locator('#cf-association').fill('Lakeshore AIMH');
    await page.locator('#cf-apply-url').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.locator('details.cf-details summary').first().click();
    await page.locator('#cf-apply-url-error').waitFor({ state: 'visible' });
    await previewReady(page);
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    const layout = await page.evaluate(() => {
      const form = document.querySelector('#cf-form').getBoundingClientRect();
      const preview = document.querySelector('#cf-preview').getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        side: preview.left >= form.right - 1 && preview.top < form.bottom,
      };
    });
    assert.equal(layout.overflow, 0, 'nothing wider than the window');
    assert.equal(layout.side, width === 1280, width === 1280 ? 'the preview beside the form' : 'one column');
    assert.deepEqual(log.problems(), []);
    await page.context().close();
  });
}

test('screenshots at 1280 and 390 px', async () => {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const page = await newPage(browser, { width, height });
    await open(page);
    await page.locator('#cf-association').fill('Lakeshore Association for Infant Mental Health');
    await page.locator('#cf-contact-email').fill('endorsement@lakeshore.example.org');
    await page.locator('#cf-apply-url').fill('javascript:alert(1)');
    await page.locator('#cf-profile-membership-fee').fill('$50 a year');
    await page.locator('#cf-apply-url-error').waitFor({ state: 'visible' });
    await previewReady(page);
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `configure-${width}`, { fullPage: false });
    await screenshot(page, `configure-${width}-full`);
    for (const part of ['#cf-apply-url', '#cf-preview', '#cf-results']) {
      await page.locator(part).scrollIntoViewIfNeeded();
      await screenshot(page, `configure-${width}-${part.slice(4)}`, { fullPage: false });
    }
    await page.context().close();
  }
});
