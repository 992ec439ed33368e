// The loader's logic that needs no page (`make test-loader`): attribute reading as src/config.rs does it,
// the placeholder's words (from the tables, "not kept" with storage="none"), share links, holding, pacing,
// the webmaster's messages, and the build's generated data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';

import { associationOf, contactEmailOf, keepsAnswers, langOf, supported, toolsOf } from '../../www/loader/config.js';
import { placeholderTexts, bodyHeightsCss } from '../../www/loader/placeholder.js';
import { elementFor, sharedTool } from '../../www/loader/share.js';
import { mayRelease, HOLD_AT_MOST } from '../../www/loader/hold.js';
import { CHUNK, paced } from '../../www/loader/tasks.js';
import { LoadError, corsFix, mimeMatches, missingFix } from '../../www/loader/files.js';
import { cssRules, loaderData, rustStrings, snippetData, snippetLoader, snippetStyle, tableEntries } from '../../scripts/build-loader.mjs';
import { loaderPhp, reservePhp } from '../../scripts/dist-wordpress.mjs';

const LANGS = ['en', 'es'];
const TOOLS = ['category', 'checker', 'renewal'];

test('language: the element, else the page, else English; only the primary subtag counts', () => {
  assert.equal(langOf('es-MX', 'en', LANGS), 'es');
  assert.equal(langOf('fr', 'es_ES', LANGS), 'es');
  assert.equal(langOf(null, null, LANGS), 'en');
  assert.equal(langOf('  ES ', null, LANGS), 'es');
  assert.equal(supported('xx', LANGS), null);
});

test('tools: spaces or commas, unknown and repeated words ignored, none left → all three', () => {
  assert.deepEqual(toolsOf('checker, renewal', TOOLS), ['checker', 'renewal']);
  assert.deepEqual(toolsOf('Renewal  category renewal', TOOLS), ['renewal', 'category']);
  assert.deepEqual(toolsOf('bogus', TOOLS), TOOLS);
  assert.deepEqual(toolsOf(null, TOOLS), TOOLS);
});

test('association: spaces collapsed, blank is none', () => {
  assert.equal(associationOf('  Example   AIMH '), 'Example AIMH');
  assert.equal(associationOf('   '), null);
});

test('contact e-mail: the cases tests/config.rs gives is_plausible_email too (a@b is refused)', () => {
  const cases = JSON.parse(readFileSync(new URL('./email-cases.json', import.meta.url), 'utf8'));
  for (const ok of cases.plausible) assert.equal(contactEmailOf(ok), ok.trim(), ok);
  for (const bad of cases.refused) assert.equal(contactEmailOf(bad), null, bad);
  assert.ok(cases.refused.includes('a@b'));
});

test('storage: storage="none" keeps nothing, nor does a browser that refuses storage', () => {
  const works = () => true;
  assert.equal(keepsAnswers(null, works), true);
  assert.equal(keepsAnswers(' NONE ', () => assert.fail('storage="none" must not probe')), false);
  assert.equal(keepsAnswers('local', () => false), false);
  assert.equal(keepsAnswers('maybe', works), true, 'an unknown value falls back to local, as config.rs does');
});

const data = loaderData();

test('placeholder words come from the tables and say "not kept" with storage="none"', () => {
  const en = tableEntries(readFileSync(new URL('../../src/i18n/en.txt', import.meta.url), 'utf8'));
  const kept = placeholderTexts(data.WORDS.en, { tools: ['checker', 'renewal'], association: 'Example AIMH', email: 'a@example.org', kept: true });
  assert.equal(kept.heading, en['checker.title']);
  assert.equal(kept.intro, en['checker.intro']);
  assert.equal(kept.privacy, en['shell.privacy']);
  assert.deepEqual(kept.tabs, [en['shell.tool_name.checker'], en['shell.tool_name.renewal']]);
  assert.equal(kept.association, en['shell.offered_by'].replace('{association}', 'Example AIMH'));
  assert.equal(kept.contact, `${en['shell.contact']} a@example.org`);
  const none = placeholderTexts(data.WORDS.en, { tools: ['checker'], association: null, email: null, kept: false });
  assert.equal(none.intro, en['checker.intro_not_kept']);
  assert.equal(none.privacy, en['shell.privacy_not_kept']);
  assert.deepEqual(none.tabs, [], 'one tool: no tabs');
  assert.equal(none.contact, null);
  const es = placeholderTexts(data.WORDS.es, { tools: ['category'], association: null, email: null, kept: false });
  assert.match(es.privacy, /no se conservan|no se guardan|no/i);
  assert.notEqual(es.privacy, data.WORDS.es.privacy);
});

