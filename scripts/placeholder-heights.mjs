#!/usr/bin/env node
// Re-measures the placeholder's body heights in www/embed.js (`bodyHeights(tool, lang, [...])`) against the
// app's first screens, after a change that makes a first screen taller or shorter (the zero-shift e2e test
// fails with "placeholder N px, first screen M px" when they drift apart).
//
//   node scripts/placeholder-heights.mjs [--write]
//
// Builds nothing: run `make build` first. For each tool first, each language and the five width bands
// (pages 320, 400, 600, 800 and 1280 px wide: www/hosts/shift/<lang>-<tool>.html), it holds the wasm back,
// measures the placeholder, lets the app render, measures the first screen, and prints the corrected
// bodyHeights lines; --write puts them into www/embed.js (then copy it to pkg/ or rebuild).

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { REPO_ROOT, startServer } from './serve.mjs';

const WIDTHS = [320, 400, 600, 800, 1280];
const EMBED = join(REPO_ROOT, 'www/embed.js');
const write = process.argv.includes('--write');

const server = await startServer({ root: REPO_ROOT, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
let source = await readFile(EMBED, 'utf8');
try {
  for (const tool of ['category', 'checker', 'renewal']) {
    for (const lang of ['en', 'es']) {
      const pattern = new RegExp(`bodyHeights\\('${tool}', '${lang}', \\[([^\\]]*)\\]\\)`);
      const found = pattern.exec(source);
      if (!found) throw new Error(`no bodyHeights('${tool}', '${lang}', …) in www/embed.js`);
      const heights = found[1].split(',').map(Number);
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
      const line = `bodyHeights('${tool}', '${lang}', [${heights.join(', ')}])`;
      console.log(`  ${line}`);
      source = source.replace(pattern, line);
    }
  }
  if (write) {
    await writeFile(EMBED, source);
    console.log('placeholder-heights: www/embed.js updated');
  }
} finally {
  await browser.close();
  await server.close();
}
