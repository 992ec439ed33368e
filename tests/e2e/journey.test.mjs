// End-to-end tests of results people keep and pass on (issue 9): a share link for each tool restores what
// was shared in a fresh browser; opening one over saved answers asks first and keeps them when asked to; an
// unreadable link changes nothing; the finder's answers carry into the checker (Maria: bachelor's degree,
// 3 years of prevention work, 25 families); the renewal plan's calendar file, read by ical.js (a real
// RFC 5545 parser), for a renewal and for a lapsed endorsement; "Question 3" (no total that changes) in the finder; the footer with storage="none"; Esc in an entry form; the tool last used; entries downloaded, then loaded in another
// browser, and files that cannot be loaded changing nothing. English, and Spanish where noted.
//
// Run alone: `make build && node tests/e2e/run.mjs journey`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { downloadCalendar } from './lib/ics.mjs';

import {
  collectConsole,
  launchBrowser,
  newPage,
  screenshot,
  shadow,
  url,
  waitForNavigator,
  waitForText,
} from './lib/browser.mjs';

const HOST = '/www/hosts/plain.html';
let browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function open(page, address = url(HOST)) {
  await page.goto(address);
  await waitForNavigator(page);
  return shadow(page);
}

/** Maria through the finder, up to her result. */
async function maria(w) {
  const next = () => w.getByRole('button', { name: 'Continue' }).click();
  const position = w.locator('.category-question__position');
  // Only the question's number: the number of questions changes with the answers (prevention work adds
  // the families question), so no total that grows on the way.
  await waitForText(position, 'Question 1');
  assert.doesNotMatch(await position.textContent(), / of /);
  await w.getByLabel('Pregnancy and children from birth up to 3').check();
  await next();
  await w.getByLabel('Prevention and early intervention').check();
  await next();
  await waitForText(position, 'Question 3');
  await w.getByLabel("Bachelor's degree").check();
  await next();
  await w.locator('#category-years').fill('3');
  await next();
  await w.locator('#category-families').fill('25');
  await next();
  await w.getByLabel('No', { exact: true }).check();
  await next();
  await w.getByLabel('No, I am not endorsed yet').check();
  await next();
  await w.getByRole('button', { name: 'See my result' }).click();
  await w.locator('.category-result').waitFor();
}

