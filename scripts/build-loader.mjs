#!/usr/bin/env node
// Bundles the loader (www/loader/*.js) into one classic script, embed.js, with esbuild (and frame.js, the
// iframe page's script, which shares the attribute list). Part of `make build` (pkg/) and `make dist`
// (embed.js with the hashed names of the release's files):
//
//   node scripts/build-loader.mjs [DIR]
//
// What the loader would otherwise copy by hand is generated here, as the module `loader:build`:
// - WORDS: the placeholder's words from the message tables (src/i18n/<lang>.txt, by key), plus the few
//   only the loader says (www/loader/words.json); LANGS: the tables there are;
// - CSS: navigator.css's frame, tab, heading, introduction and footer rules (www/styles/), renamed to the
//   placeholder's classes, then www/loader/placeholder.css and the measured body heights
//   (www/loader/heights.json);
// - ATTRIBUTES and TOOLS: from src/config.rs (`ATTRIBUTES`, `Tool::id`);
// - FILES: the names of the glue, wasm, stylesheet and tables (hashed ones in a release).
// Anything missing (a key, a rule, the constant) fails the build with its name.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { bodyHeightsCss } from '../www/loader/placeholder.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

function fail(message) {
  throw new Error(`build-loader: ${message}`);
}

/** `key = pattern` lines of one table (src/i18n/mod.rs syntax: `#` comments, blank lines). */
export function tableEntries(text) {
  const entries = {};
  for (const line of text.split('\n')) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const eq = line.indexOf('=');
    if (eq > 0) entries[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return entries;
}

// The placeholder's words: which table key says each.
const KEYS = {
  offeredBy: 'shell.offered_by',
  tabs: { category: 'shell.tool_name.category', checker: 'shell.tool_name.checker', renewal: 'shell.tool_name.renewal' },
  headings: { category: 'category_tool.title', checker: 'checker.title', renewal: 'renewal.title' },
  intros: { category: 'category_tool.intro', checker: 'checker.intro', renewal: 'renewal.intro' },
  introsNotKept: { checker: 'checker.intro_not_kept' },
  privacy: 'shell.privacy',
  privacyNotKept: 'shell.privacy_not_kept',
  contactLine: 'shell.contact',
};

function pick(keys, table, where) {
  if (typeof keys === 'string') return table[keys] ?? fail(`${where} has no \`${keys}\``);
  return Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, pick(key, table, where)]));
}

export function words() {
  const own = JSON.parse(read('www/loader/words.json'));
  const langs = readdirSync(join(ROOT, 'src/i18n')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  // English first: the fallback language.
  langs.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : 0));
  const out = {};
  for (const lang of langs) {
    if (!own[lang]) fail(`www/loader/words.json has no "${lang}" (src/i18n/${lang}.txt exists)`);
    out[lang] = { ...pick(KEYS, tableEntries(read(`src/i18n/${lang}.txt`)), `src/i18n/${lang}.txt`), ...own[lang] };
  }
  return out;
}

