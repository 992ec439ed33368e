#!/usr/bin/env node
// Re-measures what www/loader/heights.json holds against the app's first screens, after a change that
// makes a first screen taller or shorter (the zero-shift e2e test fails with "placeholder N px, first
// screen M px" when they drift apart):
// - "body": the placeholder's body heights (em) for the five width bands;
// - "reserve": the default snippet's first-paint reservation (px), `clamp(LOW, calc(A - 100vw), HIGH)`.
//
//   node scripts/placeholder-heights.mjs [--write]
//
// Builds nothing: run `make build` first. For each tool first and each language
// (www/hosts/shift/<lang>-<tool>.html, association and contact-email given):
// - at the five band widths (pages 320, 400, 600, 800 and 1280 px wide) it holds the wasm back, measures
//   the placeholder, lets the app render, measures the first screen and corrects the body heights;
// - at 300, 412, 700 and 1280 px it measures the element once the app has rendered: LOW is the height at
//   700 px and wider (the smaller of 700 and 1280), HIGH the height at 300 px, A the height at a 412 px
//   phone plus 412 (so that the reservation is exact there).
// It prints both; --write puts them into www/loader/heights.json and rebuilds pkg/embed.js and
// pkg/snippet.json (which the configurator and the WordPress plugin read).

import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { REPO_ROOT, startServer } from './serve.mjs';

const WIDTHS = [320, 400, 600, 800, 1280];
// The reservation's widths: the narrowest phone, a common phone, and two desktop pages.
const RESERVE_WIDTHS = { high: 300, phone: 412, wide: [700, 1280] };
const HEIGHTS = join(REPO_ROOT, 'www/loader/heights.json');
const write = process.argv.includes('--write');

const server = await startServer({ root: REPO_ROOT, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
const data = JSON.parse(await readFile(HEIGHTS, 'utf8'));

/** Loads `lang`-`tool` at `width`; with `placeholder`, holds the wasm back to measure the placeholder's
 *  body first. Returns the heights (px) of the placeholder's body, the app's first screen and the element. */
async function measure(tool, lang, width, { placeholder: withPlaceholder = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    let release = () => {};
    if (withPlaceholder) {
      const gate = new Promise((r) => (release = r));
      await page.route('**/endorsement_navigator_bg.wasm', async (route) => {
        await gate;
        await route.continue();
      });
    }
    await page.goto(`${server.url}/www/hosts/shift/${lang}-${tool}.html`);
    let placeholder = null;
    if (withPlaceholder) {
      await page.waitForFunction(() => document.querySelector('endorsement-navigator')?.shadowRoot?.querySelector('.en-skel'));
      placeholder = await page.evaluate(() => document.querySelector('endorsement-navigator').shadowRoot.querySelector('.en-skel').getBoundingClientRect().height);
      release();
    }
    await page.waitForFunction(() => {
      const root = document.querySelector('endorsement-navigator').shadowRoot;
      return root.querySelector('.navigator h2') && !root.querySelector('.en-boot');
    });
    await page.waitForTimeout(200);
    const { app, element } = await page.evaluate(() => {
      const host = document.querySelector('endorsement-navigator');
      return {
        app: host.shadowRoot.querySelector('.navigator').getBoundingClientRect().height,
        element: host.getBoundingClientRect().height,
      };
    });
    return { placeholder, app, element };
  } finally {
    await context.close();
  }
}

try {
  for (const tool of ['category', 'checker', 'renewal']) {
    for (const lang of ['en', 'es']) {
      const heights = data.body[tool]?.[lang];
      if (!heights) throw new Error(`www/loader/heights.json has no body.${tool}.${lang}`);
      for (const [i, width] of WIDTHS.entries()) {
        const { placeholder, app } = await measure(tool, lang, width, { placeholder: true });
        heights[i] = Math.round((heights[i] + (app - placeholder) / 16) * 100) / 100;
        console.log(`${tool} ${lang} ${width}px: placeholder ${placeholder.toFixed(1)} px, first screen ${app.toFixed(1)} px`);
      }
      console.log(`  ${tool} ${lang}: [${heights.join(', ')}]`);

      const at = async (width) => (await measure(tool, lang, width)).element;
      const high = Math.round(await at(RESERVE_WIDTHS.high));
      const phone = Math.round(await at(RESERVE_WIDTHS.phone));
      let low = Infinity;
      for (const width of RESERVE_WIDTHS.wide) low = Math.min(low, Math.round(await at(width)));
      const reserve = [low, phone + RESERVE_WIDTHS.phone, high];
      data.reserve[tool] ??= {};
      data.reserve[tool][lang] = reserve;
      console.log(`  ${tool} ${lang} reserve: clamp(${reserve[0]}px,calc(${reserve[1]}px - 100vw),${reserve[2]}px)`);
    }
  }
  if (write) {
    // One line per tool; the "//" comments kept.
    const rows = (table) => Object.entries(table).map(([tool, langs]) => (tool === '//'
      ? `    "//": ${JSON.stringify(langs)}`
      : `    "${tool}": { ${Object.entries(langs).map(([lang, hs]) => `"${lang}": [${hs.join(', ')}]`).join(', ')} }`));
    const section = (table) => `{\n${rows(table).join(',\n')}\n  }`;
    await writeFile(HEIGHTS, `{\n  "//": ${JSON.stringify(data['//'])},\n  "reserve": ${section(data.reserve)},\n  "body": ${section(data.body)}\n}\n`);
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-loader.mjs'), join(REPO_ROOT, 'pkg')], { stdio: 'inherit' });
    console.log('placeholder-heights: www/loader/heights.json updated, pkg/embed.js and pkg/snippet.json rebuilt');
  }
} finally {
  await browser.close();
  await server.close();
}
