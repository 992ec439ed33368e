#!/usr/bin/env node
// End-to-end tier: `node tests/e2e/run.mjs [filter…]` (what `make test-e2e` runs).
//
// 1. starts the static server (scripts/serve.mjs) on a free 127.0.0.1 port, serving the repository root,
//    so host pages can reference /pkg/embed.js and /www/…;
// 2. runs every tests/e2e/*.test.mjs (or only the files whose name contains one of the filters) with node's
//    built-in test runner, spec reporter, E2E_BASE_URL set to the server's origin; each test file launches
//    Chromium through tests/e2e/lib/browser.mjs;
// 3. exits with the test runner's status, so one failing test fails the run; the last lines printed are
//    node's test summary. The server's request log (look there for 404s) is left in
//    tests/e2e/results/requests.log; screenshots in tests/e2e/screenshots/ (both gitignored).
//
// Environment: E2E_CONCURRENCY (test files run at once, default 1), CHROMIUM_PATH (default
// /usr/bin/chromium), E2E_TIMEOUT_MS (default action timeout, 15000), E2E_FILE_TIMEOUT_MS (per test file,
// default 300000).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const filters = process.argv.slice(2);

const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
  .map((f) => relative(root, join(here, f)));

if (files.length === 0) {
  console.error(`e2e: no test files in ${relative(root, here) || '.'}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`e2e: Chromium not found at ${chromiumPath}; run \`make setup\``);
  process.exit(1);
}
if (!existsSync(join(root, 'node_modules/playwright-core'))) {
  console.error('e2e: node_modules/playwright-core missing; run `make setup` (npm ci)');
  process.exit(1);
}
if (!existsSync(join(root, 'pkg/endorsement_navigator_bg.wasm'))) {
  console.error('e2e: warning: pkg/ is not built (run `make build`); pages embedding the widget will fail');
}

rmSync(join(root, 'tests/e2e/screenshots'), { recursive: true, force: true });

const requests = [];
const { url, close } = await startServer({ root, port: 0, log: (line) => requests.push(line) });
console.error(`e2e: serving ${root} at ${url}; running ${files.length} file(s): ${files.join(' ')}`);

const concurrency = Math.max(1, Number(process.env.E2E_CONCURRENCY) || 1);
const args = [
  '--test',
  '--test-reporter=spec',
  `--test-concurrency=${concurrency}`,
  `--test-timeout=${Number(process.env.E2E_FILE_TIMEOUT_MS) || 300_000}`,
  ...files,
];
const child = spawn(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: url, CHROMIUM_PATH: chromiumPath },
});

const forward = (sig) => child.kill(sig);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);

const code = await new Promise((ok) => {
  child.on('exit', (status, signal) => ok(status ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`e2e: could not start node --test: ${err.message}`);
    ok(1);
  });
});
await close();
// The request log (404s included) goes to a file, so that node's test summary stays the last output.
mkdirSync(join(root, 'tests/e2e/results'), { recursive: true });
writeFileSync(join(root, 'tests/e2e/results/requests.log'), requests.join('\n') + '\n');
process.exit(code);