/** The string constants of `pub const NAME: [&str; N] = [...]` in src/config.rs, checked against N. */
export function rustStrings(source, name) {
  const found = new RegExp(`pub const ${name}: \\[&str; (\\d+)\\] = \\[([^\\]]*)\\];`).exec(source);
  if (!found) fail(`src/config.rs has no \`pub const ${name}: [&str; N]\``);
  const values = [...found[2].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  if (values.length !== Number(found[1])) fail(`src/config.rs ${name}: ${values.length} strings for [&str; ${found[1]}]`);
  return values;
}

/** The tool ids of `Tool::id` in src/config.rs (`Tool::Category => "category",`). */
export function rustTools(source) {
  const tools = [...source.matchAll(/Tool::\w+ => "([a-z]+)",/g)].map((m) => m[1]);
  if (tools.length === 0) fail('src/config.rs has no `Tool::… => "…",` arms in Tool::id');
  return [...new Set(tools)];
}

// --------------------------------------------------------------------------------------------- styles
/** The rules of a stylesheet as [{ at, selector, body }] (`at`: the enclosing @media/@container prelude,
 *  or ''), selectors with their whitespace collapsed. Enough for the project's own stylesheets. */
export function cssRules(text) {
  const css = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  const walk = (from, to, at) => {
    let i = from;
    while (i < to) {
      const open = css.indexOf('{', i);
      if (open < 0 || open >= to) break;
      const prelude = css.slice(i, open).trim().replace(/\s+/g, ' ');
      let depth = 1;
      let j = open + 1;
      while (depth && j < to) {
        if (css[j] === '{') depth++;
        else if (css[j] === '}') depth--;
        j++;
      }
      if (prelude.startsWith('@')) walk(open + 1, j - 1, prelude);
      else rules.push({ at, selector: prelude, body: css.slice(open + 1, j - 1).trim().replace(/\s+/g, ' ') });
      i = j;
    }
  };
  walk(0, css.length, '');
  return rules;
}

// navigator.css's rules the placeholder shares, [at-rule, app selector, placeholder selector]. The
// frame is a `navigator` size container in both, so the @container rules apply as they are.
const SHARED = [
  ['', ':host', ':host'],
  ['', ':host([hidden])', ':host([hidden])'],
  ['', '.en-boot, .navigator', '.en-skel'],
  ['', '.navigator', '.en-skel'],
  ['', '.navigator *, .navigator *::before, .navigator *::after', '.en-skel *'],
  ['@media (max-width: 30em)', '.navigator', '.en-skel'],
  ['', '.en-frame__association', '.en-skel__association'],
  ['', '.navigator :where(h2)', '.en-skel__heading'],
  ['', '.en-tabs', '.en-skel__tabs'],
  ['', '.en-tab', '.en-skel__tab'],
  ['', '.en-tab--selected', '.en-skel__tab--selected'],
  // The app's tabs are buttons: `.navigator button` (more specific than `.en-tab`) gives them the text's font.
  ['', '.navigator button', '.en-skel__tab'],
  ['@container navigator (max-width: 30em)', '.en-tabs', '.en-skel__tabs'],
  ['@container navigator (max-width: 30em)', '.en-tab', '.en-skel__tab'],
  ['@container navigator (max-width: 30em)', '.en-tab--selected', '.en-skel__tab--selected'],
  ['', '.category-tool', '.en-skel--category .en-skel__heading, .en-skel--category .en-skel__intro'],
  ['', '.checker-tool .chk-intro', '.en-skel--checker .en-skel__intro'],
  ['', '.renewal-tool__intro', '.en-skel--renewal .en-skel__intro'],
  ['', '.en-frame__footer', '.en-skel__footer'],
  ['', '.en-visually-hidden', '.en-visually-hidden'],
];

export function placeholderCss() {
  const files = readdirSync(join(ROOT, 'www/styles')).filter((f) => f.endsWith('.css')).sort();
  if (files.length === 0) fail('no www/styles/*.css');
  const rules = files.flatMap((f) => cssRules(read(`www/styles/${f}`)));
  // Grouped by at-rule, in SHARED's order within each.
  const groups = new Map();
  for (const [at, selector, renamed] of SHARED) {
    const rule = rules.find((r) => r.at === at && r.selector === selector);
    if (!rule) fail(`www/styles/ has no rule \`${at ? `${at} { ` : ''}${selector} {…}\` (the placeholder copies it)`);
    groups.set(at, `${groups.get(at) ?? ''}${renamed}{${rule.body}}`);
  }
  let css = '';
  for (const [at, body] of groups) css += at ? `${at}{${body}}` : body;
  const heights = JSON.parse(read('www/loader/heights.json')).body;
  css += read('www/loader/placeholder.css') + bodyHeightsCss(heights);
  // Custom properties the placeholder never reads (the spacing scale) stay in navigator.css only.
  return css.replace(/(--[\w-]+)\s*:[^;}]*;?/g, (decl, name) => (css.includes(`var(${name}`) || name === '--en-reserve' ? decl : ''));
}

// ---------------------------------------------------------------------------------------------- build
export const PLAIN_FILES = {
  glue: 'endorsement_navigator.js',
  wasm: 'endorsement_navigator_bg.wasm',
  css: 'navigator.css',
};

/** The loader's generated data; `files` overrides the file names (a release's hashed ones). */
export function loaderData(files = {}) {
  const config = read('src/config.rs');
  const attributes = rustStrings(config, 'ATTRIBUTES');
  // CONTRACT §1's profile attribute, observed even before src/config.rs reads it (an unread attribute's
  // change re-renders nothing: the app compares its configuration first).
  if (!attributes.includes('profile')) attributes.push('profile');
  const WORDS = words();
  const LANGS = Object.keys(WORDS);
  return {
    ATTRIBUTES: attributes,
    TOOLS: rustTools(config),
    LANGS,
    WORDS,
    CSS: placeholderCss(),
    FILES: {
      ...PLAIN_FILES,
      tables: Object.fromEntries(LANGS.map((lang) => [lang, `i18n/${lang}.txt`])),
      ...files,
    },
  };
}

/** embed.js as a string: the bundle of `entry` (www/loader/main.js) with `loader:build` = `data`. */
export async function bundleLoader(data = loaderData(), { minify = true, entry = 'www/loader/main.js' } = {}) {
  const { transform } = await import('esbuild');
  const cssMin = (await transform(data.CSS, { loader: 'css', minify: true })).code.trim();
  const generated = Object.entries({ ...data, CSS: cssMin })
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify,
    // The element's own fields and methods (`_handle`, `_start`, …) are private to the bundle.
    mangleProps: minify ? /^_/ : undefined,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [{
      name: 'loader-build',
      setup(b) {
        b.onResolve({ filter: /^loader:build$/ }, () => ({ path: 'loader:build', namespace: 'loader-build' }));
        b.onLoad({ filter: /.*/, namespace: 'loader-build' }, () => ({ contents: generated, loader: 'js' }));
      },
    }],
  });
  return result.outputFiles[0].text;
}

