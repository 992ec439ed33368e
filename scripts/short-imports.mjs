// Gives the wasm's imports from its own glue short names, in the wasm and in the glue together.
//
// wasm-bindgen names each import after the JS it calls plus a 16-digit hash (`__wbg_setAttribute_…`), and
// both files carry every name: 167 hashes that brotli cannot compress, twice, in two files that cannot share
// a dictionary. Renaming them `a`, `b`, … `aa` … took 4.3 KB brotli off what a visitor downloads (wasm
// −2.5 KB, glue −1.8 KB, on the 2026-12 build). The mapping comes from the wasm's import section itself, and
// every name must be found exactly once as a key of the glue's import object, or the build fails: the two
// files can never disagree silently.
//
//   import { shortenImports } from './short-imports.mjs';
//   const { wasm, glue, renamed } = shortenImports(wasmBytes, glueText, './endorsement_navigator_bg.js');

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) throw new Error('short-imports: the wasm ends inside a number');
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
    if (shift > 35) throw new Error('short-imports: a number in the wasm is too long');
  }
}

/** Writes an unsigned LEB128 number. */
function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** The `index`-th short name: a … z, A … Z, then two letters, and so on. */
export function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  let n = index;
  for (;;) {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length);
    if (n === 0) return name;
    n -= 1;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encode = (text) => [...new TextEncoder().encode(text)];

/**
 * Renames the imports of `module` in `wasm` (bytes) and the matching keys in `glue` (the JS text that
 * builds the import object). Imports of other modules keep their names. Throws when a name is not a key of
 * the glue exactly once.
 */
export function shortenImports(wasm, glue, module) {
  const bytes = wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm);
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) {
    throw new Error('short-imports: not a WebAssembly 1.0 module');
  }
  const out = [...bytes.subarray(0, 8)];
  const renamed = new Map();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, bodyAt] = readU32(bytes, at + 1);
    const end = bodyAt + size;
    if (end > bytes.length) throw new Error('short-imports: a section runs past the end of the wasm');
    let body = bytes.subarray(bodyAt, end);
    if (id === 2) body = renameImportSection(body, module, renamed);
    out.push(id, ...u32(body.length));
    for (const b of body) out.push(b);
    at = end;
  }
  let text = glue;
  for (const [long, short] of renamed) {
    // The key of the import object, in wasm-bindgen's output or minified: `name:` or `name :`.
    const key = new RegExp(`(?<![\\w$])${long}(?=\\s*:)`, 'g');
    const found = text.match(key)?.length ?? 0;
    const anywhere = text.match(new RegExp(`(?<![\\w$])${long}(?![\\w$])`, 'g'))?.length ?? 0;
    if (found !== 1 || anywhere !== 1) {
      throw new Error(`short-imports: ${long} is ${anywhere} times in the glue (${found} as a key); expected once, as a key`);
    }
    text = text.replace(key, short);
  }
  return { wasm: Uint8Array.from(out), glue: text, renamed };
}

function renameImportSection(body, module, renamed) {
  const [count, first] = readU32(body, 0);
  const out = u32(count);
  let at = first;
  for (let i = 0; i < count; i++) {
    const [moduleLength, moduleAt] = readU32(body, at);
    const moduleName = utf8.decode(body.subarray(moduleAt, moduleAt + moduleLength));
    const [fieldLength, fieldAt] = readU32(body, moduleAt + moduleLength);
    const field = utf8.decode(body.subarray(fieldAt, fieldAt + fieldLength));
    at = fieldAt + fieldLength;
    const descAt = at;
    const kind = body[at++];
    // The import's description: a function's type index, a table, a memory, a global or a tag.
    if (kind === 0x00 || kind === 0x04) {
      if (kind === 0x04) at++;
      [, at] = readU32(body, at);
    } else if (kind === 0x01) {
      at++;
      at = skipLimits(body, at);
    } else if (kind === 0x02) {
      at = skipLimits(body, at);
    } else if (kind === 0x03) {
      at += 2;
    } else {
      throw new Error(`short-imports: import ${moduleName}.${field} has an unknown kind ${kind}`);
    }
    let name = field;
    if (moduleName === module) {
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      name = renamed.get(field);
    }
    out.push(...u32(moduleLength), ...body.subarray(moduleAt, moduleAt + moduleLength));
    const encoded = encode(name);
    out.push(...u32(encoded.length), ...encoded, ...body.subarray(descAt, at));
  }
  if (at !== body.length) throw new Error('short-imports: the import section has bytes after its last import');
  return Uint8Array.from(out);
}

function skipLimits(body, at) {
  const flags = body[at++];
  [, at] = readU32(body, at);
  if (flags & 0x01) [, at] = readU32(body, at);
  return at;
}