/** Presses the copy button and returns the link it made (shown after copying, or to copy by hand). */
async function copyLink(w, name = 'Copy a link to these answers') {
  await w.getByRole('button', { name }).click();
  const field = w.locator('.en-share__link');
  await field.waitFor();
  const link = await field.inputValue();
  assert.match(link, /#navigator=(category|checker|renewal)\.[A-Za-z0-9_-]+$/);
  return link;
}

/** Opens `link` in a fresh browser context: no saved answers. */
async function openFresh(link, options = {}) {
  const page = await newPage(browser, options);
  const log = collectConsole(page);
  const w = await open(page, link);
  return { page, w, log };
}

test('the finder: a link restores the answers and the result in a fresh browser', async () => {
  const page = await newPage(browser);
  const w = await open(page);
  await maria(w);
  await waitForText(w.locator('.en-share'), 'never send to a server');
  const link = await copyLink(w);
  assert.ok(link.startsWith(url(HOST)), link);
  await page.context().close();

  const other = await openFresh(link);
  const result = other.w.locator('.category-result');
  await result.waitFor();
  assert.equal((await result.locator('h3').textContent()).trim(), 'Infant Family Specialist');
  assert.match(await result.innerText(), /You have served 25 families/);
  await waitForText(other.w.locator('.en-arrival'), 'These are the answers from the link you opened.');
  assert.ok(!other.page.url().includes('#navigator='), `the fragment is taken off: ${other.page.url()}`);
  assert.deepEqual(other.log.problems(), []);
  await other.page.context().close();
});

test('the checker: a link restores the entries; over saved entries it asks, and "keep" keeps them', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.locator('#chk-training-hours').fill('20');
  await w.locator('#chk-training-save').click();
  const report = w.locator('.chk-report');
  await waitForText(report, '20 of 33 hours');
  const link = await copyLink(w);
  await screenshot(page, 'journey-checker-link-1280');

  // Fresh browser: the shared entries, on the checker's tab.
  const other = await openFresh(link);
  const otherReport = other.w.locator('.chk-report');
  await waitForText(otherReport, 'For Infant Family Specialist');
  await waitForText(otherReport, '20 of 33 hours');
  assert.match(await other.w.getByRole('tab', { selected: true }).textContent(), /requirements/i);
  assert.deepEqual(other.log.problems(), []);
  await other.page.context().close();

  // Here, with entries of its own saved: change them, then open the (older) link.
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.locator('#chk-training-hours').fill('5');
  await w.locator('#chk-training-save').click();
  await waitForText(report, '25 of 33 hours');
  // A query string makes it a new page load: a fragment alone would only scroll the page.
  await page.goto(`${url(HOST)}?saved${link.slice(link.indexOf('#'))}`);
  await waitForNavigator(page);
  const notice = w.locator('.en-arrival');
  await waitForText(notice, 'Answers from a shared link');
  await waitForText(report, '25 of 33 hours');
  await w.getByRole('button', { name: 'Keep what I have' }).click();
  await waitForText(report, '25 of 33 hours');
  await page.reload();
  await waitForNavigator(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await waitForText(w.locator('.chk-report'), '25 of 33 hours');
  assert.equal(await w.locator('.en-arrival').count(), 0, 'a kept link is not offered again after a reload');

  // The same link again, and this time the shared entries.
  await page.goto(`${url('/www/hosts/plain.html')}?again${link.slice(link.indexOf('#'))}`);
  await waitForNavigator(page);
  await w.getByRole('button', { name: 'Show the shared answers' }).click();
  await waitForText(w.locator('.chk-report'), '20 of 33 hours');
  await waitForText(w.locator('.en-arrival'), 'These are the answers from the link you opened.');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('an unreadable link says so and changes nothing saved', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Mental Health Specialist' });
  await waitForText(w.locator('.chk-report'), 'For Infant Mental Health Specialist');
  for (const fragment of ['#navigator=checker.e30', '#navigator=checker.%%%', '#navigator=planner.e30']) {
    await page.goto(`${url(HOST)}?${fragment.length}${fragment}`);
    await waitForNavigator(page);
    await waitForText(w.locator('.navigator'), 'The answers in this link could not be read, so nothing was changed.');
    await w.getByRole('tab', { name: 'Check requirements' }).click();
    await waitForText(w.locator('.chk-report'), 'For Infant Mental Health Specialist');
  }
  assert.ok(log.warnings.some((m) => /share link cannot be read/.test(m.text)), 'the console says why');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('the renewal plan: a link restores the log, in Spanish too', async () => {
  const page = await newPage(browser);
  const w = await open(page);
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
  await w.getByRole('tab', { name: 'Planear mi renovación' }).click();
  await w.locator('#rn-category').selectOption({ label: 'Especialista Familiar' });
  await w.locator('#rn-endorsed-on').fill('2025-06-01');
  await w.locator('#rn-training-date').fill('2026-01-10');
  await w.locator('#rn-training-hours').fill('6');
  await w.getByLabel('Título').fill('Círculo de seguridad');
  await w.locator('.rn-log--training .rn-entry-form button[type="submit"]').click();
  await waitForText(w.locator('.rn-report'), '31 de diciembre de 2027');
  await waitForText(w.locator('.en-share'), 'nunca envían a un servidor');
  const link = await copyLink(w, 'Copiar un enlace a estas respuestas');
  await page.context().close();

  const other = await openFresh(link);
  await waitForText(other.w.locator('.rn-report'), '31 December 2027');
  // Written back the way the visitor's language writes dates.
  assert.equal(await other.w.locator('#rn-endorsed-on').inputValue(), '1 June 2025');
  // The training's title travels in the link (issue 16).
  await waitForText(other.w.locator('.rn-log--training'), 'Círculo de seguridad');
  await waitForText(other.w.locator('.en-arrival'), 'These are the answers from the link you opened.');
  assert.deepEqual(other.log.problems(), []);
  await other.page.context().close();
});

test("carry forward: Maria's answers appear in the checker, marked as hers to check", async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await maria(w);
  // One name for the category: the result's heading and its button say the same.
  assert.equal((await w.locator('.category-result h3').textContent()).trim(), 'Infant Family Specialist');
  // The other cards say what the years were, and that leadership was not asked (not "0 years").
  const cards = await w.locator('.category-result').textContent();
  assert.match(cards, /the 3 years you gave were in prevention and early intervention/, cards);
  assert.match(cards, /these answers did not ask about leadership/, cards);
  assert.ok(!/practice leader; you have 0/.test(cards), cards);
  await w.getByRole('button', { name: 'Check my requirements for Infant Family Specialist' }).click();
  const report = w.locator('.chk-report');
  await waitForText(report, 'For Infant Family Specialist');
  // Beyond the requirement, the figure and what is needed ("3 years of 2 years" read wrong).
  await waitForText(report, '3 years (2 years needed)');
  await waitForText(report, '25 families (10 needed)');
  await waitForText(w.locator('.en-arrival'), 'Filled in from your answers');
  const workSection = w.locator('.chk-section--work');
  const work = await workSection.innerText();
  assert.match(work, /25/, work);
  assert.match(await w.locator('.chk-section--degree').innerText(), /Bachelor/i);
  // The position made from her answers is marked on the entry itself until she saves it from its editor.
  const mark = workSection.locator('.chk-entry__notice', { hasText: 'From your answers: check the dates.' });
  assert.equal(await mark.count(), 1);
  await screenshot(page, 'journey-carry-forward-1280');
  // A link made now carries the mark: the position opens elsewhere still marked as hers to check.
  const link = await copyLink(w, 'Copy a link to these answers');
  const other = await openFresh(link);
  const otherWork = other.w.locator('.chk-section--work');
  await waitForText(otherWork, 'From your answers: check the dates.');
  await other.page.context().close();
  await workSection.getByRole('button', { name: 'Edit Position 1' }).click();
  await w.locator('#chk-work-start').fill('2022-09-01');
  await w.locator('#chk-work-save').click();
  await waitForText(workSection, 'From your answers', { absent: true });
  await waitForText(report, '25 families (10 needed)');
  // The mark is kept with the visit: a reload shows the confirmed position unmarked.
  await page.reload();
  await waitForNavigator(page);
  await waitForText(w.locator('.chk-section--work'), '1 September 2022');
  assert.equal(await w.locator('.chk-section--work .chk-entry__notice').count(), 0);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

/** The finder's hand-over of Maria's result to the checker. */
const handOver = (w) => w.getByRole('button', { name: 'Check my requirements for Infant Family Specialist' }).click();
/** The category the checker has chosen, as its select shows it. */
const chosenCategory = (w) => w.locator('#chk-category').evaluate((el) => el.options[el.selectedIndex].text);

/** She picks Family Associate in the checker, then goes to the finder and back, which remounts the checker. */
async function pickAssociateAndComeBack(w) {
  await w.locator('#chk-category').selectOption({ label: 'Family Associate' });
  await waitForText(w.locator('.chk-report'), 'For Infant Family Associate');
  await w.getByRole('tab', { name: 'Find my category' }).click();
  await w.locator('.category-result').waitFor();
  await w.getByRole('tab', { name: 'Check requirements' }).click();
}

test('the hand-over is applied once: a tab switch keeps the category chosen since, handing over again applies it', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await maria(w);
  await handOver(w);
  await waitForText(w.locator('.chk-report'), 'For Infant Family Specialist');
  assert.equal(await chosenCategory(w), 'Family Specialist');
  // The remounted checker must not apply the hand-over it has already applied.
  await pickAssociateAndComeBack(w);
  await waitForText(w.locator('.chk-report'), 'For Infant Family Associate');
  assert.equal(await chosenCategory(w), 'Family Associate');
  // The same result handed over again is a new hand-over: its category applies again.
  await w.getByRole('tab', { name: 'Find my category' }).click();
  await handOver(w);
  await waitForText(w.locator('.chk-report'), 'For Infant Family Specialist');
  assert.equal(await chosenCategory(w), 'Family Specialist');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('a hand-over that asks first is applied once: a tab switch while it asks keeps the category chosen since', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  // An entry of her own, so the hand-over asks before it replaces anything.
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.locator('#chk-training-add').click();
  await w.locator('#chk-training-title').fill('Attachment basics');
  await w.locator('#chk-training-hours').fill('12');
  await w.locator('#chk-training-save').click();
  await waitForText(w.locator('.chk-section--training'), 'Attachment basics');
  await w.getByRole('tab', { name: 'Find my category' }).click();
  await maria(w);
  await handOver(w);
  const question = w.locator('.en-arrival');
  await waitForText(question, 'The entries already here would be replaced');
  assert.equal(await chosenCategory(w), 'Family Specialist', 'the category and credential apply at once');
  // She leaves the question open while she picks another category and looks at the finder again.
  await pickAssociateAndComeBack(w);
  await waitForText(question, 'The entries already here would be replaced');
  assert.equal(await chosenCategory(w), 'Family Associate', 'the waiting hand-over does not apply its category again');
  // Keeping her entries ends the hand-over; her training is still there.
  await question.getByRole('button', { name: 'Keep what I have' }).click();
  await question.waitFor({ state: 'detached' });
  await waitForText(w.locator('.chk-section--training'), 'Attachment basics');
  assert.equal(await chosenCategory(w), 'Family Associate');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('RSC from a provider not yet confirmed: "Not sure" waits, says how to check, and counts once confirmed; in Spanish too', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  const rscSection = w.locator('.chk-section--rsc');
  const row = w.locator('#chk-req-rsc_hours');
  await w.locator('#chk-rsc-add').click();
  await waitForText(rscSection, 'Endorsement Registry of the Alliance for the Advancement of Infant Mental Health');
  await w.locator('#chk-rsc-hours').fill('10');
  await w.getByLabel('Not sure', { exact: true }).check();
  await w.locator('#chk-rsc-save').click();
  await waitForText(rscSection, 'provider not confirmed yet (counts once confirmed)');
  await waitForText(rscSection, '10 hours wait until you confirm that the provider is qualified');
  await waitForText(row, '24 more RSC hours');
  await waitForText(w.locator('.chk-notices'), 'RSC entry 1: 10 hours wait');
  await screenshot(page, 'journey-rsc-not-sure-1280');

  // In Spanish, the same entry in the visitor's words.
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
  await waitForText(rscSection, 'proveedor aún sin confirmar');
  await waitForText(rscSection, '10 horas esperan a que confirme que el proveedor es calificado');
  await waitForText(row, '24 horas más de RSC');
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'en'));

  // Confirmed: the same hours count and the notice goes.
  await waitForText(rscSection, 'provider not confirmed yet');
  await rscSection.getByRole('button', { name: 'Edit RSC entry 1' }).click();
  assert.ok(await w.getByLabel('Not sure', { exact: true }).isChecked(), 'the editor keeps "Not sure"');
  await w.getByLabel('Yes', { exact: true }).check();
  await w.locator('#chk-rsc-save').click();
  await waitForText(row, '14 more RSC hours');
  await waitForText(rscSection, 'qualified provider');
  assert.equal(await w.locator('.chk-notices').count(), 0);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('the renewal calendar: the window and the deadline, all day, with reminders a month and a week before', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await w.getByRole('tab', { name: 'Plan my renewal' }).click();
  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await w.getByLabel('Date your endorsement was granted').fill('2025-06-01');
  await waitForText(w.locator('.rn-report'), '31 December 2027');

  const file = await downloadCalendar(page, w, 'Add to my calendar');
  assert.equal(file.name, 'endorsement-renewal-2027-12-31.ics');
  assert.ok(file.text.includes('\r\n') && !/[^\r]\n/.test(file.text), 'CRLF line ends only');
  const [window, deadline] = file.calendar.events;
  assert.equal(file.calendar.events.length, 2);
  assert.deepEqual([window.start, window.end, window.allDay], ['2027-10-01', '2027-10-02', true]);
  assert.equal(window.summary, 'Renewal window opens: Family Specialist');
  assert.deepEqual(window.alarms.map((a) => a.at), ['2027-09-01T09:00:00', '2027-09-24T09:00:00']);
  assert.deepEqual([deadline.start, deadline.allDay], ['2027-12-31', true]);
  assert.equal(deadline.summary, 'Renewal deadline: Family Specialist');
  assert.match(deadline.description, /30 hours of training, 24 hours of reflective supervision\/consultation/);
  // What is still due, as of the day the file was made.
  assert.match(deadline.description, /Still to do when you made this file: 30 hours of training and 24 hours of RSC\./);
  assert.deepEqual(deadline.alarms.map((a) => a.at), ['2027-12-01T09:00:00', '2027-12-24T09:00:00']);
  assert.equal(deadline.uid, 'renewal-deadline-2027-12-31-family_specialist@endorsement-navigator');

  // In Spanish, the same dates with the sentences of the Spanish table.
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
  const es = await downloadCalendar(page, w, 'Agregar a mi calendario');
  assert.equal(es.calendar.events[1].summary, 'Fecha límite de renovación: Especialista Familiar');
  assert.match(es.calendar.events[1].description, /30 horas de capacitación/);
  assert.match(es.calendar.events[1].description, /Pendiente cuando creó este archivo: 30 horas de capacitación y 24 horas de RSC\./);
  assert.equal(es.calendar.events[1].uid, deadline.uid, 'the same event, so a calendar updates it');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('the renewal calendar after a lapse: the day the earliest reinstatement training stops counting', async () => {
  const page = await newPage(browser);
  const w = await open(page);
  await w.getByRole('tab', { name: 'Plan my renewal' }).click();
  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await w.getByLabel('Date your endorsement was granted').fill('2019-06-01');
  // "Did you renew by 31 December 2021 and by 31 December 2024?" No: lapsed.
  await w.locator('#rn-lapsed-1').check();
  await w.locator('#rn-training-date').fill('2026-01-10');
  await w.locator('#rn-training-hours').fill('5');
  await w.getByRole('button', { name: 'Add training' }).click();
  await waitForText(w.locator('.rn-report'), 'Getting reinstated');

  const file = await downloadCalendar(page, w, 'Add to my calendar');
  // Named for what it holds: the way back, not the 2027 renewal deadline.
  assert.equal(file.name, 'endorsement-reinstatement-2026-03-15.ics');
  assert.equal(file.calendar.events.length, 1);
  const [event] = file.calendar.events;
  // Today is 2026-03-15 on this page; training from 2026-01-10 counts until 2027-01-10.
  assert.deepEqual([event.start, event.allDay], ['2027-01-10', true]);
  assert.match(event.summary, /Reinstatement/);
  assert.match(event.description, /15 hours/);
  assert.match(event.description, /Still to do when you made this file: 10 hours of training\./);
  assert.deepEqual(event.alarms.map((a) => a.at), ['2026-12-11T09:00:00', '2027-01-03T09:00:00']);
  await page.context().close();
});

test('the calendar after a lapse with no training logged yet: a check-in and the membership expiry', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await w.getByRole('tab', { name: 'Plan my renewal' }).click();
  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await w.getByLabel('Date your endorsement was granted').fill('2019-06-01');
  await w.locator('#rn-membership').fill('2026-06-30');
  await w.locator('#rn-lapsed-1').check(); // "No": not renewed, lapsed
  await waitForText(w.locator('.rn-report'), 'Getting reinstated');

  const file = await downloadCalendar(page, w, 'Add to my calendar');
  assert.equal(file.name, 'endorsement-reinstatement-2026-03-15.ics');
  const [checkIn, membership] = file.calendar.events;
  assert.equal(file.calendar.events.length, 2);
  // Today is 2026-03-15 on this page: the check-in is a month on.
  assert.deepEqual([checkIn.start, checkIn.allDay], ['2026-04-15', true]);
  assert.equal(checkIn.summary, 'Reinstatement: 15 hours of training still to do');
  assert.match(checkIn.description, /Still to do when you made this file: 15 hours of training\./);
  assert.deepEqual([membership.start, membership.allDay], ['2026-06-30', true]);
  assert.equal(membership.summary, 'Association membership expires');
  assert.match(membership.description, /Family Specialist endorsement/);
  assert.equal(membership.uid, 'membership-expires-2026-06-30-family_specialist@endorsement-navigator');
  assert.deepEqual(membership.alarms.map((a) => a.at), ['2026-05-31T09:00:00', '2026-06-23T09:00:00']);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

/** Chooses a file for the tool's loader, as the person would in the file picker. */
async function loadFile(w, tool, name, text) {
  await w.locator(`#en-file-${tool}`).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('export then import: the checker entries come back whole; files that cannot be loaded change nothing', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.getByLabel('Title').fill('Attachment basics');
  await w.locator('#chk-training-hours').fill('20');
  await w.locator('#chk-training-save').click();
  await waitForText(w.locator('.chk-report'), '20 of 33 hours');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    w.getByRole('button', { name: 'Download my entries' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'endorsement-navigator-checker-2026-03-15.json');
  const text = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(text);
  assert.equal(file.format, 'endorsement-navigator-entries');
  assert.equal(file.schema, 1);
  assert.equal(file.tool, 'checker');
  assert.equal(file.entries.category, 'family_specialist');
  assert.equal(file.entries.trainings[0].hours, 20);
  assert.deepEqual(file.training_titles, ['Attachment basics']);
  assert.deepEqual(log.problems(), []);
  await page.context().close();

  // Another browser: the file brings the same entries, title included.
  const other = await newPage(browser);
  const otherLog = collectConsole(other);
  const v = await open(other);
  await v.getByRole('tab', { name: 'Check requirements' }).click();
  await loadFile(v, 'checker', 'entries.json', text);
  const report = v.locator('.chk-report');
  await waitForText(report, 'For Infant Family Specialist');
  await waitForText(report, '20 of 33 hours');
  await waitForText(v.locator('.chk-section--training'), 'Attachment basics');
  await waitForText(v.locator('.en-arrival'), 'These are the entries from your file.');

  // Files that cannot be loaded: each says why, and the entries stay.
  const renewalFile = JSON.stringify({ ...file, tool: 'renewal' });
  const newer = JSON.stringify({ ...file, schema: 2 });
  for (const [bad, message] of [
    ['%PDF-1.7 not json', 'This is not a file of entries from this navigator, so nothing was changed.'],
    ['{"category": "family_specialist"}', 'This is not a file of entries from this navigator, so nothing was changed.'],
    [renewalFile, 'This file holds entries for "Plan my renewal", not for this tool, so nothing was changed.'],
    [newer, 'This file was saved by a newer version of the navigator, so nothing was changed.'],
  ]) {
    await loadFile(v, 'checker', 'bad.json', bad);
    await waitForText(v.locator('.en-file'), message);
    await waitForText(report, '20 of 33 hours');
  }
  // A good file over saved entries asks first.
  const more = JSON.parse(text);
  more.entries.trainings[0].hours = 30;
  await loadFile(v, 'checker', 'more.json', JSON.stringify(more));
  await waitForText(v.locator('.en-arrival'), 'Entries from your file');
  await waitForText(report, '20 of 33 hours');
  await v.getByRole('button', { name: "Load the file's entries" }).click();
  await waitForText(report, '30 of 33 hours');

  // In Spanish, the same refusal in the visitor's language.
  await other.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
  await loadFile(v, 'checker', 'bad.json', 'no es json');
  await waitForText(v.locator('.en-file'), 'Este no es un archivo de entradas de esta herramienta, así que no se cambió nada.');
  await waitForText(report, '30 de 33 horas');
  assert.deepEqual(otherLog.problems(), []);
  await other.context().close();
});

test('storage="none": the footer says answers are not kept and offers nothing to clear', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  const footer = w.locator('.en-frame__footer');
  await waitForText(footer, 'Your answers stay in this browser.');
  assert.equal(await w.getByRole('button', { name: 'Clear my data' }).count(), 1);
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('storage', 'none'));
  await waitForText(footer, 'Your answers are not kept: they are gone when you leave this page.');
  assert.equal(await w.getByRole('button', { name: 'Clear my data' }).count(), 0);
  // The checker's intro does not promise that entries stay in this browser either.
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await waitForText(w.locator('.chk-intro'), 'Your entries are not kept');
  assert.ok(!(await w.locator('.chk-intro').innerText()).includes('stay in this browser'));
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
  await waitForText(footer, 'Sus respuestas no se guardan');
  await waitForText(w.locator('.chk-intro'), 'Sus entradas no se guardan');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

/** The id of the element focused inside the widget. */
const focusedId = (page) =>
  page.evaluate(() => document.querySelector('endorsement-navigator').shadowRoot.activeElement?.id ?? null);

test('Esc closes an entry form and returns focus to its section', async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.locator('#chk-training-hours').fill('4');
  await w.locator('#chk-training-hours').press('Escape');
  assert.equal(await w.locator('.chk-editor').count(), 0, 'the editor is closed');
  assert.equal(await focusedId(page), 'chk-training-heading');
  await waitForText(w.locator('.chk-report'), '0 of 33 hours');

  // Renewal: Esc while editing a logged entry ends the edit and keeps the entry as it was.
  await w.getByRole('tab', { name: 'Plan my renewal' }).click();
  await w.locator('#rn-training-date').fill('2026-01-10');
  await w.locator('#rn-training-hours').fill('5');
  await w.getByRole('button', { name: 'Add training' }).click();
  await w.locator('#rn-entry-0-edit').click();
  await w.locator('#rn-training-hours').fill('9');
  await w.locator('#rn-training-hours').press('Escape');
  assert.equal(await focusedId(page), 'rn-training-log-heading');
  await waitForText(w.locator('.rn-log--training'), '5 hours');
  assert.equal(await w.locator('.rn-entry-form--editing').count(), 0);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('the widget opens on the tool last used', async () => {
  const page = await newPage(browser);
  const w = await open(page);
  assert.match(await w.getByRole('tab', { selected: true }).textContent(), /Find my category/);
  await w.getByRole('tab', { name: 'Plan my renewal' }).click();
  await page.reload();
  await waitForNavigator(page);
  await w.getByRole('heading', { level: 2, name: 'Plan my renewal' }).waitFor();
  assert.match(await w.getByRole('tab', { selected: true }).textContent(), /Plan my renewal/);
  await page.context().close();
});
