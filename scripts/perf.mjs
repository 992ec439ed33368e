#!/usr/bin/env node
// `make perf`: what the widget costs its host page, measured.
//
//   node scripts/perf.mjs [--runs 5] [--pkg DIR] [--json FILE]
//
// 1. Lighthouse (npm `lighthouse`, mobile preset: simulated slow 4G and 4× CPU) on a realistic association
//    page with the release's default snippet (SNIPPET.html's first: the element with its first-paint
//    reservation and the script that adds embed.js after the first paint) pasted in the content right below a short introduction, so that on a phone
//    the widget starts above the fold with host text below it (www/hosts/perf/with.html), and on the same
//    page without it (without.html), --runs times each, alternating, one fresh Chromium per run. Prints
//    the medians of the score, CLS, TBT, FCP and LCP for both, their differences, and the LCP element.
// 2. Time to a usable widget: Chromium through the DevTools protocol throttled to 1.6 Mbps down, 750 kbps
//    up, 150 ms round trip and 4× CPU, with the files served brotli-compressed; from navigation to the
//    widget's first tab being on screen and enabled (median of --runs).
//
// The pages and the deployable folder are copied to a temporary root served by scripts/serve.mjs (brotli,
// production cache headers) on a free 127.0.0.1 port; --pkg measures another build (e.g. main's pkg/ for
// a before/after comparison). Before the first run every file is fetched once, so the server has its
// compressed copy at hand as a production host has (make dist ships .br/.gz copies): compressing the wasm
// on the first request takes the server over a second, which Lighthouse reads as the origin's response
// time and charges to every request of the page, the document's first byte included.
// Chromium: $CHROME_PATH, else /usr/bin/chromium.

import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';

import { REPO_ROOT, startServer } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('--runs', process.env.PERF_RUNS || 5)));
const PKG = resolve(option('--pkg', join(REPO_ROOT, 'pkg')));
const JSON_OUT = option('--json', null);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// Chromium as root in a container: no sandbox, no GPU, no background traffic that would skew timings.
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps',
  '--disable-extensions',
];

if (!existsSync(join(PKG, 'embed.js'))) {
  console.error(`perf: ${PKG}/embed.js missing; run \`make build\` first`);
  process.exit(1);
}
if (!existsSync(CHROME)) {
  console.error(`perf: Chromium not found at ${CHROME}; set CHROME_PATH`);
  process.exit(1);
}

const root = await mkdtemp(join(tmpdir(), 'navigator-perf-'));
await cp(join(REPO_ROOT, 'www/hosts/perf'), join(root, 'www/hosts/perf'), { recursive: true });
await cp(PKG, join(root, 'pkg'), { recursive: true });
const server = await startServer({ root, port: 0 });
const pageUrl = (name) => `${server.url}/www/hosts/perf/${name}.html`;

