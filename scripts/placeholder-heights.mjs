#!/usr/bin/env node
// Re-measures the placeholder's body heights (www/loader/heights.json) against the app's first screens,
// after a change that makes a first screen taller or shorter (the zero-shift e2e test fails with
// "placeholder N px, first screen M px" when they drift apart).
//
//   node scripts/placeholder-heights.mjs [--write]
//
// Builds nothing: run `make build` first. For each tool first, each language and the five width bands
// (pages 320, 400, 600, 800 and 1280 px wide: www/hosts/shift/<lang>-<tool>.html), it holds the wasm back,
// measures the placeholder, lets the app render, measures the first screen, and prints the corrected
// heights; --write puts them into www/loader/heights.json and rebuilds pkg/embed.js.

import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { REPO_ROOT, startServer } from './serve.mjs';

const WIDTHS = [320, 400, 600, 800, 1280];
const HEIGHTS = join(REPO_ROOT, 'www/loader/heights.json');
const write = process.argv.includes('--write');

const server = await startServer({ root: REPO_ROOT, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
const data = JSON.parse(await readFile(HEIGHTS, 'utf8'));
try {
  for (const tool of ['category', 'checker', 'renewal']) {
    for (const lang of ['en', 'es']) {
      const heights = data.body[tool]?.[lang];
      if (!heights) throw new Error(`www/loader/heights.json has no body.${tool}.${lang}`);
      for (const [i, width] of WIDTHS.entries()) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        let release;
        const gate = new Promise((r) => (release = r));
        await page.route('**/endorsement_navigator_bg.wasm', async (route) => {
          await gate;
          await route.continue();
        });
        await page.goto(`${server.url}/www/hosts/shift/${lang}-${tool}.html`);
        await page.waitForFunction(() => document.querySelector('endorsement-navigator')?.shadowRoot?.querySelector('.en-skel'));
        const placeholder = await page.evaluate(() => document.querySelector('endorsement-navigator').shadowRoot.querySelector('.en-skel').getBoundingClientRect().height);
        release();
        await page.waitForFunction(() => {
          const root = document.querySelector('endorsement-navigator').shadowRoot;
          return root.querySelector('.navigator h2') && !root.querySelector('.en-boot');
        });
        await page.waitForTimeout(200);
        const app = await page.evaluate(() => document.querySelector('endorsement-navigator').shadowRoot.querySelector('.navigator').getBoundingClientRect().height);
        heights[i] = Math.round((heights[i] + (app - placeholder) / 16) * 100) / 100;
        console.log(`${tool} ${lang} ${width}px: placeholder ${placeholder.toFixed(1)} px, first screen ${app.toFixed(1)} px`);
        await context.close();
      }
      console.log(`  ${tool} ${lang}: [${heights.join(', ')}]`);
    }
  }
  if (write) {
    const rows = Object.entries(data.body).map(([tool, langs]) =>
      `    "${tool}": { ${Object.entries(langs).map(([lang, hs]) => `"${lang}": [${hs.join(', ')}]`).join(', ')} }`);
    const reserve = JSON.stringify(data.reserve, null, 2).replace(/\n/g, '\n  ');
    await writeFile(HEIGHTS, `{\n  "//": ${JSON.stringify(data['//'])},\n  "reserve": ${reserve},\n  "body": {\n${rows.join(',\n')}\n  }\n}\n`);
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-loader.mjs'), join(REPO_ROOT, 'pkg')], { stdio: 'inherit' });
    console.log('placeholder-heights: www/loader/heights.json updated, pkg/embed.js rebuilt');
  }
} finally {
  await browser.close();
  await server.close();
}
