#!/usr/bin/env node
// Minifies the deployable folder's scripts and stylesheet in place with esbuild (whitespace, comments and
// local names; property names and strings stay as they are, so the glue's imports keep working). Part of
// `make build`; embed.js and frame.js come minified from their bundler (scripts/build-loader.mjs):
//
//   node scripts/minify.mjs pkg
//
// Measured on the 2026-12 build (brotli): glue −1.7 KB, stylesheet −2.3 KB, embed.js −1.3 KB. The sources
// stay readable in www/ and in wasm-bindgen's output before this step. Then the wasm's imports get short
// names in the wasm and the glue together (scripts/short-imports.mjs: −4.3 KB).
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { shortenImports } from './short-imports.mjs';

const dir = process.argv[2] || 'pkg';
// The glue is an ES module (import.meta.url).
const files = [
  ['endorsement_navigator.js', { loader: 'js', format: 'esm' }],
  ['navigator.css', { loader: 'css' }],
];

export async function minify(source, options) {
  const { code } = await transform(source, { minify: true, legalComments: 'none', target: 'es2020', ...options });
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, options] of files) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const before = await readFile(path, 'utf8');
    const after = await minify(before, options);
    await writeFile(path, after);
    console.log(`minify: ${name} ${before.length} → ${after.length} bytes`);
  }
  const gluePath = join(dir, 'endorsement_navigator.js');
  const wasmPath = join(dir, 'endorsement_navigator_bg.wasm');
  if (existsSync(gluePath) && existsSync(wasmPath)) {
    const { wasm, glue, renamed } = shortenImports(
      await readFile(wasmPath),
      await readFile(gluePath, 'utf8'),
      './endorsement_navigator_bg.js',
    );
    await writeFile(wasmPath, wasm);
    await writeFile(gluePath, glue);
    console.log(`minify: ${renamed.size} wasm imports renamed in the wasm and the glue`);
  }
}
