// Print and "save as PDF" (issue 9): each tool's result under print-media emulation, at 320 and 1280 px.
// What a printout must not show (tabs, buttons, forms) is hidden, what it is for (the result, what is
// missing, the next steps, the assumptions, the association and the date) is visible, and the PDF Chromium makes of the page is at most
// two pages. Screenshots: tests/e2e/screenshots/print-<tool>-<width>.png (look at them).
//
// Run alone: `make build && node tests/e2e/run.mjs print`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import {
  SCREENSHOT_DIR, collectConsole, launchBrowser, newPage, screenshot, shadow, url, waitForNavigator,
} from './lib/browser.mjs';

const HOST = '/www/hosts/plain.html';
let browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Maria from issue 9 through the finder: infants, prevention, bachelor's, 3 years, 25 families. */
async function finderResult(w) {
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
  const result = w.locator('.category-result');
  await result.waitFor();
  return result;
}

async function checkerReport(w) {
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.locator('#chk-training-hours').fill('20');
  await w.locator('#chk-training-save').click();
  const report = w.locator('.chk-report');
  await report.getByText('For Infant Family Specialist').waitFor();
  return report;
}

async function renewalPlan(w) {
  await w.getByRole('tab', { name: 'Plan my renewal' }).click();
  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await w.getByLabel('Date your endorsement was granted').fill('2025-06-01');
  const report = w.locator('.rn-report');
  await report.getByText('31 December 2027').first().waitFor();
  return report;
}

const tools = [
  { name: 'category', reach: finderResult, expect: [/Family Specialist/, /Start your application/] },
  { name: 'checker', reach: checkerReport, expect: [/For Infant Family Specialist/, /20 of 33/] },
  { name: 'renewal', reach: renewalPlan, expect: [/31 December 2027/, /30 training hours/] },
];

/** Pages in a PDF: one `/Type /Page` object per page (`/Type /Pages` is the tree, not a page). */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

for (const width of [320, 1280]) {
  for (const tool of tools) {
    test(`${tool.name} at ${width} px prints its result without controls, on one or two pages`, async () => {
      const page = await newPage(browser, { width, height: 900 });
      const log = collectConsole(page);
      await page.goto(url(HOST));
      await waitForNavigator(page);
      const w = shadow(page);
      const result = await tool.reach(w);

      assert.equal(await w.locator('.en-frame__printed').isVisible(), false, 'the date line is for paper');
      await page.emulateMedia({ media: 'print' });
      for (const pattern of tool.expect) assert.match(await result.innerText(), pattern);
      // The association and the date it was printed head the page (the date line shows on paper only).
      const frame = await w.locator('.navigator').innerText();
      assert.match(frame, /Offered by Example Association for Infant Mental Health/);
      assert.match(frame, /Printed on 15 March 2026\./);
      assert.ok(await result.isVisible(), 'the result is printed');
      const visible = await page.evaluate(() => {
        const root = document.querySelector('endorsement-navigator').shadowRoot;
        const shown = (el) => el.checkVisibility();
        return {
          controls: [...root.querySelectorAll('button, input, select, textarea, [role="tab"]')]
            .filter(shown)
            .map((el) => el.outerHTML.slice(0, 80)),
          forms: [...root.querySelectorAll('form')].filter(shown).length,
        };
      });
      assert.deepEqual(visible.controls, [], 'no buttons, fields or tabs on paper');
      assert.equal(visible.forms, 0);
      await screenshot(page, `print-${tool.name}-${width}`);

      const pdf = await page.pdf({ format: 'Letter', printBackground: false });
      const pages = pdfPages(pdf);
      assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
      assert.deepEqual(log.problems(), []);
      await page.context().close();
    });
  }
}

// "Print or save as PDF" (issue 16): the button prints the result alone, not the host page. window.print is
// replaced by a recorder (a headless browser has no dialog), the print state the button leaves is printed
// to PDF by Chromium, and the PDF is read back as text (pdftotext) and as page images (pdftoppm, from
// Debian's poppler-utils): tests/e2e/screenshots/print-button-<tool>-<lang>-<n>.png (look at them).
const pdfText = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[ \n]+/g, ' ');

