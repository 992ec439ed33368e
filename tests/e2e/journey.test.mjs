// End-to-end tests of results people keep and pass on (issue 9): a share link for each tool restores what
// was shared in a fresh browser; opening one over saved answers asks first and keeps them when asked to; an
// unreadable link changes nothing; the finder's answers carry into the checker (Maria: bachelor's degree,
// 3 years of prevention work, 25 families). English, and the renewal link in Spanish.
//
// Run alone: `make build && node tests/e2e/run.mjs journey`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { collectConsole, launchBrowser, newPage, shadow, url, waitForNavigator, waitForText } from './lib/browser.mjs';

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
  await w.getByLabel('Pregnancy and children from birth up to 3').check();
  await next();
  await w.getByLabel('Prevention and early intervention').check();
  await next();
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
  await waitForText(w.locator('.rn-report'), '31 de diciembre de 2027');
  await waitForText(w.locator('.en-share'), 'nunca envían a un servidor');
  const link = await copyLink(w, 'Copiar un enlace a estas respuestas');
  await page.context().close();

  const other = await openFresh(link);
  await waitForText(other.w.locator('.rn-report'), '31 December 2027');
  assert.equal(await other.w.locator('#rn-endorsed-on').inputValue(), '2025-06-01');
  await waitForText(other.w.locator('.en-arrival'), 'These are the answers from the link you opened.');
  assert.deepEqual(other.log.problems(), []);
  await other.page.context().close();
});

test("carry forward: Maria's answers appear in the checker, marked as hers to check", async () => {
  const page = await newPage(browser);
  const log = collectConsole(page);
  const w = await open(page);
  await maria(w);
  await w.getByRole('button', { name: 'Check my requirements for Family Specialist' }).click();
  const report = w.locator('.chk-report');
  await waitForText(report, 'For Infant Family Specialist');
  await waitForText(report, '3 of 2 years');
  await waitForText(report, '25 of 10 families');
  await waitForText(w.locator('.en-arrival'), 'Filled in from your answers');
  const work = await w.locator('.chk-section--work').innerText();
  assert.match(work, /25/, work);
  assert.match(await w.locator('.chk-section--degree').innerText(), /Bachelor/i);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});
