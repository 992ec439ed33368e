#!/usr/bin/env node
// `make dist`: the release a webmaster uploads, from a built pkg/.
//
//   node scripts/dist.mjs [--pkg pkg] [--out dist]
//
// Writes dist/endorsement-navigator-<version>/ and dist/endorsement-navigator-<version>.zip:
// - embed.js under its stable name (the one URL host pages name; cache it briefly), with the names of its
//   siblings rewritten to content-hashed ones under files/: endorsement_navigator.<hash>.js,
//   …_bg.<hash>.wasm, navigator.<hash>.css, i18n/<lang>.<hash>.txt (cache files/ for a year: a new release
//   has new names; one folder, so every host config can say it with one path);
// - frame.html and frame.js (stable names) for iframe-only site builders; snippet.json (the first-paint
//   reservation per first tool and language, for snippet generators);
// - .br and .gz copies of every text and wasm file, for servers that send precompressed files;
// - hosting/: sample configurations for Apache (.htaccess), nginx, Netlify (_headers) and notes on what
//   GitHub Pages can and cannot do (CORS, MIME type, compression, caching);
// - endorsement-navigator-wordpress.zip: the WordPress plugin (scripts/dist-wordpress.mjs);
// - SNIPPET.html: the tags to paste, the default first (CONTRACT §1), with a Subresource Integrity hash
//   for embed.js in the variant for a versioned URL (SRI pins one release, so it only fits a URL that
//   never changes content).
// <version> is Cargo.toml's package version.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

import { bundleLoader, loaderData, snippetLoader, snippetStyle } from './build-loader.mjs';
import { writeWordPressPlugin } from './dist-wordpress.mjs';
import { REPO_ROOT } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const PKG = resolve(option('--pkg', join(REPO_ROOT, 'pkg')));
const OUT = resolve(option('--out', join(REPO_ROOT, 'dist')));

const cargo = await readFile(join(REPO_ROOT, 'Cargo.toml'), 'utf8');
const version = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms.exec(cargo)?.[1];
if (!version) throw new Error('dist: no [package] version in Cargo.toml');
const NAME = `endorsement-navigator-${version}`;
const DIR = join(OUT, NAME);

for (const f of ['embed.js', 'endorsement_navigator.js', 'endorsement_navigator_bg.wasm', 'navigator.css']) {
  if (!existsSync(join(PKG, f))) {
    console.error(`dist: ${relative(REPO_ROOT, PKG)}/${f} missing; run \`make build\` first`);
    process.exit(1);
  }
}

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/** `name.ext` → `name.<hash>.ext` */
const hashed = (file, bytes) => {
  const ext = extname(file);
  return `${file.slice(0, -ext.length)}.${hash(bytes)}${ext}`;
};