async function printedByButton(page, w, name, label) {
  await page.evaluate(() => {
    window.__printed = 0;
  });
  await w.getByRole('button', { name: label }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1, 'the button asked the browser to print');
  assert.equal(await page.locator('endorsement-navigator[data-en-printing]').count(), 1);
  await page.emulateMedia({ media: 'print' });
  const file = join(SCREENSHOT_DIR, `print-button-${name}.pdf`);
  await page.pdf({ path: file, format: 'Letter' });
  const stem = join(SCREENSHOT_DIR, `print-button-${name}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, stem]);
  const text = pdfText(file);
  return { text, pages: (text.match(/\f/g) || []).length };
}

/** A host page with its own text above and below the widget (the plain host, with more host text). */
async function openLongHost(page, lang = 'en') {
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await page.goto(url(HOST));
  await page.evaluate((lang) => {
    const el = document.querySelector('endorsement-navigator');
    el.setAttribute('lang', lang);
    const before = document.createElement('p');
    before.textContent = 'Host text before the widget: membership news.';
    el.before(before);
    const after = document.createElement('footer');
    after.textContent = 'Host footer after the widget: contact the office.';
    document.body.append(after);
  }, lang);
  await waitForNavigator(page);
  return shadow(page);
}

function assertNoHost(text) {
  for (const host of ['Plain host page', 'Host text before the widget', 'Host footer after the widget']) {
    assert.ok(!text.includes(host), `the host page's "${host}" is not printed`);
  }
}

test('the print button prints the checker report alone, with the folded lists open and the entries', async () => {
  const page = await newPage(browser, { width: 1280, height: 900 });
  const log = collectConsole(page);
  const w = await openLongHost(page);
  await w.getByRole('tab', { name: 'Check requirements' }).click();
  await w.getByLabel('Category', { exact: true }).selectOption({ label: 'Family Specialist' });
  await w.getByRole('button', { name: 'Add a training' }).click();
  await w.locator('#chk-training-hours').fill('20');
  await w.getByLabel('Title').fill('Attachment basics');
  await w.locator('#chk-training-save').click();
  await w.locator('.chk-report').getByText('For Infant Family Specialist').waitFor();
  const folded = w.locator('details.chk-core__missing').first();
  const missing = (await folded.locator('li').first().textContent()).trim();
  assert.equal(await folded.getAttribute('open'), null, 'folded on screen');

  const { text, pages } = await printedByButton(page, w, 'checker-en', 'Print or save as PDF');
  assertNoHost(text);
  assert.match(text, /For Infant Family Specialist/);
  assert.match(text, /Not shown yet/);
  assert.ok(text.includes(missing), `the missing competency "${missing}" reaches the paper`);
  assert.match(text, /Attachment basics/, "the person's entries are printed");
  assert.match(text, /Offered by Example Association for Infant Mental Health/);
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);

  // After the printout everything is as before: the page's own print, the lists folded again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('endorsement-navigator[data-en-printing]').count(), 0);
  assert.equal(await folded.getAttribute('open'), null);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('the print button prints the renewal plan and the finder result alone', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  const log = collectConsole(page);
  const w = await openLongHost(page);
  await w.getByRole('tab', { name: 'Plan my renewal' }).click();
  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await w.getByLabel('Date your endorsement was granted').fill('2025-06-01');
  await w.locator('#rn-training-date').fill('2026-01-10');
  await w.locator('#rn-training-hours').fill('6');
  await w.getByLabel('Title').fill('Circle of Security');
  await w.getByRole('button', { name: 'Add training' }).click();
  await w.locator('.rn-report').getByText('31 December 2027').first().waitFor();
  const renewal = await printedByButton(page, w, 'renewal-en', 'Print or save as PDF');
  assertNoHost(renewal.text);
  assert.match(renewal.text, /31 December 2027/);
  assert.match(renewal.text, /Circle of Security/, 'the training log is printed');
  assert.ok(renewal.pages >= 1 && renewal.pages <= 2, `${renewal.pages} pages`);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });

  await w.getByRole('tab', { name: 'Find my category' }).click();
  const result = await finderResult(w);
  await result.waitFor();
  const finder = await printedByButton(page, w, 'category-en', 'Print or save as PDF');
  assertNoHost(finder.text);
  assert.match(finder.text, /Family Specialist/);
  assert.ok(finder.pages >= 1 && finder.pages <= 2, `${finder.pages} pages`);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});

test('in Spanish, the reinstatement plan prints alone from "Imprimir o guardar como PDF"', async () => {
  const page = await newPage(browser, { width: 1280, height: 900 });
  const log = collectConsole(page);
  const w = await openLongHost(page);
  await w.getByRole('tab', { name: 'Plan my renewal' }).click();
  await w.getByLabel('Category you are endorsed in').selectOption({ label: 'Family Specialist' });
  await w.getByLabel('Date your endorsement was granted').fill('2019-06-01');
  await w.locator('#rn-lapsed').check();
  await w.locator('#rn-training-date').fill('2026-01-10');
  await w.locator('#rn-training-hours').fill('5');
  await w.getByRole('button', { name: 'Add training' }).click();
  await w.locator('.rn-reinstatement').first().waitFor();
  await page.evaluate(() => document.querySelector('endorsement-navigator').setAttribute('lang', 'es'));
  const { text, pages } = await printedByButton(page, w, 'reinstatement-es', 'Imprimir o guardar como PDF');
  assertNoHost(text);
  assert.match(text, /Impreso el|Fecha de impresión|15 de marzo de 2026/);
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  assert.deepEqual(log.problems(), []);
  await page.context().close();
});
