// Tool 1 — "Which category fits me?" end to end, against the built pkg/ in www/hosts/plain.html:
// once by keyboard only at 320 px, once by mouse at 1280 px; axe on a question page and the result page;
// the hand-over to the requirements checker; screenshots in tests/e2e/screenshots/category-*.png.
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

const HOST = '/www/hosts/plain.html';
let browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Describes the focused element inside the widget's shadow root (or the page's, outside it). */
async function focused(page) {
  return page.evaluate(() => {
    const host = document.querySelector('endorsement-navigator');
    const el = host?.shadowRoot?.activeElement ?? document.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute('type'),
      className: typeof el.className === 'string' ? el.className : '',
      text: (el.textContent || '').trim(),
      checked: !!el.checked,
      inWidget: !!host?.shadowRoot?.activeElement,
    };
  });
}

/** Presses Tab until the focused element matches, and fails after `max` presses. */
async function tabUntil(page, matches, what, max = 60) {
  for (let i = 0; i < max; i += 1) {
    const f = await focused(page);
    if (f && f.inWidget && matches(f)) return f;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

const isContinue = (f) => f.tag === 'button' && f.type === 'submit';

async function headingText(page) {
  return (await shadow(page).locator('.category-tool h3[tabindex="-1"]').first().textContent()).trim();
}

async function assertNoAxeViolations(page, where) {
  const violations = await runAxe(page, 'endorsement-navigator');
  assert.deepEqual(violations, [], `${where}: ${formatViolations(violations)}`);
}

async function open(page) {
  const log = collectConsole(page);
  await page.goto(url(HOST));
  await waitForNavigator(page);
  await shadow(page).locator('.category-tool').waitFor();
  // Start from scratch even if another test saved answers in this context.
  await page.evaluate(() => localStorage.clear());
  return log;
}

test('keyboard only at 320 px: prevention path recommends Infant Family Specialist', async () => {
  const page = await newPage(browser, { width: 320, height: 800 });
  const log = await open(page);
  const widget = shadow(page);

  // Question 1, with nothing chosen: Continue shows the error summary and focuses it.
  await page.keyboard.press('Tab');
  await tabUntil(page, isContinue, 'Continue on the first question');
  await page.keyboard.press('Enter');
  await widget.locator('.en-error-summary').waitFor();
  let f = await focused(page);
  assert.match(f.className, /en-error-summary/, 'the error summary takes focus');
  assert.match(await widget.locator('.en-error-summary').textContent(), /Select the ages you work with/);
  assert.match(await widget.locator('#category-ages-group .en-error').textContent(), /Select the ages you work with/);
  await screenshot(page, 'category-320-error');
  await assertNoAxeViolations(page, 'question page with an error');

  // The summary's link moves focus to the first radio; Space chooses it.
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.equal(f.tag, 'a');
  await page.keyboard.press('Enter');
  f = await focused(page);
  assert.equal(f.id, 'category-ages', 'the error link focuses the field');
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true);
  await tabUntil(page, isContinue, 'Continue');
  await page.keyboard.press('Enter');

  // Question 2: focus is on the heading; arrow keys choose within the radio group.
  await widget.locator('#category-scope').waitFor();
  f = await focused(page);
  assert.equal(f.tag, 'h3', 'focus moves to the new question');
  assert.equal(f.text, 'Which best describes your main role?');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'category-scope');
  await page.keyboard.press('ArrowDown'); // Promotion → Prevention
  assert.equal((await focused(page)).id, 'category-scope-1');
  await tabUntil(page, isContinue, 'Continue');
  await page.keyboard.press('Enter');

  // Question 3: degree — No degree → Associate → Bachelor.
  await widget.locator('#category-degree').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).id, 'category-degree-2');
  await tabUntil(page, isContinue, 'Continue');
  await page.keyboard.press('Enter');

  // Question 4: years; Enter in the field continues.
  await widget.locator('#category-years').waitFor();
  assert.match(await headingText(page), /prevention or early intervention/);
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'category-years');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');

  // Prevention asks for families served.
  await widget.locator('#category-families').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');

  // Reflective supervision: Yes → No with the arrow key.
  await widget.locator('#category-provides-rsc').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page)).id, 'category-provides-rsc-1');
  await tabUntil(page, isContinue, 'Continue');
  await page.keyboard.press('Enter');

  // Already endorsed: the exclusive "not endorsed yet" box.
  await widget.locator('#category-endorsed').waitFor();
  await tabUntil(page, (x) => x.id === 'category-endorsed-none', 'the "not endorsed yet" box');
  await page.keyboard.press('Space');
  await tabUntil(page, isContinue, 'Continue');
  await page.keyboard.press('Enter');

  // Check your answers.
  await widget.locator('.category-summary').waitFor();
  assert.equal((await focused(page)).text, 'Check your answers');
  const summary = await widget.locator('.category-summary').innerText();
  for (const expected of ['Prevention and early intervention', "Bachelor's degree", '3 years', '12 families', 'Not endorsed yet']) {
    assert.ok(summary.includes(expected), `summary shows ${expected}: ${summary}`);
  }
  assert.ok(!summary.includes('practice leader'), 'the leader question does not apply to prevention');
  await screenshot(page, 'category-320-summary');
  await tabUntil(page, (x) => x.text === 'See my result', 'See my result');
  await page.keyboard.press('Enter');

  // The result.
  await widget.locator('.category-result').waitFor();
  f = await focused(page);
  assert.equal(f.tag, 'h3');
  assert.equal(f.text, 'Infant Family Specialist');
  const result = await widget.locator('.category-result').innerText();
  assert.match(result, /IMH-E®/);
  assert.match(result, /2 years of prevention or early intervention work/);
  assert.match(result, /at least 10 families/);
  assert.match(result, /33 hours of in-service training/);
  assert.match(result, /At least 24 hours of reflective supervision/);
  assert.match(result, /Categories are not a ladder/);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 320, `no horizontal scroll at 320 px (scrollWidth ${scrollWidth})`);
  await screenshot(page, 'category-320-result');
  await assertNoAxeViolations(page, 'result page');

  // The hand-over, by keyboard.
  await tabUntil(page, (x) => x.text === 'Check my requirements for Infant Family Specialist', 'the check button');
  await page.keyboard.press('Enter');
  const select = widget.locator('#chk-category');
  await select.waitFor();
  assert.equal(await select.evaluate((el) => el.options[el.selectedIndex].text), 'Family Specialist');
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('mouse at 1280 px: clinical with a bachelor\'s degree gets Family Specialist, MHS explained', async () => {
  const page = await newPage(browser, { width: 1280, height: 900 });
  const log = await open(page);
  const widget = shadow(page);
  const events = [];
  await page.exposeFunction('recordResult', (detail) => events.push(detail));
  await page.evaluate(() =>
    document.addEventListener('endorsement-result', (e) => window.recordResult(e.detail)),
  );
  const next = () => widget.getByRole('button', { name: 'Continue' }).click();

  await widget.getByLabel('Both age groups').check();
  await next();
  await widget.getByLabel('Clinical intervention and treatment').check();
  await screenshot(page, 'category-1280-question');
  await assertNoAxeViolations(page, 'question page');
  await next();
  await widget.getByLabel("Bachelor's degree").check();
  await next();
  await widget.locator('#category-years').fill('3');
  await next();
  // Clinicians are asked about families (Family Specialist counts them), psychotherapy ("I'm not sure" is
  // an answer there), then leadership.
  await widget.locator('#category-families').fill('15');
  await next();
  await widget.getByLabel('Yes').check();
  await next();
  await widget.locator('#category-leader-years').fill('0');
  await next();
  await widget.getByLabel('Yes').check();
  // The years field is revealed for "yes"; a bad value keeps what was typed and explains.
  await widget.locator('#category-provides-rsc-years').fill('two');
  await next();
  await widget.locator('.en-error-summary').waitFor();
  assert.equal(await widget.locator('#category-provides-rsc-years').inputValue(), 'two');
  await widget.locator('#category-provides-rsc-years').fill('0.5');
  await next();
  await widget.getByLabel('No, I am not endorsed yet').check();
  await next();

  // Change the degree from the summary: Continue returns straight to the summary.
  await widget.getByRole('button', { name: 'Change Highest degree' }).click();
  await widget.getByLabel("Bachelor's degree").waitFor();
  await widget.getByLabel('No degree').check();
  await next();
  await widget.locator('.category-summary').waitFor();
  assert.match(await widget.locator('.category-summary').innerText(), /No degree/);
  await widget.getByRole('button', { name: 'Change Highest degree' }).click();
  await widget.getByLabel("Bachelor's degree").check();
  await next();
  await widget.getByRole('button', { name: 'See my result' }).click();

  await widget.locator('.category-result').waitFor();
  const title = (await widget.locator('.category-result h3').textContent()).trim();
  assert.equal(title, 'Infant Family Specialist');
  const result = await widget.locator('.category-result').innerText();
  assert.match(result, /Early Childhood Family Specialist/, 'both credentials are named');
  assert.match(result, /ECMH-E®/);
  assert.match(result, /Infant Mental Health Specialist asks for a master's degree or doctorate; you have a bachelor's degree/);
  assert.match(result, /instead of Infant Mental Health Specialist/);
  assert.match(result, /You have served 15 families; 10 are needed/);
  assert.match(result, /You may also add Endorsed Reflective Supervisor/);
  assert.match(result, /Emerging status/);
  assert.match(result, /Start your application with Example Association for Infant Mental Health/);
  const apply = widget.locator('a.category-apply');
  assert.equal(await apply.getAttribute('href'), 'https://apply.example.org/endorsement');
  assert.equal(await widget.locator('.category-result a[href^="mailto:"]').getAttribute('href'), 'mailto:endorsement@example.org');
  await widget.getByText('Categories written for other kinds of work').click();
  await screenshot(page, 'category-1280-result');
  await assertNoAxeViolations(page, 'result page (runners-up expanded)');

  // The contract's event, with the same JSON as the recommend API.
  await page.waitForFunction(() => true);
  assert.ok(events.length >= 1, 'endorsement-result was dispatched');
  const last = events.at(-1);
  assert.equal(last.tool, 'category');
  assert.equal(last.input.scope, 'clinical');
  assert.equal(last.output.best, 'family_specialist');
  assert.deepEqual(last.output.credentials, ['imh', 'ecmh']);
  assert.equal(last.output.add_on, 'reflective_supervisor');
  assert.ok(Array.isArray(last.output.ranked[0].reasons) && typeof last.output.ranked[0].reasons[0] === 'string');

  // Answers and the step survive a reload.
  await page.reload();
  await waitForNavigator(page);
  await widget.locator('.category-result').waitFor();
  assert.equal((await widget.locator('.category-result h3').textContent()).trim(), 'Infant Family Specialist');

  await widget.getByRole('button', { name: 'Check my requirements for Infant Family Specialist' }).click();
  const select = widget.locator('#chk-category');
  await select.waitFor();
  assert.equal(await select.evaluate((el) => el.options[el.selectedIndex].text), 'Family Specialist');
  const tab = widget.getByRole('tab', { selected: true });
  assert.match(await tab.textContent(), /requirements/i);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('"not sure" at an IMH-only association: asked what the guess needs, ECMH-E explained as not offered', async () => {
  const page = await newPage(browser, { width: 1280, height: 900 });
  const log = collectConsole(page);
  await page.goto(url('/www/hosts/two.html'));
  await waitForNavigator(page, '#north');
  const widget = shadow(page, '#north');
  await widget.locator('.category-tool').waitFor();
  const next = () => widget.getByRole('button', { name: 'Continue' }).click();

  await widget.getByLabel('Children from 3 up to 6').check();
  await next();
  await widget.getByLabel("I'm not sure").check();
  await next();
  await widget.getByLabel('Associate degree').check();
  await next();
  // The volunteer hint names both conditions: supervised, and with specialized training.
  await waitForText(widget.locator('.category-tool'), 'volunteer work that was both supervised and included specialized training');
  // On an English page a comma groups thousands, so "1,5" is refused with the accepted form; "1.5" is read.
  await widget.locator('#category-years').fill('1,5');
  await next();
  await waitForText(widget.locator('.en-error-summary'), 'for example 2 or 1.5');
  assert.equal(await widget.locator('#category-years').inputValue(), '1,5');
  await widget.locator('#category-years').fill('1.5');
  await next();
  // "Not sure" is asked both questions the engine leans on.
  await widget.locator('#category-families').fill('5');
  await next();
  await widget.getByLabel("I'm not sure").check();
  await next();
  await widget.getByLabel('No', { exact: true }).check();
  await next();
  await widget.getByLabel('No, I am not endorsed yet').check();
  await next();
  const summary = await widget.locator('.category-summary').innerText();
  assert.match(summary, /1 year 6 months/, 'a fraction of a year is read in years and months');
  assert.ok(!summary.includes('practice leader'));
  await widget.getByRole('button', { name: 'See my result' }).click();

  await widget.locator('.category-result').waitFor();
  const result = await widget.locator('.category-result').innerText();
  assert.equal((await widget.locator('.category-result h3').textContent()).trim(), 'Early Childhood Family Specialist');
  assert.match(result, /You were not sure which kind of work describes your main role/);
  // Said plainly, with where to go instead, and never an application with this association (issue 15).
  assert.match(result, /North Example AIMH does not offer ECMH-E®, the credential for the ages you work with/);
  assert.match(result, /you apply directly with the Alliance for the Advancement of Infant Mental Health/);
  assert.doesNotMatch(result, /Start your application with/);
  assert.equal(await widget.locator('.category-result .category-check').count(), 0);
  assert.match(result, /you have served 5 so far/);
  // recommend's own assumptions are shown: how a "not sure" scope was read.
  assert.match(result, /As you were not sure which kind of work describes your main role, we went by your other answers/);
  await assertNoAxeViolations(page, 'result page at an IMH-only association');
  await screenshot(page, 'category-1280-not-offered');
  // The other widget on the page is untouched.
  assert.equal(await shadow(page, '#south').locator('.category-tool').count(), 0);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});