await rm(DIR, { recursive: true, force: true });
await rm(`${DIR}.zip`, { force: true });
await mkdir(DIR, { recursive: true });
const written = [];
async function put(name, bytes) {
  const path = join(DIR, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  written.push(name);
}

// The wasm first: the glue names it.
const wasm = await readFile(join(PKG, 'endorsement_navigator_bg.wasm'));
const wasmName = `files/${hashed('endorsement_navigator_bg.wasm', wasm)}`;
await put(wasmName, wasm);

// The glue's own default URL of the wasm (used only when no URL is passed) follows the new name.
let glue = await readFile(join(PKG, 'endorsement_navigator.js'), 'utf8');
glue = glue.replaceAll("'endorsement_navigator_bg.wasm'", `'${basename(wasmName)}'`);
const glueName = `files/${hashed('endorsement_navigator.js', Buffer.from(glue))}`;
await put(glueName, glue);

const css = await readFile(join(PKG, 'navigator.css'));
const cssName = `files/${hashed('navigator.css', css)}`;
await put(cssName, css);

// Language tables, when this build has them (pkg/i18n/<lang>.txt).
const tables = {};
if (existsSync(join(PKG, 'i18n'))) {
  for (const f of (await readdir(join(PKG, 'i18n'))).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = await readFile(join(PKG, 'i18n', f));
    const name = `files/i18n/${hashed(f, bytes)}`;
    await put(name, bytes);
    tables[basename(f, '.txt')] = name;
  }
}

// embed.js: bundled again with the hashed names as its file names (scripts/build-loader.mjs).
let embed = await bundleLoader(
  loaderData({ glue: glueName, wasm: wasmName, css: cssName, ...(Object.keys(tables).length ? { tables } : {}) }),
);
embed = `// Endorsement Navigator ${version}: source, comments and licence at www/loader/ of the project.\n${embed}`;
await put('embed.js', embed);

for (const f of ['frame.html', 'frame.js', 'snippet.json', 'configure.html', 'configure.css']) {
  if (existsSync(join(PKG, f))) await put(f, await readFile(join(PKG, f)));
}
// The configurator imports the glue that embed.js loads (one module, one wasm instance): its hashed name.
if (existsSync(join(PKG, 'configure.js'))) {
  const configure = await readFile(join(PKG, 'configure.js'), 'utf8');
  if (!/var GLUE_FILE = '[^']*';/.test(configure)) throw new Error('dist: configure.js has no GLUE_FILE constant to rewrite');
  await put('configure.js', configure.replace(/var GLUE_FILE = '[^']*';/, `var GLUE_FILE = '${glueName}';`));
}

// Precompressed copies for servers that serve `file.br` / `file.gz` in place of `file`.
for (const name of [...written]) {
  if (!/\.(js|wasm|css|txt|html)$/.test(name)) continue;
  const raw = await readFile(join(DIR, name));
  await writeFile(join(DIR, `${name}.br`), brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
  await writeFile(join(DIR, `${name}.gz`), gzipSync(raw, { level: 9 }));
}

// Host configurations and the snippet. Apache reads files/.htaccess for the long cache of hashed names.
await cp(join(REPO_ROOT, 'scripts/dist-hosting'), join(DIR, 'hosting'), { recursive: true });
await writeFile(
  join(DIR, 'files/.htaccess'),
  '# Apache: every name in this folder carries a content hash and never changes.\n' +
    '<IfModule mod_headers.c>\n  Header set Cache-Control "public, max-age=31536000, immutable"\n</IfModule>\n',
);
const embedSri = sri(Buffer.from(embed));
const style = snippetStyle('category', 'en');
const snippet = `<!-- Endorsement Navigator ${version}: paste where the widget should appear. Replace
     https://example.org/endorsement-navigator/ with the address of the folder you uploaded. -->

<!-- 1. The usual snippet, pasted where the widget goes (a CMS's HTML block). The script adds embed.js once
     the page has painted, so it never delays the page; the style keeps the widget's first screen free from
     the first paint, so nothing on the page moves when it appears (embed.js gives that space to the widget).
     The height suits the first tool and language: snippet.json has it for each (tools="checker …", lang="es"). -->
<endorsement-navigator association="Your association" contact-email="endorsement@example.org"
                       style="${style}"></endorsement-navigator>
${snippetLoader('https://example.org/endorsement-navigator/embed.js')}

<!-- 1b. Under a strict Content-Security-Policy (no inline script, style-src 'self'): a deferred script tag
     and the element without the style, with this rule in the site's own stylesheet instead:
       endorsement-navigator { ${style.replace(';', '; ')}; }
     Nothing moves either; only Lighthouse may count embed.js's request in the page's first paint. -->
<script src="https://example.org/endorsement-navigator/embed.js" defer></script>
<endorsement-navigator association="Your association" contact-email="endorsement@example.org"></endorsement-navigator>

<!-- 2. Pinned to this release with Subresource Integrity: only for a URL whose embed.js never changes
     (a folder named by version, e.g. …/${NAME}/embed.js). A server on another origin must send
     Access-Control-Allow-Origin for embed.js too, since crossorigin="anonymous" makes it a CORS request. -->
<script src="https://example.org/${NAME}/embed.js" defer
        integrity="${embedSri}" crossorigin="anonymous"></script>

<!-- 3. Site builders that only allow an iframe (attributes become query parameters): -->
<iframe src="https://example.org/endorsement-navigator/frame.html?association=Your%20association&amp;lang=en"
        title="Endorsement Navigator" loading="lazy" style="width:100%;height:1100px;border:0"></iframe>
`;
await writeFile(join(DIR, 'SNIPPET.html'), snippet);

execFileSync('zip', ['-q', '-r', '-X', `${NAME}.zip`, NAME], { cwd: OUT });

// The WordPress plugin (scripts/dist-wordpress.mjs), with this release's widget files.
const plugin = await writeWordPressPlugin({ release: DIR, out: OUT, version });

const size = async (name) => (await readFile(join(DIR, name))).length;
console.log(`dist: ${relative(REPO_ROOT, DIR)}/ and ${relative(REPO_ROOT, DIR)}.zip`);
for (const name of written.sort()) {
  const br = existsSync(join(DIR, `${name}.br`)) ? `, ${(await size(`${name}.br`)) / 1000} kB brotli` : '';
  console.log(`  ${name.padEnd(44)} ${(await size(name)) / 1000} kB${br}`);
}
console.log(`  embed.js SRI: ${embedSri}`);
console.log(`dist: ${relative(REPO_ROOT, plugin.zip)} (${plugin.files.length} files)`);
