// The wasm app, loaded once per page and shared by every element: the glue module, the wasm and the
// first language table requested at the same time; instantiating, the warm-up renders and adding the
// table each in a task of its own (src/embed.rs).

import { FILES } from 'loader:build';
import { LoadError, PREFIX, fetchFile, fetchText } from './files.js';
import { nextTask, paced } from './tasks.js';

// The URL of this script: currentScript for a classic script; a module has none, so take the last
// script whose src names embed.js.
function ownUrl() {
  const current = document.currentScript;
  if (current && current.src) return current.src;
  const scripts = document.querySelectorAll('script[src*="embed.js"]');
  return scripts.length ? scripts[scripts.length - 1].src : document.baseURI;
}
export const BASE = new URL('.', ownUrl()).href;

// The glue module. A module import that fails says nothing about why, so the same URL is fetched to find
// out (404, wrong MIME type, CORS).
function importGlue(url) {
  return import(/* webpackIgnore: true */ url).catch((importError) =>
    fetchFile(url, 'text/javascript').then((response) => {
      if (!response.mimeOk) throw new LoadError(url, `served as ${response.mimeGot}`, 'Serve .js files as `text/javascript`');
      throw new LoadError(url, String(importError?.message ?? importError), '');
    }),
  );
}

// The wasm, instantiated by the glue: streaming when the server sends `application/wasm`; otherwise from
// the bytes, with a console error naming the type to set (the widget still works, only slower).
function instantiate(glue, wasmResponse) {
  return wasmResponse.then((response) => {
    if (response.mimeOk) return glue.default({ module_or_path: paced(response) });
    console.error(
      `${PREFIX}${response.url} is served as ${response.mimeGot}: serve .wasm files as \`application/wasm\` ` +
        '(WebAssembly streaming compilation needs it; the navigator falls back to a slower start)',
    );
    return response.arrayBuffer().then((bytes) => glue.default({ module_or_path: bytes }));
  });
}

const tables = {};
/** Adds the table of `lang` to the wasm once, in a task of its own (before an element mounts or
 *  switches to it); `early` is the table's text already requested. */
export function ensureTable(glue, lang, early) {
  if (!tables[lang]) {
    tables[lang] = (early || fetchText(BASE + FILES.tables[lang])).then((text) =>
      nextTask().then(() => glue.add_messages(lang, text)),
    );
    tables[lang].catch(() => delete tables[lang]);
  }
  return tables[lang];
}

let loading = null;
/** The glue, instantiated, with the table of `lang` added. A failed load may be retried by the next
 *  element (e.g. after a network hiccup). */
export function load(lang) {
  if (!loading) {
    const wasmResponse = fetchFile(BASE + FILES.wasm, 'application/wasm');
    const table = fetchText(BASE + FILES.tables[lang]);
    table.catch(() => {});
    wasmResponse.catch(() => {});
    // Throwaway renders, each in a task of its own, compile part of what the first render needs.
    const warm = (glue, stage) => () => nextTask().then(() => glue.warm_up(stage));
    loading = importGlue(BASE + FILES.glue).then((glue) =>
      instantiate(glue, wasmResponse)
        .then(warm(glue, 0))
        .then(warm(glue, 1))
        .then(() => ensureTable(glue, lang, table))
        .then(() => glue),
    );
    loading.catch(() => {
      loading = null;
      for (const key of Object.keys(tables)) delete tables[key];
    });
  }
  return loading.then((glue) => ensureTable(glue, lang).then(() => glue));
}

/** The glue once loaded, else null. */
export let glueModule = null;
export function loaded(glue) {
  glueModule = glue;
  return glue;
}
