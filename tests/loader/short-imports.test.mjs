// The build step that gives the wasm's imports short names (scripts/short-imports.mjs), on a wasm module
// assembled here by hand: the renamed module must still instantiate against the renamed glue and call the
// right functions, and any glue the step cannot rename safely must fail the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { shortName, shortenImports } from '../../scripts/short-imports.mjs';

const GLUE_MODULE = './x_bg.js';
const LONG = ['__wbg_first_0123456789abcdef', '__wbg_second_fedcba9876543210'];

const bytesOf = (text) => [...new TextEncoder().encode(text)];
const named = (text) => [bytesOf(text).length, ...bytesOf(text)];
const section = (id, body) => [id, body.length, ...body];

/** A module with two function imports from the glue, one memory import from elsewhere, and `run`, which
 * returns first() * 10 + second(). */
function moduleWithImports() {
  const type = section(1, [1, 0x60, 0, 1, 0x7f]);
  const imports = section(2, [
    3,
    ...named(GLUE_MODULE), ...named(LONG[0]), 0x00, 0,
    ...named('env'), ...named('memory'), 0x02, 0x00, 1,
    ...named(GLUE_MODULE), ...named(LONG[1]), 0x00, 0,
  ]);
  const functions = section(3, [1, 0]);
  const exports = section(7, [1, ...named('run'), 0x00, 2]);
  // call 0; i32.const 10; i32.mul; call 1; i32.add; end
  const body = [0, 0x10, 0, 0x41, 10, 0x6c, 0x10, 1, 0x6a, 0x0b];
  const code = section(10, [1, body.length, ...body]);
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...type, ...imports, ...functions, ...exports, ...code]);
}

const glueText = `export function imports() {
  return { ${LONG[0]}: () => 4, ${LONG[1]} : () => 2 };
}
`;

test('short names: a … z, A … Z, then two letters, never repeating', () => {
  assert.deepEqual([0, 1, 25, 26, 51, 52, 53].map(shortName), ['a', 'b', 'z', 'A', 'Z', 'aa', 'ab']);
  const names = new Set(Array.from({ length: 3000 }, (_, i) => shortName(i)));
  assert.equal(names.size, 3000);
});

test('the renamed wasm instantiates against the renamed glue and calls the same functions', async () => {
  const { wasm, glue, renamed } = shortenImports(moduleWithImports(), glueText, GLUE_MODULE);
  assert.deepEqual([...renamed], [[LONG[0], 'a'], [LONG[1], 'b']]);
  assert.ok(wasm.length < moduleWithImports().length);
  for (const long of LONG) assert.ok(!glue.includes(long), `${long} is gone from the glue`);

  const dir = mkdtempSync(join(tmpdir(), 'short-imports-'));
  try {
    const path = join(dir, 'glue.mjs');
    writeFileSync(path, glue);
    const { imports } = await import(pathToFileURL(path).href);
    const memory = new WebAssembly.Memory({ initial: 1 });
    const { instance } = await WebAssembly.instantiate(wasm, { [GLUE_MODULE]: imports(), env: { memory } });
    assert.equal(instance.exports.run(), 42);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Imports of other modules keep their names.
  const moduleImports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual(moduleImports.map((i) => `${i.module}.${i.name}`), [`${GLUE_MODULE}.a`, 'env.memory', `${GLUE_MODULE}.b`]);
});

test('a name the glue has twice, or not as a key, or not at all, fails the build', () => {
  const twice = glueText.replace('() => 2 }', `() => 2, other: ${LONG[0]} }`);
  assert.throws(() => shortenImports(moduleWithImports(), twice, GLUE_MODULE), /__wbg_first_0123456789abcdef is 2 times/);
  const missing = glueText.replace(LONG[1], 'renamed_by_someone');
  assert.throws(() => shortenImports(moduleWithImports(), missing, GLUE_MODULE), /__wbg_second_fedcba9876543210 is 0 times/);
});

test('bytes that are not a wasm module, or are cut short, fail the build', () => {
  assert.throws(() => shortenImports(new Uint8Array([1, 2, 3]), glueText, GLUE_MODULE), /not a WebAssembly/);
  const cut = moduleWithImports().subarray(0, 30);
  assert.throws(() => shortenImports(cut, glueText, GLUE_MODULE), /past the end|ends inside/);
});
