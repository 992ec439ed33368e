// End-to-end tests of the renewal-hours calculator (tool 3) in the shell's plain host page, with today fixed
// at 2026-11-22: the deadline and prorated hours, the logs (add, edit, remove, an entry outside the cycle),
// errors that keep what was typed, membership, the reinstatement path after a lapse, the result event,
// entries kept across a reload, a keyboard-only run at 320 px, axe, screenshots at 320 and 1280 px.
//
// Run alone: `make build && node tests/e2e/run.mjs renewal`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import {
  collectConsole,
  formatViolations,
  launchBrowser,
  newPage,
  runAxe,
  screenshot,
  shadow,
  url,
  waitForNavigator,
  waitForText as waitForTextIn,
} from './lib/browser.mjs';

const HOST = '/www/hosts/plain.html';
const TODAY = '2026-11-22';
let browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** This file's waits match with whitespace collapsed, as they did before the helper was shared. */
const waitForText = (locator, expected, options = {}) =>
  waitForTextIn(locator, expected, { collapseSpace: true, ...options });

/** The element focused inside the widget's shadow root. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.querySelector('endorsement-navigator')?.shadowRoot?.activeElement;
    if (!el) return null;
    return { id: el.id, tag: el.localName, text: (el.textContent || '').trim().slice(0, 80), value: el.value ?? null };
  });
}

/** Presses Tab (or Shift+Tab) until the element with `id` has focus. */
async function tabTo(page, id, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if ((await focused(page))?.id === id) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`could not reach #${id} with the keyboard; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Opens the host page with today fixed, collects `endorsement-result` events, and shows the renewal tool. */
async function openRenewal(page, { click = true } = {}) {
  await page.goto(url(HOST));
  await waitForNavigator(page);
  await page.evaluate((today) => {
    window.__renewalResults = [];
    document.addEventListener('endorsement-result', (e) => {
      if (e.detail?.tool === 'renewal') window.__renewalResults.push(e.detail);
    });
    document.querySelector('endorsement-navigator').setAttribute('today', today);
  }, TODAY);
  const w = shadow(page);
  if (click) {
    await w.getByRole('tab', { name: 'Plan my renewal' }).click();
    await w.getByRole('heading', { level: 2, name: 'Plan my renewal' }).waitFor();
  }
  return w;
}

async function addEntry(w, log, date, hours, title = '') {
  await w.locator(`#rn-${log}-date`).fill(date);
  await w.locator(`#rn-${log}-hours`).fill(String(hours));
  if (title) await w.locator(`#rn-${log}-title`).fill(title);
  await w.getByRole('button', { name: log === 'training' ? 'Add training' : 'Add RSC hours' }).click();
}

