// The association profile (CONTRACT §1) on a host page: inside the element and fetched from a URL; a bad
// field is named on the console and the rest applies; a profile that cannot be fetched leaves the widget
// running with its attributes (and waits for it before its first render); the association's deadline day reaches the renewal report; an
// early-childhood visitor where only IMH-E is offered is sent to the Alliance.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { collectConsole, launchBrowser, newPage, screenshot, shadow, url, waitForNavigator, waitForText } from './lib/browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

test('a profile inside the element: footer, console, renewal deadline day', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  const log = collectConsole(page);
  const renewal = { category: 'family_specialist', endorsed_on: '2025-06-01', trainings: [], rsc: [] };
  await page.goto(url(`/www/hosts/profile/inline.html#navigator=renewal.${b64(renewal)}`));
  await waitForNavigator(page);
  const widget = shadow(page);
  await waitForText(widget.locator('.en-frame__association'), 'Lakeshore AIMH');
  await waitForText(widget.locator('.en-frame__footer'), 'Questions? Write to Director of Endorsement:');
  await waitForText(widget.locator('.en-frame__footer'), 'Office hours');
  assert.ok(
    log.warnings.some((w) => w.text.includes('profile.membership.url: only http: and https: addresses are used')),
    log.warnings.map((w) => w.text).join('\n'),
  );
  // The rest of the profile applied: no link to javascript: anywhere.
  assert.equal(await widget.locator('a[href^="javascript:"]').count(), 0);
  // A share link asks before it replaces; with nothing saved it may show the answers at once.
  const show = widget.getByRole('button', { name: /show|open|use/i }).first();
  if (await show.count()) await show.click().catch(() => {});
  await waitForText(widget.locator('.rn-report'), "Lakeshore AIMH's renewal deadline is 15 December 2027", { timeout: 10_000 });
  await waitForText(widget.locator('.rn-report'), 'Renewal at Lakeshore AIMH');
  console.log(await screenshot(page, 'profile-inline-renewal-1280'));
  assert.deepEqual(log.problems(), []);
  await page.close();
});

test('a profile from a URL applies after the first render; a missing one is named on the console', async () => {
  const page = await newPage(browser, { viewport: { width: 320, height: 800 } });
  const log = collectConsole(page);
  await page.goto(url('/www/hosts/profile/fetched.html'));
  await waitForNavigator(page, '#good');
  await waitForNavigator(page, '#missing');
  await waitForText(shadow(page, '#good').locator('.en-frame__association'), 'Lakeshore AIMH');
  await waitForText(shadow(page, '#missing').locator('.en-frame__association'), 'Fallback AIMH');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && !log.warnings.some((w) => w.text.includes('missing.json'))) {
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const missing = log.warnings.find((w) => w.text.includes('missing.json'));
  assert.ok(missing && /profile: .*missing\.json could not be used \(HTTP 404/.test(missing.text), missing?.text);
  assert.ok(log.warnings.some((w) => w.text.includes('profile.membership.url')));
  console.log(await screenshot(page, 'profile-fetched-320'));
  await page.close();
});

test('credentials="imh": an early-childhood-only visitor is sent to the Alliance, never to apply here', async () => {
  for (const lang of ['en', 'es']) {
    const page = await newPage(browser, { viewport: { width: 390, height: 900 } });
    const answers = { ages: ['early_childhood'], scope: 'prevention', degree: 'bachelor', years_in_scope: 3, families_served: 12, psychotherapy: false };
    await page.goto(url(`/www/hosts/profile/inline.html#navigator=category.${b64(answers)}`));
    await waitForNavigator(page);
    const widget = shadow(page);
    await waitForText(widget.locator('.en-frame__association'), 'Lakeshore AIMH');
    if (lang === 'es') {
      await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
    }
    const show = widget.getByRole('button', { name: /show|open|use|mostrar|abrir|usar/i }).first();
    if (await show.count()) await show.click().catch(() => {});
    const result = widget.locator('.category-result');
    await waitForText(result, lang === 'en' ? 'Lakeshore AIMH does not offer ECMH-E' : 'Lakeshore AIMH no ofrece la ECMH-E', { timeout: 10_000 });
    await waitForText(result, 'Alliance for the Advancement of Infant Mental Health');
    const text = (await result.textContent()).replace(/\s+/g, ' ');
    assert.ok(!/Start your application with|Comenzar su solicitud con/.test(text), text);
    assert.equal(await result.locator('.category-check').count(), 0);
    // The caption says the credential is not offered here, and the heading names it.
    await waitForText(result.locator('.category-panel__caption'), lang === 'en' ? 'does not offer' : 'no ofrece');
    console.log(await screenshot(page, `profile-imh-only-early-childhood-${lang}-390`));
    await page.close();
  }
});