test('generated data: every language has every word; attributes from src/config.rs plus profile', () => {
  assert.deepEqual(data.LANGS, ['en', 'es']);
  for (const lang of data.LANGS) {
    for (const key of ['loading', 'failed', 'contact', 'storage', 'privacy', 'privacyNotKept', 'offeredBy', 'contactLine']) {
      assert.ok(data.WORDS[lang][key], `${lang}.${key}`);
    }
    for (const tool of TOOLS) assert.ok(data.WORDS[lang].tabs[tool] && data.WORDS[lang].headings[tool] && data.WORDS[lang].intros[tool]);
  }
  const rust = rustStrings(readFileSync(new URL('../../src/config.rs', import.meta.url), 'utf8'), 'ATTRIBUTES');
  for (const name of rust) assert.ok(data.ATTRIBUTES.includes(name), name);
  assert.ok(data.ATTRIBUTES.includes('profile'));
  assert.deepEqual(data.TOOLS, TOOLS);
  assert.deepEqual(data.FILES.tables, { en: 'i18n/en.txt', es: 'i18n/es.txt' });
  assert.equal(loaderData({ glue: 'files/g.1.js' }).FILES.glue, 'files/g.1.js', 'a release passes its hashed names');
  assert.throws(() => rustStrings('pub const ATTRIBUTES: [&str; 2] = ["a"];', 'ATTRIBUTES'), /1 strings for \[&str; 2\]/);
});

