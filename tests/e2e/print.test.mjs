// Print and "save as PDF" (issue 9): each tool's result under print-media emulation, at 320 and 1280 px.
// What a printout must not show (tabs, buttons, forms) is hidden, what it is for (the result, what is
// missing, the next steps, the assumptions, the association and the date) is visible, and the PDF Chromium makes of the page is at most
// two pages. Screenshots: tests/e2e/screenshots/print-<tool>-<width>.png (look at them).
//
// Run alone: `make build && node tests/e2e/run.mjs print`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { collectConsole, launchBrowser, newPage, screenshot, shadow, url, waitForNavigator } from './lib/browser.mjs';

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