/** What a snippet generator needs (the README, SNIPPET.html, the configurator, the WordPress plugin):
 *  the inline style that reserves the first screen's height at first paint, per first tool and language. */
export function snippetData() {
  const { reserve } = JSON.parse(read('www/loader/heights.json'));
  const out = {};
  for (const [tool, langs] of Object.entries(reserve)) {
    if (tool === '//') continue;
    out[tool] = Object.fromEntries(Object.entries(langs).map(([lang, [low, a, high]]) => [lang, `clamp(${low}px,calc(${a}px - 100vw),${high}px)`]));
  }
  return { reserve: out, style: 'display:block;min-height:var(--en-reserve,{reserve})', loader: LOADER };
}

// The default snippet's script: it adds embed.js once the page has had its first contentful paint, so the
// host page paints exactly as it would without the widget (a `defer` script's request that ends before the
// first paint is counted in that paint by Lighthouse, one round trip). embed.js waits for the page's `load`
// event before it loads the app in any case, so the visitor waits no longer. Without paint timing (old
// browsers) it adds embed.js at once; a page with nothing contentful to paint gets it after 3 s. `{src}` is
// replaced by embed.js's address as a JavaScript string (see snippetLoader).
const LOADER = `<script>
  (function (src, added) {
    function add() { if (added) return; added = true; var s = document.createElement('script'); s.src = src; document.head.appendChild(s); }
    var P = window.PerformanceObserver;
    if (!P || !P.supportedEntryTypes || P.supportedEntryTypes.indexOf('paint') < 0) return add();
    new P(function (list, observer) { if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); add(); } }).observe({ type: 'paint', buffered: true });
    setTimeout(add, 3000);
  })({src});
</script>`;

/** The default snippet's script for embed.js at `url`: a JSON string with `<` escaped, so that no address
 *  can end the script element. */
export function snippetLoader(url) {
  return LOADER.replace('{src}', () => JSON.stringify(String(url)).replace(/</g, '\\u003c'));
}

/** The inline style of the default snippet for `tool` first in `lang`. */
export function snippetStyle(tool = 'category', lang = 'en') {
  const data = snippetData();
  return data.style.replace('{reserve}', data.reserve[tool][lang]);
}

// `node scripts/build-loader.mjs [DIR]`: DIR/embed.js and DIR/frame.js (default pkg/).
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || join(ROOT, 'pkg');
  const data = loaderData();
  for (const [name, entry] of [['embed.js', 'www/loader/main.js'], ['frame.js', 'www/loader/frame.js']]) {
    const code = await bundleLoader(data, { entry });
    writeFileSync(join(dir, name), code);
    console.log(`build-loader: ${name} ${code.length} bytes`);
  }
  writeFileSync(join(dir, 'snippet.json'), `${JSON.stringify(snippetData(), null, 2)}\n`);
}
