// End-to-end tests of the requirements checker (tool 2) in the shell's plain host page: the exact
// shortfalls shown, editing and removing entries, errors that keep what was typed, entries kept across a
// reload, the competency picker's limit, a keyboard-only flow at 320 px, axe, screenshots; the pace planner
// and its calendar file, read back with ical.js.
//
// Run alone: `make build && node tests/e2e/run.mjs checker`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

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
  waitForText,
} from './lib/browser.mjs';
import { downloadCalendar } from './lib/ics.mjs';

const HOST = '/www/hosts/plain.html';
let browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The id (or tag and text) of the element focused inside the widget's shadow root. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.querySelector('endorsement-navigator')?.shadowRoot?.activeElement;
    if (!el) return null;
    return { id: el.id, tag: el.localName, text: (el.textContent || '').trim().slice(0, 80), value: el.value ?? null };
  });
}

async function openChecker(page) {
  await page.goto(url(HOST));
  await waitForNavigator(page);
  const w = shadow(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByRole('heading', { level: 2, name: 'Requirements checker' }).waitFor();
  return w;
}

async function addTraining(w, hours, title = '') {
  await w.getByRole('button', { name: 'Add a training' }).click();
  if (title) await w.getByLabel('Title').fill(title);
  await w.locator('#chk-training-hours').fill(String(hours));
  await w.locator('#chk-training-save').click();
}

test('Family Specialist: exact shortfalls, edit, remove with undo, bad input kept, reload keeps entries', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await openChecker(page);
  const report = w.locator('.chk-report');

  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await waitForText(report, 'For Infant Family Specialist');

  await addTraining(w, 24, 'Attachment basics');
  await w.getByRole('button', { name: 'Add RSC hours' }).click();
  // An entry of 0 hours is refused beside the hours (the rules do not take one); 2 hours are saved.
  await w.locator('#chk-rsc-hours').fill('0');
  await w.getByRole('radio', { name: 'Yes' }).check();
  await w.locator('#chk-rsc-save').click();
  await waitForText(w.locator('#chk-rsc-hours-error'), 'An entry of 0 hours counts for nothing. Enter more than 0 hours.');
  await w.locator('#chk-rsc-hours').fill('2');
  await w.locator('#chk-rsc-save').click();

  await waitForText(w.locator('#chk-req-training_hours'), '9 more training hours');
  await waitForText(w.locator('#chk-req-training_hours'), '24 of 33 hours');
  await waitForText(w.locator('#chk-req-rsc_hours'), '22 more RSC hours');
  await waitForText(w.locator('#chk-req-families_served'), '10 more families served');
  await waitForText(w.locator('#chk-req-references'), '3 more references');
  await waitForText(w.locator('#chk-req-references'), 'One of them from the person you report to in your current job.');
  await waitForText(report, '6 requirements to go');
  await waitForText(w.locator('.chk-next'), 'Take 9 more hours of training.');
  const bar = w.locator('#chk-req-training_hours-bar');
  assert.equal(await bar.getAttribute('value'), '24');
  assert.equal(await bar.getAttribute('max'), '33');

  // The host page hears about each new report.
  const results = await page.evaluate(() => window.navigatorResults.filter((r) => r.detail.tool === 'checker'));
  const last = results.at(-1)?.detail;
  assert.equal(last?.output?.requirements?.training_hours?.have, 24);
  assert.equal(last?.input?.category, 'family_specialist');

  // Edit the training: the numbers follow.
  await w.getByRole('button', { name: 'Edit Training 1' }).click();
  assert.equal(await w.locator('#chk-training-hours').inputValue(), '24');
  await w.locator('#chk-training-hours').fill('30');
  await w.locator('#chk-training-save').click();
  await waitForText(w.locator('#chk-req-training_hours'), '3 more training hours');
  await waitForText(w.locator('.chk-section--training'), '30 hours');

  // Remove it, then undo.
  await w.getByRole('button', { name: 'Remove Training 1' }).click();
  await waitForText(w.locator('#chk-req-training_hours'), '33 more training hours');
  assert.equal((await focused(page))?.id, 'chk-training-undo', 'focus lands on Undo');
  await w.getByRole('button', { name: 'Undo' }).click();
  await waitForText(w.locator('#chk-req-training_hours'), '3 more training hours');

  // Bad input: an error next to the field and in the summary; the text stays.
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.locator('#chk-training-hours').fill('abc');
  await w.locator('#chk-training-save').click();
  const summary = w.locator('.en-error-summary');
  await waitForText(summary, 'There is a problem');
  await waitForText(summary, 'Enter the hours as a number, for example 6 or 1.5.');
  assert.equal((await focused(page))?.id, 'chk-training-error-summary', 'a failed save sends focus to the errors');
  await waitForText(w.locator('#chk-training-hours-error'), 'Enter the hours as a number');
  assert.equal(await w.locator('#chk-training-hours').inputValue(), 'abc');
  assert.equal(await w.locator('#chk-training-hours').getAttribute('aria-invalid'), 'true');
  await summary.getByRole('link').click();
  assert.equal((await focused(page))?.id, 'chk-training-hours', 'the summary link focuses the field');
  await waitForText(w.locator('#chk-req-training_hours'), '3 more training hours');

  await screenshot(page, 'checker-1280-errors');
  const violations = await runAxe(page, 'endorsement-navigator');
  assert.deepEqual(violations, [], formatViolations(violations));

  // Reload: saved entries, the category and the open draft (with its text) are still there.
  await page.reload();
  await waitForNavigator(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await waitForText(w.locator('#chk-req-training_hours'), '3 more training hours');
  await waitForText(w.locator('#chk-req-rsc_hours'), '22 more RSC hours');
  await waitForText(w.locator('.chk-section--training'), 'Training 1: Attachment basics');
  assert.equal(await w.locator('#chk-training-hours').inputValue(), 'abc');
  assert.equal(await w.getByLabel('Category', { exact: true }).inputValue().then(async (v) =>
    w.locator(`#chk-category option[value="${v}"]`).textContent()), 'Family Specialist');

  await w.locator('#chk-training-cancel').click();
  await screenshot(page, 'checker-1280');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('the competency picker allows one competency per whole hour and keeps extra picks', async () => {
  const page = await newPage(browser);
  const w = await openChecker(page);
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await w.getByRole('button', { name: 'Add a training' }).click();
  const status = w.locator('#chk-training-comp-status');
  await waitForText(status, 'Enter the hours first');
  await w.locator('#chk-training-hours').fill('3');
  await waitForText(status, '0 of 3 competencies chosen: 3 training hours allow 3');

  await w.locator('summary', { hasText: 'Theoretical Foundations' }).click();
  const boxes = w.locator('details:has(summary:has-text("Theoretical Foundations")) input[type=checkbox]');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await waitForText(status, '3 of 3 competencies chosen: 3 training hours allow 3');
  assert.equal(await boxes.nth(3).isDisabled(), true, 'a fourth box is disabled');
  assert.equal(await boxes.nth(0).isDisabled(), false, 'chosen boxes can still be unticked');
  await waitForText(w.locator('summary', { hasText: 'Theoretical Foundations' }), '3 chosen');

  // Lower the hours: the picks are kept and flagged; the engine's notice appears once saved.
  await w.locator('#chk-training-hours').fill('2');
  await waitForText(w.locator('#chk-training-comp-over'), 'only the first 2 count');
  assert.equal(await boxes.nth(2).isChecked(), true);
  await w.locator('#chk-training-save').click();
  await waitForText(w.locator('.chk-notices'), 'Training 1: This entry claims 3 competencies but can show at most 2');
  await waitForText(w.locator('#chk-core-theoretical_foundations'), '2 of 8 shown; 4 needed');

  await page.context().close();
});

test('a competency the new category does not list is named, takes no place, and can be unticked', async () => {
  const page = await newPage(browser);
  const w = await openChecker(page);
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.locator('#chk-training-hours').fill('2');
  await w.locator('summary', { hasText: 'Theoretical Foundations' }).click();
  await w.getByLabel('Disorders of infancy and early childhood').check();
  await w.locator('details:has(summary:has-text("Theoretical Foundations")) input[type=checkbox]').first().check();
  const status = w.locator('#chk-training-comp-status');
  await waitForText(status, '2 of 2 competencies chosen');
  await w.locator('#chk-training-save').click();

  // Family Associates do not list that competency: the report says so and it counts nothing.
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Associate' });
  await waitForText(w.locator('.chk-notices'),
    "Training 1: Not on this category's list, so not counted here and taking none of this entry's places: Disorders of infancy and early childhood.");
  await waitForText(w.locator('#chk-core-theoretical_foundations'), '1 of 7 shown');

  // In the editor it takes no place: one more can be picked, and one button unticks it.
  await w.getByRole('button', { name: 'Edit Training 1' }).click();
  await waitForText(status, '1 of 2 competencies chosen');
  await waitForText(w.locator('#chk-training-comp-not-listed'), 'Disorders of infancy and early childhood');
  await w.locator('summary', { hasText: 'Theoretical Foundations' }).click();
  const boxes = w.locator('details:has(summary:has-text("Theoretical Foundations")) input[type=checkbox]');
  assert.equal(await boxes.nth(1).isDisabled(), false, 'a second listed competency can still be chosen');
  await w.getByRole('button', { name: 'Remove from this entry' }).click();
  assert.equal(await w.locator('#chk-training-comp-not-listed').count(), 0);
  await w.locator('#chk-training-save').click();
  assert.equal(await w.locator('.chk-notices').count(), 0, 'no notice once it is unticked');

  await page.context().close();
});

test('keyboard only at 320 px: add a training and see the report change; no horizontal scroll; axe clean', async () => {
  const page = await newPage(browser, { width: 320, height: 720 });
  const log = collectConsole(page);
  await page.goto(url(HOST));
  await waitForNavigator(page);

  const tabUntil = async (predicate, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f && predicate(f)) return f;
    }
    assert.fail('could not reach the element by Tab');
  };
  // The tool tabs: one tab stop, arrows move between tools.
  await tabUntil((f) => f.text === 'Find my category');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page))?.text, 'Check requirements');
  const w = shadow(page);
  await w.getByRole('heading', { level: 2, name: 'Requirements checker' }).waitFor();
  await waitForText(w.locator('#chk-req-training_hours'), '33 more training hours');

  await tabUntil((f) => f.id === 'chk-training-add');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page))?.id, 'chk-training-editor-heading', 'focus moves to the editor');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page))?.id, 'chk-training-title');
  await page.keyboard.type('Keyboard training');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page))?.id, 'chk-training-hours');
  await page.keyboard.type('6');
  // Choose two competencies with the keyboard: open a domain with Enter, tick with Space.
  await tabUntil((f) => f.tag === 'summary' && f.text.startsWith('Theoretical Foundations'));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await waitForText(w.locator('#chk-training-comp-status'), '2 of 6 competencies chosen: 6 training hours allow 6');
  await screenshot(page, 'checker-320-editor');
  await tabUntil((f) => f.id === 'chk-training-save');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page))?.id, 'chk-training-heading', 'focus returns to the section');
  await waitForText(w.locator('#chk-req-training_hours'), '27 more training hours');
  await waitForText(w.locator('.chk-section--training'), 'Training 1: Keyboard training');

  // Edit it by keyboard too.
  await tabUntil((f) => f.id === 'chk-training-edit-0');
  await page.keyboard.press('Enter');
  await tabUntil((f) => f.id === 'chk-training-hours');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await waitForText(w.locator('#chk-req-training_hours'), '23 more training hours');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 320 px (overflow ${overflow}px)`);
  const violations = await runAxe(page, 'endorsement-navigator');
  assert.deepEqual(violations, [], formatViolations(violations));
  await screenshot(page, 'checker-320');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('mentor and add-on categories: exam note, waived education, endorsements held', async () => {
  const page = await newPage(browser, { width: 1280 });
  const w = await openChecker(page);
  const report = w.locator('.chk-report');

  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Mental Health Mentor – Clinical' });
  await waitForText(report, 'This category also includes a written exam');
  // The exam's facts: the last full week of each month, January to November; $240 to the Alliance.
  await waitForText(report, 'The exam is offered in the last full week of each month from January to November.');
  await waitForText(report, 'Registration costs $240');
  await waitForText(report, 'results arrive 8 to 10 weeks later');
  // Training on providing RSC is asked for without hours: guidance, not a requirement.
  await waitForText(w.locator('.chk-guidance'), 'Training specific to providing reflective supervision/consultation. You have logged 0 hours of it.');
  await waitForText(w.locator('#chk-req-training_hours'), '48 more training hours');
  await waitForText(w.locator('#chk-req-rsc_provision_hours'), '25 more RSC hours about your provision of RSC');

  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Associate' });
  await w.getByRole('button', { name: 'Add a degree' }).click();
  await w.getByLabel('Level').selectOption({ label: 'Associate degree' });
  await w.locator('#chk-degree-save').click();
  await waitForText(w.locator('#chk-req-work_years'), 'Not needed: you meet the education requirement instead');

  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Endorsed Reflective Supervisor (add-on)' });
  await waitForText(w.locator('#chk-req-prior_endorsement'), 'Endorsement in one of the six categories first');
  await w.getByLabel('Family Specialist').check();
  await waitForText(w.locator('#chk-req-prior_endorsement'), 'You hold an endorsement');
  await waitForText(w.locator('#chk-req-references'), 'From your RSC provider and from someone who receives RSC from you.');
  // RSC about one's own provision, logged for a period, with no job providing RSC: not counted, and said so.
  await w.getByRole('button', { name: 'Add RSC hours' }).click();
  await w.locator('#chk-rsc-hours').fill('12');
  await w.locator('#chk-rsc-qualified').check();
  await w.locator('#chk-rsc-about-provision').check();
  await w.locator('#chk-rsc-date').fill('2025-01-01');
  await w.locator('#chk-rsc-until').fill('2025-12-31');
  await w.locator('#chk-rsc-save').click();
  // Listed the way the language writes dates, not ISO.
  await waitForText(w.locator('.chk-section--rsc'), '1 January 2025 to 31 December 2025');
  await waitForText(w.locator('.chk-notices'), 'dated outside the jobs in which you provide RSC');
  await waitForText(w.locator('#chk-req-rsc_provision_hours'), '12 more RSC hours about your provision of RSC');
  await screenshot(page, 'checker-1280-ers');
  const violations = await runAxe(page, 'endorsement-navigator');
  assert.deepEqual(violations, [], formatViolations(violations));

  // RSC dated after today has not happened yet: refused beside the field, as the renewal tool refuses its
  // own entries dated after today; what was typed stays.
  await w.getByRole('button', { name: 'Add RSC hours' }).click();
  await w.locator('#chk-rsc-hours').fill('2');
  await w.locator('#chk-rsc-qualified').check();
  await w.locator('#chk-rsc-date').fill('2026-04-01');
  await w.locator('#chk-rsc-save').click();
  await waitForText(w.locator('#chk-rsc-date-error'), 'The date is after today');
  assert.equal(await w.locator('#chk-rsc-date').inputValue(), '2026-04-01');
  await waitForText(report, '12 more RSC hours about your provision of RSC');
  await page.context().close();
});

test('under the strict CSP host page the checker works without violations', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  await page.goto(url('/www/hosts/csp.csp.html'));
  await waitForNavigator(page);
  const w = shadow(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await addTraining(w, 6);
  await waitForText(w.locator('#chk-req-training_hours'), '27 more training hours');
  // Open an editor with the picker and an error, the parts with the most markup.
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.locator('#chk-training-hours').fill('-2');
  await w.locator('#chk-training-save').click();
  await waitForText(w.locator('#chk-training-hours-error'), 'Hours cannot be negative. Enter more than 0 hours.');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

// The pace planner (issue 16): hours a month in, the month each requirement would be met and when the
// person could apply out, in English and in Spanish.
/** 20 training hours and 10 RSC hours from a qualified provider: 14 RSC hours still to go (Family Specialist). */
async function addTrainingAndRsc(w) {
  await addTraining(w, 20);
  await w.getByRole('button', { name: 'Add RSC hours' }).click();
  await w.locator('#chk-rsc-hours').fill('10');
  await w.getByRole('radio', { name: 'Yes' }).check();
  await w.locator('#chk-rsc-save').click();
  await waitForText(w.locator('#chk-req-rsc_hours'), '14 more RSC hours');
}

test('pace planner: when each requirement would be met, in en and es', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await openChecker(page);
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('today', '2026-11-30'));
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await addTrainingAndRsc(w);

  const pace = w.locator('.chk-pace');
  await waitForText(pace, 'When could I apply?');
  await w.locator('#chk-pace-training').fill('5');
  await w.locator('#chk-pace-rsc').fill('2');
  const lines = w.locator('#chk-pace-lines');
  await waitForText(lines, 'Training hours: at 5 training hours a month you would have them by February 2027.');
  await waitForText(lines, 'RSC received: at 2 RSC hours a month you would have them by June 2027.');
  await waitForText(lines, 'Work experience: no job you still hold would get you there.');
  await waitForText(lines, 'Also needed, whatever the pace: Families served, References, Core competencies.');
  // Text that is not a number is named beside its field and keeps what was typed.
  await w.locator('#chk-pace-rsc').fill('two');
  await waitForText(pace, 'Type the hours a month as a number, such as 2 or 1.5.');
  assert.equal(await w.locator('#chk-pace-rsc').inputValue(), 'two');
  await w.locator('#chk-pace-rsc').fill('2');
  await screenshot(page, 'checker-pace-en');

  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
  await w.locator('#chk-pace-training').fill('1,5');
  await w.locator('#chk-pace-rsc').fill('2');
  await waitForText(w.locator('#chk-pace-lines'), 'Horas de capacitación: con 1,5 horas de capacitación al mes las tendría en agosto de 2027.');
  await waitForText(w.locator('#chk-pace-lines'), 'RSC recibida: con 2 horas de RSC al mes las tendría en junio de 2027.');
  await page.setViewportSize({ width: 320, height: 900 });
  await screenshot(page, 'checker-pace-es-320');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

// The pace planner's calendar file (issue 16): a reminder on the day the person could apply and on the day
// each requirement met before it is reached, on the dates the planner shows, in en and es.
test('pace planner: the calendar file holds the dates shown, in en and es', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await openChecker(page);
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('today', '2026-11-30'));
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  // A position still held, so that the work years come with time.
  await w.getByRole('button', { name: 'Add a position' }).click();
  await w.getByLabel('Prevention and early intervention with children and caregivers').check();
  await w.locator('#chk-work-start').fill('2025-06-01');
  await w.getByLabel('I still work here').check();
  await w.locator('#chk-work-families').fill('12');
  await w.locator('#chk-work-save').click();
  await addTrainingAndRsc(w);

  const pace = w.locator('.chk-pace');
  // No pace, no date: nothing to put in a calendar.
  assert.equal(await pace.getByRole('button', { name: 'Add to my calendar' }).count(), 0);
  await w.locator('#chk-pace-training').fill('5');
  await w.locator('#chk-pace-rsc').fill('2');
  const lines = w.locator('#chk-pace-lines');
  await waitForText(lines, 'You could apply from June 2027 (last to be met: RSC received).');
  const shown = await lines.textContent();
  const workOn = /Work experience: the jobs you still hold would get you there on (\d+ \w+ \d{4})\./.exec(shown)[1];
  const applyFrom = /You could apply from (\w+ \d{4})/.exec(shown)[1];
  const inWords = (day, locale) =>
    new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthOf = (day, locale) =>
    new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });

  const file = await downloadCalendar(page, pace, 'Add to my calendar');
  assert.equal(file.name, 'endorsement-ready-2027-06-30.ics');
  const [ready, work, training] = file.calendar.events;
  assert.equal(file.calendar.events.length, 3, 'RSC is met on the day to apply: no event of its own');
  // DTSTART is the date the planner shows: the day for the work years, the month for the rest.
  assert.equal(inWords(work.start, 'en-GB'), workOn);
  assert.equal(monthOf(ready.start, 'en-GB'), applyFrom);
  assert.equal(ready.start, '2027-06-30');
  assert.match(shown, new RegExp(`would have them by ${monthOf(training.start, 'en-GB')}`));
  assert.deepEqual([ready.end, ready.allDay, ready.transparent], ['2027-07-01', true, true]);
  assert.equal(ready.summary, 'You could apply for Family Specialist from today');
  // Each reminder stands on its own: what was met, then the planner's sentences as shown.
  assert.match(ready.description, /^Already met when you made this file: Families served\. /);
  for (const line of await lines.locator('li').allTextContents()) {
    assert.ok(ready.description.includes(line), `${line} in ${ready.description}`);
  }
  assert.match(ready.description, /Also needed, whatever the pace: References, Core competencies\./);
  assert.deepEqual(ready.alarms.map((a) => a.at), ['2027-05-31T09:00:00', '2027-06-23T09:00:00']);
  assert.equal(ready.uid, 'ready-to-apply-2027-06-30-family_specialist@endorsement-navigator');
  assert.equal(work.summary, 'Requirement met: Work experience (Family Specialist)');
  assert.equal(training.summary, 'Requirement met: Training hours (Family Specialist)');
  assert.equal(work.description, ready.description);
  await pace.scrollIntoViewIfNeeded();
  await screenshot(page, 'checker-pace-calendar-1280', { fullPage: false });

  // In Spanish: the same dates and events, the sentences of the Spanish table.
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
  await waitForText(lines, 'Podría presentar la solicitud a partir de junio de 2027');
  const es = await downloadCalendar(page, pace, 'Agregar a mi calendario');
  const esReady = es.calendar.events[0];
  assert.equal(monthOf(esReady.start, 'es-ES'), 'junio de 2027');
  assert.equal(esReady.uid, ready.uid, 'the same event, so a calendar updates it');
  assert.equal(esReady.summary, 'Desde hoy podría solicitar el aval de Especialista Familiar');
  assert.match(esReady.description, /También se necesita, sea cual sea el ritmo: Referencias, Competencias centrales\./);
  assert.equal(es.calendar.events[1].summary, 'Requisito cumplido: Experiencia laboral (Especialista Familiar)');
  await page.setViewportSize({ width: 320, height: 900 });
  await pace.getByRole('button', { name: 'Agregar a mi calendario' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'checker-pace-calendar-es-320', { fullPage: false });
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'en'));
  await pace.getByRole('button', { name: 'Add to my calendar' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'checker-pace-calendar-320', { fullPage: false });

  // A pace that never gets there offers no file.
  await w.locator('#chk-pace-rsc').fill('0');
  await waitForText(lines, 'At this pace not every requirement would be met; see above.');
  assert.equal(await pace.getByRole('button', { name: 'Add to my calendar' }).count(), 0);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});