async function filesUnder(dir, prefix) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...(await filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)));
    else found.push(`${prefix}${entry.name}`);
  }
  return found;
}
for (const path of [...(await filesUnder(join(root, 'pkg'), '/pkg/')), ...(await filesUnder(join(root, 'www/hosts/perf'), '/www/hosts/perf/'))]) {
  for (const encoding of ['br', 'gzip']) {
    const response = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': encoding } });
    await response.arrayBuffer();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One Lighthouse mobile run in a fresh Chromium: { cls, tbt, fcp, lcp }. */
async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const audit = (id) => result.lhr.audits[id]?.numericValue ?? NaN;
    if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
    // Lighthouse's figures are simulated (Lantern); the observed ones show what really happened, unthrottled.
    const observed = result.lhr.audits.metrics?.details?.items?.[0] ?? {};
    return {
      score: (result.lhr.categories.performance?.score ?? NaN) * 100,
      cls: audit('cumulative-layout-shift'),
      tbt: audit('total-blocking-time'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      observedFcp: observed.observedFirstContentfulPaint ?? NaN,
      observedLcp: observed.observedLargestContentfulPaint ?? NaN,
      lcpElement: result.lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '',
    };
  } finally {
    await chrome.kill();
  }
}

/** Navigation to usable widget under CDP throttling, in ms. */
async function usableRun(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(pageUrl('with'), { waitUntil: 'commit', timeout: 120_000 });
  // performance.now() counts from the navigation's start; polled every frame.
  const handle = await page.waitForFunction(
    () => {
      const root = document.querySelector('endorsement-navigator')?.shadowRoot;
      const tab = root?.querySelector('.navigator [role=tab]');
      return tab && !tab.disabled && tab.getBoundingClientRect().height > 0 ? performance.now() : false;
    },
    null,
    { polling: 'raf', timeout: 120_000 },
  );
  const ms = await handle.jsonValue();
  await context.close();
  return ms;
}

const fmt = (metric, v) => (metric === 'cls' ? v.toFixed(3) : metric === 'score' ? `${Math.round(v)}` : `${Math.round(v)} ms`);
const diff = (metric, a, b) => {
  const d = b - a;
  const sign = d >= 0 ? '+' : '';
  if (metric === 'cls') return `${sign}${d.toFixed(3)}`;
  if (metric === 'score') return `${sign}${Math.round(d)}`;
  const pct = a > 0 ? ` (${sign}${((d / a) * 100).toFixed(1)} %)` : '';
  return `${sign}${Math.round(d)} ms${pct}`;
};
// The LCP element most runs of a page named (Lighthouse's node snippet, shortened).
const lcpElement = (runs) => {
  const counts = new Map();
  for (const r of runs) counts.set(r.lcpElement, (counts.get(r.lcpElement) ?? 0) + 1);
  const [snippet] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  return snippet.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 90);
};

try {
  console.log(`perf: ${RUNS} Lighthouse runs per page (mobile, simulated slow 4G, 4× CPU), alternating; pkg: ${PKG}`);
  const samples = { without: [], with: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const name of i % 2 ? ['with', 'without'] : ['without', 'with']) {
      const r = await lighthouseRun(pageUrl(name));
      samples[name].push(r);
      console.log(
        `  run ${i + 1} ${name.padEnd(7)} score ${Math.round(r.score)}  CLS ${r.cls.toFixed(3)}  TBT ${Math.round(r.tbt)}  FCP ${Math.round(r.fcp)}  ` +
          `LCP ${Math.round(r.lcp)}  (observed FCP ${Math.round(r.observedFcp)}, LCP ${Math.round(r.observedLcp)} ${r.lcpElement})`,
      );
    }
  }
  const medians = {};
  for (const name of ['without', 'with']) {
    medians[name] = {};
    for (const m of ['score', 'cls', 'tbt', 'fcp', 'lcp', 'observedFcp', 'observedLcp']) {
      medians[name][m] = median(samples[name].map((r) => r[m]));
    }
  }

  console.log(`perf: time to a usable widget, ${RUNS} runs (1.6 Mbps, 150 ms RTT, 4× CPU, brotli)`);
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: FLAGS.slice(1) });
  const usable = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      usable.push(await usableRun(browser));
      console.log(`  run ${i + 1} usable after ${Math.round(usable[i])} ms`);
    }
  } finally {
    await browser.close();
  }

  console.log('\n| median | without | with | difference |\n| --- | --- | --- | --- |');
  const rows = [['score', 'Performance score'], ['cls', 'CLS'], ['tbt', 'TBT'], ['fcp', 'FCP'], ['lcp', 'LCP'], ['observedFcp', 'FCP observed'], ['observedLcp', 'LCP observed']];
  for (const [m, label] of rows) {
    console.log(`| ${label} | ${fmt(m, medians.without[m])} | ${fmt(m, medians.with[m])} | ${diff(m, medians.without[m], medians.with[m])} |`);
  }
  console.log(`| LCP element | \`${lcpElement(samples.without)}\` | \`${lcpElement(samples.with)}\` | |`);
  console.log(`| usable (CDP 1.6 Mbps/150 ms/4×) | | ${Math.round(median(usable))} ms | |`);
  if (JSON_OUT) await writeFile(JSON_OUT, JSON.stringify({ runs: RUNS, pkg: PKG, samples, medians, usable }, null, 2) + '\n');
} finally {
  await server.close();
  await rm(root, { recursive: true, force: true });
}