test('placeholder styles: navigator.css rules renamed, the reservation released, a height per band', () => {
  assert.match(data.CSS, /\.en-skel__tab\{[^}]*min-height:\s*44px/);
  assert.match(data.CSS, /@container navigator \(max-width: 30em\)\{\.en-skel__tabs\{flex-direction:\s*column/);
  assert.match(data.CSS, /--en-reserve:\s*0px/);
  assert.doesNotMatch(data.CSS, /--en-space-1/, 'unused custom properties are left out');
  const rules = cssRules('a{x:1}@media (m){b c{y:2}}/* d{z:3} */');
  assert.deepEqual(rules, [{ at: '', selector: 'a', body: 'x:1' }, { at: '@media (m)', selector: 'b c', body: 'y:2' }]);
  const css = bodyHeightsCss({ category: { en: [10, 9, 8, 7, 6] } });
  assert.equal((css.match(/@container/g) || []).length, 5);
  assert.match(css, /\.en-skel--category\.en-skel--en \.en-skel__body\{height:7\.90em\}/);
});

test('the default snippet reserves a height that follows the width, per tool and language', () => {
  const snippet = snippetData();
  for (const tool of TOOLS) for (const lang of LANGS) assert.match(snippet.reserve[tool][lang], /^clamp\(\d+px,calc\(\d+px - 100vw\),\d+px\)$/);
  // The values are heights.json's, as `[LOW, A, HIGH]` (measured by scripts/placeholder-heights.mjs).
  const { reserve } = JSON.parse(readFileSync(new URL('../../www/loader/heights.json', import.meta.url), 'utf8'));
  const [low, a, high] = reserve.category.en;
  assert.ok(low < a - 412 && a - 412 <= high, `category en: ${low} < A - 412 px ≤ ${high}`);
  assert.equal(snippetStyle(), `display:block;min-height:var(--en-reserve,clamp(${low}px,calc(${a}px - 100vw),${high}px))`);
  assert.equal(snippetStyle('renewal', 'es'), `display:block;min-height:var(--en-reserve,${snippet.reserve.renewal.es})`);
  // Pages and docs that show the default snippet show today's values.
  for (const path of ['README.md', 'www/hosts/perf/with.html']) {
    assert.ok(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').includes(`style="${snippetStyle()}"`), `${path} shows the default snippet's style (${snippetStyle()})`);
  }
  // …and its script, which adds embed.js after the first paint.
  const pages = { 'README.md': 'https://example.org/endorsement-navigator/embed.js', 'www/hosts/perf/with.html': '../../../pkg/embed.js' };
  for (const [path, url] of Object.entries(pages)) {
    assert.ok(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').includes(snippetLoader(url)), `${path} shows the default snippet's script`);
  }
});

test('the default snippet\'s script names embed.js as a JavaScript string no address can break out of', () => {
  const script = snippetLoader('https://example.org/a"b</script><b>$&/embed.js');
  assert.equal(snippetData().loader.replace('{src}', () => '"x"'), snippetLoader('x'));
  assert.ok(script.startsWith('<script>\n') && script.endsWith('\n</script>'));
  assert.equal((script.match(/<\/script/gi) || []).length, 1, 'one end tag: the address cannot close the element');
  const src = /\}\)\((".*")\);\n<\/script>$/.exec(script)?.[1];
  assert.equal(JSON.parse(src), 'https://example.org/a"b</script><b>$&/embed.js');
});

test('the WordPress plugin gets the same reservation (includes/reserve.php, written by make dist)', () => {
  const php = reservePhp(snippetData());
  for (const tool of TOOLS) {
    for (const lang of LANGS) assert.ok(php.includes(`'${lang}' => '${snippetStyle(tool, lang)}',`), `${tool} ${lang}`);
  }
  assert.match(php, /^<\?php\n[\s\S]*if \( ! defined\( 'ABSPATH' \) \) \{\n\texit;\n\}\n\nreturn array\(\n/);
  const bad = { style: 'x{reserve}', reserve: { category: { en: "clamp(1px,calc(2px - 100vw),3px)'; phpinfo(); '" } } };
  assert.throws(() => reservePhp(bad), /reserve\.category\.en is not clamp/);
  assert.throws(() => reservePhp({ reserve: {} }), /no "style"/);
});

test('the WordPress plugin gets the same loader (includes/loader.php, written by make dist)', () => {
  const php = loaderPhp(snippetData());
  assert.match(php, /^<\?php\n[\s\S]*if \( ! defined\( 'ABSPATH' \) \) \{\n\texit;\n\}\n\nreturn '<script>\n/);
  // The PHP single-quoted string, read back, is the loader itself.
  const literal = /\nreturn '([\s\S]*)';\n$/.exec(php)[1];
  assert.equal(literal.replace(/\\([\\'])/g, '$1'), snippetData().loader);
  assert.throws(() => loaderPhp({ loader: '<script>no address</script>' }), /no "loader"/);
  assert.throws(() => loaderPhp({}), /no "loader"/);
});

test('share links: the tool of #navigator=<tool>.<data>, for the first element that shows it', () => {
  assert.equal(sharedTool('#navigator=checker.e30', TOOLS), 'checker');
  assert.equal(sharedTool('#navigator=planner.e30', TOOLS), null);
  assert.equal(sharedTool('#navigator=checker', TOOLS), null);
  assert.equal(sharedTool('#about', TOOLS), null);
  const a = { tools: ['category'] };
  const b = { tools: ['renewal', 'checker'] };
  assert.equal(elementFor('checker', [a, b], (e) => e.tools), b);
  assert.equal(elementFor('checker', [a], (e) => e.tools), null);
});

test('holding: small differences are held while they could move what the visitor sees', () => {
  const on = { top: 100, held: 500, viewport: 800 };
  assert.equal(mayRelease({ ...on, natural: 520 }), false, 'bottom on screen, 20 px taller: hold');
  assert.equal(mayRelease({ ...on, natural: 500.5 }), true, 'the same height: nothing to hold');
  assert.equal(mayRelease({ ...on, natural: 500 + HOLD_AT_MOST + 1 }), true, 'another screen: never hidden');
  assert.equal(mayRelease({ ...on, top: 400, natural: 520 }), true, 'bottom below the viewport either way');
  assert.equal(mayRelease({ ...on, top: -600, natural: 520 }), true, 'above the viewport either way');
});

test('pacing: the wasm reaches the compiler at most 64 KiB at a time, whole and in order', async () => {
  const bytes = new Uint8Array(CHUNK * 2 + 10).map((_, i) => i % 251);
  const response = paced(new Response(bytes));
  assert.equal(response.headers.get('Content-Type'), 'application/wasm');
  const reader = response.body.getReader();
  const sizes = [];
  const parts = [];
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    sizes.push(part.value.length);
    parts.push(part.value);
  }
  assert.ok(sizes.every((n) => n <= CHUNK), sizes.join());
  assert.deepEqual(Buffer.concat(parts), Buffer.from(bytes));
});

test("the webmaster's messages name the fix", () => {
  assert.match(corsFix('https://cdn.example.org/nav/x.wasm', 'https://aimh.example'), /cdn\.example\.org.*Access-Control-Allow-Origin: \*.*https:\/\/aimh\.example/);
  assert.match(missingFix('https://x.example/nav/i18n/en.txt'), /Upload \/nav\/i18n\/en\.txt next to embed\.js/);
  assert.match(new LoadError('https://x/a.js', 'not found (HTTP 404)', 'Upload it').message, /could not load https:\/\/x\/a\.js: not found \(HTTP 404\)\. Upload it/);
  assert.ok(mimeMatches('text/javascript; charset=utf-8', 'text/javascript'));
  assert.ok(mimeMatches('application/x-javascript', 'text/javascript'));
  assert.ok(!mimeMatches('text/plain', 'application/wasm'));
});

/** Runs the default snippet's script in a page stand-in: what it appended, and the observer and timer it left. */
function runSnippetLoader({ paintTiming }) {
  const appended = [];
  const state = { observer: null, timer: null, disconnected: false };
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'largest-contentful-paint'] : ['mark'];
    constructor(callback) { this.callback = callback; state.observer = this; }
    observe(options) { this.options = options; }
    disconnect() { state.disconnected = true; }
    paint(...names) { this.callback({ getEntriesByName: (n) => names.filter((x) => x === n) }, this); }
  }
  const document = {
    createElement: (tag) => ({ tag }),
    head: { appendChild: (el) => appended.push(el) },
  };
  const window = { PerformanceObserver };
  const code = /<script>\n([\s\S]*)\n<\/script>$/.exec(snippetLoader('https://example.org/nav/embed.js'))[1];
  vm.runInNewContext(code, { window, document, setTimeout: (fn, ms) => { state.timer = { fn, ms }; } });
  return { appended, state };
}

test('the default snippet\'s script adds embed.js after the first contentful paint, once', () => {
  const { appended, state } = runSnippetLoader({ paintTiming: true });
  assert.deepEqual({ ...state.observer.options }, { type: 'paint', buffered: true }, 'the paint already made counts too');
  assert.equal(appended.length, 0, 'nothing before the page has painted');
  state.observer.paint('first-paint');
  assert.equal(appended.length, 0, 'a first paint without content is not enough');
  state.observer.paint('first-contentful-paint');
  assert.deepEqual(appended, [{ tag: 'script', src: 'https://example.org/nav/embed.js' }]);
  assert.ok(state.disconnected);
  assert.equal(state.timer.ms, 3000);
  state.timer.fn();
  assert.equal(appended.length, 1, 'the fallback timer adds nothing twice');
});

test('the default snippet\'s script adds embed.js after 3 s on a page that never paints content, and at once without paint timing', () => {
  const quiet = runSnippetLoader({ paintTiming: true });
  quiet.state.timer.fn();
  assert.equal(quiet.appended.length, 1);
  const old = runSnippetLoader({ paintTiming: false });
  assert.deepEqual(old.appended, [{ tag: 'script', src: 'https://example.org/nav/embed.js' }]);
  assert.equal(old.state.observer, null);
});