test('Family Specialist endorsed 2025-06-01: deadline, prorated hours, logs, membership, lapse', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  const log = collectConsole(page);
  const w = await openRenewal(page);
  const report = w.locator('.rn-report');
  const trainingLog = w.locator('.rn-log--training');

  await waitForText(report, 'Choose your category and enter your endorsement date');
  // Emerging status is not offered (the engine does not renew it), and the hint says why.
  const options = await w.locator('#rn-category option').allTextContents();
  assert.equal(options.length, 8, `placeholder and seven categories: ${options}`);
  assert.ok(!options.some((o) => /Emerging/.test(o)), `no Emerging option: ${options}`);
  await waitForText(w.locator('#rn-category-hint'), 'lasts 2 years and is not renewed');

  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await w.getByLabel('Date your endorsement was granted').fill('2025-06-01');
  await waitForText(report, '31 December 2027');
  await waitForText(report, 'The renewal window opens on 1 October 2027.');
  await waitForText(report, '404 days to go (about 13 months).');
  await waitForText(report, 'Endorsed 2 years by the deadline → 30 training hours and 24 RSC hours.');
  await waitForText(report, '30 more training hours');
  await waitForText(report, '24 more RSC hours');
  await waitForText(report, 'This cycle started on 1 June 2025, the day you were endorsed.');

  // Log 10 hours of training: 20 more to go.
  await addEntry(w, 'training', '2026-01-01', 10, 'Attachment basics');
  await waitForText(report, '10 of 30 hours');
  await waitForText(report, '20 more training hours');
  await waitForText(trainingLog, '10 hours1 January 2026Attachment basics');
  // Screen-reader users hear the change and the new summary in the shell's polite live region.
  await waitForText(
    w.locator('[role="status"][aria-live="polite"]'),
    'Added 10 hours on 1 January 2026. Next deadline 31 December 2027. Still needed: 20 more training hours, 24 more RSC hours.',
  );
  assert.equal(await w.locator('#rn-progress-training').getAttribute('value'), '10');
  assert.equal(await w.locator('#rn-progress-training').getAttribute('max'), '30');

  // An entry dated before the cycle is listed as outside and not counted.
  await addEntry(w, 'training', '2025-01-15', 4);
  await waitForText(trainingLog, 'Outside this cycle: not counted');
  await waitForText(report, '4 training hours you logged are dated outside this cycle, so they are not counted.');
  await waitForText(report, '20 more training hours');
  assert.equal(await w.locator('.rn-entry--outside').count(), 1);
  // The log's total is the report's: the 4 hours outside the cycle are not in it (a plain sum said 14).
  await waitForText(trainingLog, 'Counted toward this deadline: 10 hours');

  // RSC: 6 hours leaves 18.
  await addEntry(w, 'rsc', '2026-03-01', 6);
  await waitForText(report, '6 of 24 hours');
  await waitForText(report, '18 more RSC hours');

  // Bad input keeps what was typed and says why next to the field.
  await w.locator('#rn-training-date').fill('2026-02-01');
  await w.locator('#rn-training-hours').fill('ten');
  await w.getByRole('button', { name: 'Add training' }).click();
  await waitForText(w.locator('#rn-training-hours-error'), 'Enter the hours as a number');
  assert.equal(await w.locator('#rn-training-hours').inputValue(), 'ten');
  assert.equal(await w.locator('#rn-training-hours').getAttribute('aria-invalid'), 'true');
  assert.equal((await focused(page))?.id, 'rn-training-hours', 'focus on the field to fix');
  await w.locator('#rn-training-hours').fill('');
  await w.locator('#rn-training-date').fill('');

  // Edit the 10-hour entry to 12 hours.
  await w.getByRole('button', { name: 'Edit 10 hours on 1 January 2026' }).click();
  assert.equal((await focused(page))?.id, 'rn-training-date', 'focus moves into the form');
  await waitForText(trainingLog, 'Edit entry: 10 hours on 1 January 2026');
  assert.equal(await w.locator('#rn-training-hours').inputValue(), '10');
  assert.equal(await w.locator('#rn-training-date').inputValue(), '1 January 2026', 'written back as English writes it');
  await w.locator('#rn-training-hours').fill('12');
  await w.getByRole('button', { name: 'Save changes' }).click();
  await waitForText(report, '18 more training hours');
  await waitForText(trainingLog, '12 hours1 January 2026');
  assert.equal((await focused(page))?.text, 'Edit 12 hours on 1 January 2026', 'focus back on the entry');

  // Remove the outside entry: the note goes away.
  await w.getByRole('button', { name: 'Remove 4 hours on 15 January 2025' }).click();
  await waitForText(report, 'dated outside this cycle', { absent: true });
  await waitForText(trainingLog, 'Counted toward this deadline: 12 hours');
  assert.equal((await focused(page))?.id, 'rn-training-log-heading');

  // Membership: unknown, then expiring before the deadline.
  await waitForText(report, 'Enter your membership expiry date above');
  await w.getByLabel('Association membership expires').fill('2027-06-30');
  await waitForText(report, 'Your association membership expires on 30 June 2027, before the deadline (31 December 2027).');
  await waitForText(report, 'Not yet. Still needed: 18 more training hours; 18 more RSC hours;');

  // An endorsement date after today is the engine's error, shown next to the date, keeping the text.
  await w.getByLabel('Date your endorsement was granted').fill('2027-01-01');
  await waitForText(w.locator('#rn-endorsed-on-error'), 'The date is after today (22 November 2026), and only what has already happened counts.');
  assert.equal(await w.locator('#rn-endorsed-on').inputValue(), '2027-01-01');
  await waitForText(report, 'Choose your category and enter your endorsement date');
  await w.getByLabel('Date your endorsement was granted').fill('2025-06-01');
  await waitForText(report, '31 December 2027');

  // Endorsed in 2025, no deadline has passed yet: there is none to have missed, so no lapse question.
  await waitForText(w.locator('#rn-lapsed'), 'You have not had a renewal deadline yet');
  assert.equal(await w.getByRole('radio', { name: 'Yes' }).count(), 0);
  // Endorsed in 2021, the 2024 deadline has passed: the question names it, nothing is chosen, and the
  // result waits for the answer.
  await w.getByLabel('Date your endorsement was granted').fill('2021-06-01');
  await waitForText(w.locator('.rn-form'), 'Did you renew by 31 December 2024?');
  assert.equal(await w.locator('input[name="rn-lapsed"]:checked').count(), 0, 'no answer chosen for them');
  await waitForText(report, 'Answer whether you renewed by your past deadlines');
  await w.getByRole('radio', { name: 'Yes' }).check();
  await waitForText(report, 'Endorsed 3 years by the deadline → 45 training hours and 36 RSC hours.');

  // Lapsed: the reinstatement steps, with 12 of 15 hours in the past 12 months.
  await w.getByRole('radio', { name: 'No' }).check();
  const steps = w.locator('.rn-reinstatement');
  await waitForText(steps, 'Getting reinstated');
  await waitForText(steps, 'Complete 15 hours of training within the past 12 months, that is since 22 November 2025.');
  await waitForText(steps, '12 of 15 hours');
  await waitForText(steps, '3 more training hours');
  await waitForText(steps, 'plan for about 12 hours of RSC a year');
  await waitForText(steps, 'Agree to be audited in your next renewal cycle.');
  await waitForText(steps, 'Code of Ethics');
  await waitForText(steps, 'Your membership is active today.');
  await waitForText(steps, 'may charge a reinstatement fee');
  await waitForText(report, 'How we count this');
  await waitForText(report, 'The past 12 months run from the same date last year through today.');

  // The host page heard the results.
  const results = await page.evaluate(() => window.__renewalResults);
  assert.ok(results.length > 0, 'endorsement-result events');
  const last = results[results.length - 1];
  assert.equal(last.output.deadline, '2027-12-31');
  assert.equal(last.output.training.need, 45);
  assert.equal(last.output.training.have, 12);
  assert.equal(last.output.rsc.need, 36);
  assert.equal(last.output.previous_deadline_passed, '2024-12-31');
  assert.equal(last.output.reinstatement.training.need, 15);
  assert.equal(last.input.lapsed, true);
  assert.equal(last.input.today, TODAY);

  const violations = await runAxe(page, 'endorsement-navigator');
  assert.deepEqual(violations, [], formatViolations(violations));
  await screenshot(page, 'renewal-1280-lapsed');

  // A reload keeps the entries and answers (per association, in localStorage).
  const w2 = await openRenewal(page);
  await waitForText(w2.locator('.rn-log--training'), '12 hours1 January 2026');
  await waitForText(w2.locator('.rn-log--rsc'), '6 hours1 March 2026');
  await waitForText(w2.locator('.rn-report'), '33 more training hours');
  await waitForText(w2.locator('.rn-report'), 'Getting reinstated');

  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('Family Associate: RSC recommended, not required; ready when hours and membership are in order', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  const log = collectConsole(page);
  const w = await openRenewal(page);
  const report = w.locator('.rn-report');
  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Associate' });
  await w.getByLabel('Date your endorsement was granted').fill('2025-06-01');
  await waitForText(report, 'Endorsed 2 years by the deadline → 30 training hours.');
  await waitForText(report, 'recommended but not required to renew as Family Associate');
  assert.equal(await w.locator('#rn-progress-rsc').count(), 0);
  await addEntry(w, 'training', '2026-01-10', 30);
  await w.getByLabel('Association membership expires').fill('2028-03-31');
  await waitForText(report, 'You are ready to renew');
  await waitForText(report, 'between 1 October 2027 and 31 December 2027');
  await screenshot(page, 'renewal-1280-ready');
  const violations = await runAxe(page, 'endorsement-navigator');
  assert.deepEqual(violations, [], formatViolations(violations));
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('keyboard only at 320 px: a 2019 endorsement, never renewed: errors, the question with no default, the way back', async () => {
  const page = await newPage(browser, { width: 320, height: 700, locale: 'en-US' });
  const log = collectConsole(page);
  await openRenewal(page, { click: false });
  const w = shadow(page);
  const report = w.locator('.rn-report');

  // Into the tab list, then End: the last tool is the renewal calculator.
  await tabTo(page, 'en-tab-category');
  await page.keyboard.press('End');
  await w.getByRole('heading', { level: 2, name: 'Plan my renewal' }).waitFor();
  assert.equal((await focused(page))?.id, 'en-tab-renewal');

  // "Show my renewal" with nothing filled in: the error summary takes focus and links to the fields.
  for (let i = 0; i < 40 && (await focused(page))?.text !== 'Show my renewal'; i += 1) await page.keyboard.press('Tab');
  assert.equal((await focused(page))?.text, 'Show my renewal');
  await page.keyboard.press('Enter');
  await w.locator('#rn-error-summary').waitFor();
  assert.equal((await focused(page))?.id, 'rn-error-summary');
  await waitForText(w.locator('#rn-error-summary'), 'Choose the category you are endorsed in.');
  await waitForText(w.locator('#rn-error-summary'), 'Enter the date your endorsement was granted.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page))?.id, 'rn-category', 'the summary link focuses the field');

  // The category by arrow keys: past the placeholder to Family Associate, then Family Specialist.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await w.locator('#rn-category').inputValue(), '1');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page))?.id, 'rn-endorsed-on');
  // Endorsed 1 May 2019, typed day first: the 2021 and 2024 deadlines have passed, and both are named.
  await page.keyboard.type('01/05/2019');
  await waitForText(w.locator('#rn-lapsed-group'), 'Did you renew by 31 December 2021 and by 31 December 2024?');
  assert.equal(await w.locator('input[name="rn-lapsed"]:checked').count(), 0, 'nothing pre-selected');
  // No plan yet: a 2027 plan would mislead someone whose endorsement lapsed.
  await waitForText(report, 'Answer whether you renewed by your past deadlines');
  await waitForText(report, '31 December 2027', { absent: true });
  await screenshot(page, 'renewal-320-lapsed-question');

  // Going on without answering: the summary and the question both say so.
  for (let i = 0; i < 40 && (await focused(page))?.text !== 'Show my renewal'; i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page))?.id, 'rn-error-summary');
  await waitForText(w.locator('#rn-error-summary'), 'Past renewal deadlines: Answer whether you renewed by these deadlines');
  await waitForText(w.locator('#rn-lapsed-group-error'), 'Answer whether you renewed by these deadlines');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page))?.id, 'rn-lapsed', 'the summary link focuses the question');
  // Arrow to "No": lapsed, the way back.
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page))?.id, 'rn-lapsed-1');
  await waitForText(report, 'Getting reinstated');
  await waitForText(report, 'Endorsed 3 years by the deadline → 45 training hours and 36 RSC hours.');

  // A training of 10 hours, its date in words, submitted with Enter.
  await tabTo(page, 'rn-training-date');
  await page.keyboard.type('1 January 2026');
  await tabTo(page, 'rn-training-hours');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await waitForText(report, '35 more training hours');
  await waitForText(w.locator('.rn-reinstatement'), '10 of 15 hours');
  await waitForText(w.locator('.rn-reinstatement'), '5 more training hours');
  assert.equal((await focused(page))?.id, 'rn-training-date', 'ready for the next entry');

  // On a phone the result comes after the form and both logs: a link at the top goes to it.
  const jump = w.getByRole('button', { name: 'Go to your result: next deadline 31 December 2027' });
  assert.ok(await jump.isVisible(), 'the jump link is shown in one column');
  const top = (l) => l.evaluate((e) => e.getBoundingClientRect().top);
  assert.ok((await top(jump)) < (await top(w.locator('#rn-report-heading'))), 'the link comes before the result');
  await jump.focus();
  await page.keyboard.press('Enter');
  assert.equal((await focused(page))?.id, 'rn-report-heading');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 320 px (overflow ${overflow}px)`);
  const violations = await runAxe(page, 'endorsement-navigator');
  assert.deepEqual(violations, [], formatViolations(violations));
  await screenshot(page, 'renewal-320-lapsed');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('in Spanish at 320 and 1280 px: dates typed the Spanish way, the question and the way back in Spanish', async () => {
  for (const width of [320, 1280]) {
    const page = await newPage(browser, { width, height: 900, locale: 'es-ES' });
    const log = collectConsole(page);
    await openRenewal(page, { click: false });
    await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
    const w = shadow(page);
    await w.getByRole('tab', { name: 'Planear mi renovación' }).click();
    await w.getByRole('heading', { level: 2, name: 'Planear mi renovación' }).waitFor();
    const report = w.locator('.rn-report');
    await w.locator('#rn-category').selectOption({ index: 2 });
    await w.locator('#rn-endorsed-on').fill('1.5.2019');
    await waitForText(w.locator('#rn-lapsed-group'), '¿Renovó a más tardar el 31 de diciembre de 2021 y el 31 de diciembre de 2024?');
    assert.equal(await w.locator('input[name="rn-lapsed"]:checked').count(), 0);
    await waitForText(report, 'Indique si renovó en sus fechas límite pasadas');
    await w.getByRole('radio', { name: 'No' }).check();
    await waitForText(report, '31 de diciembre de 2027');
    // A date that does not exist is named as such; the text stays.
    await w.locator('#rn-training-date').fill('31/02/2025');
    await w.locator('#rn-training-hours').fill('2,5');
    await w.getByRole('button', { name: 'Agregar capacitación' }).click();
    await waitForText(w.locator('#rn-training-date-error'), 'Esa fecha no existe');
    assert.equal(await w.locator('#rn-training-date').inputValue(), '31/02/2025');
    await w.locator('#rn-training-date').fill('10 de mayo de 2026');
    await w.getByRole('button', { name: 'Agregar capacitación' }).click();
    await waitForText(w.locator('.rn-log--training'), '10 de mayo de 2026');
    await waitForText(w.locator('.rn-log--training'), 'Cuentan para esta fecha límite: 2,5 horas');
    await waitForText(w.locator('.rn-reinstatement'), '2,5 de 15 horas');
    // None of the engine's English.
    const text = await w.locator('.renewal-tool').innerText();
    assert.doesNotMatch(text, /\b(hours|deadline|Did you)\b/, 'no English in the Spanish tool');
    await screenshot(page, `renewal-${width}-es-lapsed`);
    assert.deepEqual(log.problems(), []);
    await page.context().close();
  }
});

test('two renewal entries of different kinds are saved and exported with their own kinds', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  const log = collectConsole(page);
  const w = await openRenewal(page);
  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await w.getByLabel('Date your endorsement was granted').fill('10 May 2025');
  await waitForText(w.locator('.rn-report'), '31 December 2027');
  await screenshot(page, 'renewal-1280-en-first');
  // The first of another type; the form then starts again from the default type.
  await w.locator('#rn-training-date').fill('05/01/2026');
  await w.locator('#rn-training-hours').fill('3');
  await w.getByLabel('Type of training').selectOption({ label: 'Training on providing reflective supervision' });
  await w.getByRole('button', { name: 'Add training' }).click();
  await waitForText(w.locator('.rn-log--training'), '5 January 2026');
  assert.equal(
    await w.getByLabel('Type of training').evaluate((s) => s.options[s.selectedIndex].text),
    'Infant and early childhood mental health training',
    "the next entry does not inherit the last one's type",
  );
  await addEntry(w, 'training', '2026-02-01', 100000);
  // A typing slip is counted, as the checker counts it, and named to be checked.
  await waitForText(w.locator('.rn-log--training'), 'Check 100,000 hours: it is far more than one entry usually holds.');
  await waitForText(w.locator('.rn-report'), 'Check 100,000 hours');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    w.getByRole('button', { name: 'Download my entries' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.tool, 'renewal');
  assert.deepEqual(
    file.entries.trainings.map((t) => [t.date, t.hours, t.kind]),
    [
      ['2026-01-05', 3, 'rsc_provision'],
      ['2026-02-01', 100000, 'general'],
    ],
  );
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

// The pace planner's sentence (issue 16): the hours still missing, spread over the months to the deadline,
// rounded up to a tenth, in English and in Spanish.
test('pace planner: hours a month until the deadline, in en and es', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  const log = collectConsole(page);
  const w = await openRenewal(page);
  await w.locator('#rn-category').selectOption({ label: 'Family Specialist' });
  await w.locator('#rn-endorsed-on').fill('2025-06-01');
  // 30 and 24 hours over the 14 months from 22 November 2026 to 31 December 2027.
  await waitForText(w.locator('#rn-pace'), 'That is about 2.2 training hours and 1.8 RSC hours a month until 31 December 2027.');
  await addEntry(w, 'training', '2026-01-01', 16);
  await waitForText(w.locator('#rn-pace'), 'That is about 1 training hour and 1.8 RSC hours a month until 31 December 2027.');
  await screenshot(page, 'renewal-pace-en');

  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
  await waitForText(w.locator('#rn-pace'), 'Son alrededor de 1 hora de capacitación y 1,8 horas de RSC al mes hasta el 31 de diciembre de 2027.');
  await page.setViewportSize({ width: 320, height: 800 });
  await screenshot(page, 'renewal-pace-es-320');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});
