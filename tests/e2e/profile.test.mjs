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

// The profile's rules on a host page: a sub-requirement for RSC providers (the renewal asks, the report
// shows it as a row naming the association) and `ers_add_on_for` (the finder offers the add-on only for the
// listed categories).
const SUB = {
  en: {
    question: 'Do you provide reflective supervision/consultation (RSC) to others?',
    unanswered: 'If you provide RSC, Lakeshore AIMH asks for part of these training hours',
    needed: 'your answer to whether you provide RSC',
    row: 'Training on providing reflective supervision',
    have: '4 of 9 hours',
    missing: '5 more training hours on providing RSC',
    who: "This is Lakeshore AIMH's own requirement for people who provide RSC",
    pace: 'about 2.5 training hours',
    notReady: 'Not yet. Still needed:',
  },
  es: {
    question: '¿Brinda usted supervisión/consulta reflexiva (RSC) a otras personas?',
    unanswered: 'Si usted brinda RSC, Lakeshore AIMH pide que parte de estas horas de capacitación',
    needed: 'su respuesta sobre si brinda RSC',
    row: 'Capacitación sobre cómo brindar supervisión reflexiva',
    have: '4 de 9 horas',
    missing: '5 horas más de capacitación sobre brindar RSC',
    who: 'Es un requisito propio de Lakeshore AIMH para quienes brindan RSC',
    pace: 'alrededor de 2,5 horas de capacitación',
    notReady: 'Todavía no. Falta:',
  },
};

test('a sub-requirement for RSC providers: the renewal asks, and the report shows it in en and es', async () => {
  for (const lang of ['en', 'es']) {
    for (const width of [320, 1280]) {
      const page = await newPage(browser, { viewport: { width, height: 900 } });
      const log = collectConsole(page);
      await page.goto(url('/www/hosts/profile/rules.html'));
      await waitForNavigator(page);
      if (lang === 'es') {
        await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
        await waitForText(shadow(page).locator('#rn-title'), 'renovación');
      }
      const w = shadow(page);
      const text = SUB[lang];
      await w.locator('#rn-category').selectOption({ value: await w.locator('#rn-category option').nth(2).getAttribute('value') });
      await w.locator('#rn-endorsed-on').fill('2025-06-01');
      // 26 general hours and 4 on providing RSC: the 30 training hours are met, 4 of the 9 are not.
      await w.locator('#rn-training-date').fill('2026-02-01');
      await w.locator('#rn-training-hours').fill('26');
      await w.locator('#rn-training-hours').press('Enter');
      await waitForText(w.locator('.rn-log--training'), '26');
      await w.locator('#rn-training-date').fill('2026-03-01');
      await w.locator('#rn-training-hours').fill('4');
      await w.locator('#rn-training-kind').selectOption({ index: 1 });
      await w.locator('#rn-training-hours').press('Enter');
      const report = w.locator('.rn-report');
      // Asked plainly, with no answer chosen; until answered the report cannot say "ready".
      await waitForText(w.locator('.rn-form'), text.question);
      assert.equal(await w.locator('#rn-provides-rsc').isChecked(), false);
      assert.equal(await w.locator('#rn-provides-rsc-1').isChecked(), false);
      await waitForText(report, text.unanswered, { collapseSpace: true });
      await waitForText(report.locator('.rn-ready'), text.needed);
      assert.equal(await w.locator('#rn-progress-sub-0').count(), 0);
      const unanswered = await screenshot(page, `profile-rules-renewal-unanswered-${lang}-${width}`);
      await w.locator('.rn-report').screenshot({ path: unanswered.replace(/\.png$/, '-rn-report.png') });
      console.log(unanswered);

      await w.locator('#rn-provides-rsc').check(); // Yes
      await waitForText(report, text.row);
      await waitForText(report, text.have);
      await waitForText(report, text.who);
      await waitForText(report.locator('.rn-hours'), text.missing);
      await waitForText(report.locator('.rn-pace'), text.pace);
      await waitForText(report.locator('.rn-ready'), text.notReady);
      await waitForText(report.locator('.rn-ready'), text.missing);
      assert.equal(await w.locator('#rn-progress-sub-0').getAttribute('value'), '4');
      assert.equal(await w.locator('#rn-provides-rsc-unanswered').count(), 0);
      const shot = await screenshot(page, `profile-rules-renewal-sub-requirement-${lang}-${width}`);
      console.log(shot);
      // A phone's page is long: the question and the hours, each on its own, to look at.
      for (const part of ['rn-form', 'rn-hours']) {
        const path = shot.replace(/\.png$/, `-${part}.png`);
        await w.locator(`.${part}`).screenshot({ path });
        console.log(path);
      }

      // "No": the sub-requirement is not this person's, and the hours are complete.
      await w.locator('#rn-provides-rsc-1').check();
      await waitForText(report, text.row, { absent: true });
      assert.deepEqual(log.problems(), []);
      await page.close();
    }
  }
});

test('ers_add_on_for: the finder offers the add-on only for the listed categories', async () => {
  const cases = [
    // Promotion work: Family Associate, not on the list: no add-on, and the association's rule is said.
    { scope: 'promotion', offered: false },
    // Prevention work: Family Specialist, on the list: the add-on, with the association's list beside it.
    { scope: 'prevention', offered: true },
  ];
  for (const { scope, offered } of cases) {
    const page = await newPage(browser, { viewport: { width: 390, height: 900 } });
    const log = collectConsole(page);
    const answers = { ages: ['infant'], scope, degree: 'bachelor', years_in_scope: 3, families_served: 12, provides_rsc_years: 2 };
    await page.goto(url(`/www/hosts/profile/rules.html#navigator=category.${b64(answers)}`));
    await waitForNavigator(page);
    const widget = shadow(page);
    const show = widget.getByRole('button', { name: /show|open|use/i }).first();
    if (await show.count()) await show.click().catch(() => {});
    const result = widget.locator('.category-result');
    await waitForText(result, 'At Lakeshore AIMH, the Endorsed Reflective Supervisor add-on is only for people endorsed as Infant Family Specialist / Infant Mental Health Specialist.', { timeout: 10_000 });
    assert.equal(await result.locator('#category-add-on-heading').count(), offered ? 1 : 0);
    const shot = await screenshot(page, `profile-rules-finder-add-on-${scope}-390`);
    await widget.locator('.category-add-on-limited').screenshot({ path: shot.replace(/\.png$/, '-note.png') });
    if (offered) await result.locator('section', { has: page.locator('#category-add-on-heading') }).screenshot({ path: shot.replace(/\.png$/, '-section.png') });
    console.log(shot);
    assert.deepEqual(log.problems(), []);
    await page.close();
  }
});
