// Endorsement Navigator — the one script a host page names.
//
//   <script src="https://example.org/navigator/embed.js" defer></script>
//   <endorsement-navigator association="Example AIMH"></endorsement-navigator>
//
// A classic script (it also works with type="module"): it finds its own URL, defines the
// <endorsement-navigator> element once, and loads the wasm app from the same folder. Each element renders
// into its own open shadow root. Nothing is sent over the network; the only requests are this folder's own
// files. No inline styles or scripts, so it runs under a strict host CSP.
//
// Being a good guest (CONTRACT §1, Hosting):
// - Nothing is fetched before the host page's `load` event, and nothing until an element is within about
//   one viewport of being seen (IntersectionObserver; where that is missing, when the browser is idle).
//   Focus or a click on the placeholder loads at once. `EndorsementNavigator.ready` loads at once too.
// - The glue module, the wasm, the stylesheet and the language table are fetched in parallel.
// - Until the app is ready each element shows a placeholder with the first screen's shape and size, in
//   the page's language. When the app's first screen differs in height from the placeholder, the element
//   keeps the placeholder's height (clipping or padding the app) until the change can no longer move
//   anything the visitor sees, or until the visitor interacts with the widget.
// - Instantiating the wasm, adding the language table and the first render run in separate tasks, so no
//   single task blocks the host page for long.
// - A file that cannot be loaded is named on the console together with what the webmaster must fix
//   (CORS header, MIME type, missing file); the visitor sees a short message that does not blame them.
(function () {
  'use strict';

  var TAG = 'endorsement-navigator';
  // A second copy of this script (or a host that already defined the element) changes nothing.
  if (typeof window === 'undefined' || !window.customElements || window.customElements.get(TAG)) return;

  // The URL of this script: currentScript for a classic script; a module has none, so take the last
  // script whose src names embed.js.
  function ownUrl() {
    var current = document.currentScript;
    if (current && current.src) return current.src;
    var scripts = document.querySelectorAll('script[src*="embed.js"]');
    if (scripts.length) return scripts[scripts.length - 1].src;
    return document.baseURI;
  }
  var BASE = new URL('.', ownUrl()).href;

  // The files this script loads, relative to its own URL. `make dist` rewrites the quoted names to
  // content-hashed ones (so they can be cached for a year); keep each on its own line, in this form.
  var GLUE_FILE = 'endorsement_navigator.js';
  var WASM_FILE = 'endorsement_navigator_bg.wasm';
  var CSS_FILE = 'navigator.css';
  var TABLE_FILES = {
    en: 'i18n/en.txt',
    es: 'i18n/es.txt',
  };
  // Whether this build ships pkg/i18n/ (`make build` copies the tables; the wasm exports add_messages):
  // then the page language's table is requested together with the glue and the wasm. With `false` (a
  // build without tables) it is requested only once the glue shows add_messages.
  var TABLES_SHIPPED = true;

  // Every attribute the app reads (src/config.rs ATTRIBUTES).
  var ATTRIBUTES = ['association', 'apply-url', 'contact-email', 'credentials', 'tools', 'lang', 'today', 'storage'];
  var TOOLS = ['category', 'checker', 'renewal'];
  var PREFIX = '<endorsement-navigator>: ';

  // The language exactly as src/config.rs resolves it: the element's `lang` if supported, else the page's
  // `<html lang>` if supported, else English; only the primary subtag counts.
  function supported(tag) {
    var primary = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return Object.prototype.hasOwnProperty.call(TABLE_FILES, primary) ? primary : null;
  }
  function langOf(element) {
    return supported(element.getAttribute('lang')) || supported(document.documentElement.getAttribute('lang')) || 'en';
  }

  // The first tool shown, exactly as src/config.rs reads `tools` (words separated by spaces or commas;
  // unknown words ignored; none left → all three).
  function toolsOf(element) {
    var seen = [];
    String(element.getAttribute('tools') || '')
      .toLowerCase()
      .split(/[\s,]+/)
      .forEach(function (word) {
        if (TOOLS.indexOf(word) >= 0 && seen.indexOf(word) < 0) seen.push(word);
      });
    return seen.length ? seen : TOOLS.slice();
  }

  // The only words outside the Rust message tables: the placeholder (the first screen's frame, tab names,
  // heading and introduction, so the placeholder wraps like the app) and the messages shown when the app
  // cannot start. Keep the first-screen words equal to src/i18n (the zero-shift e2e test compares them).
  var WORDS = {
    en: {
      loading: 'Loading the Endorsement Navigator…',
      offeredBy: 'Offered by ',
      tabs: { category: 'Find my category', checker: 'Check requirements', renewal: 'Plan my renewal' },
      headings: { category: 'Which category fits me?', checker: 'Requirements checker', renewal: 'Renewal hours' },
      intros: {
        category: 'Answer a few short questions and we suggest the endorsement category that fits your work.',
        checker:
          'Choose the category you are aiming for and add what you have done so far. The report updates as you ' +
          'save each entry. Your entries stay in this browser and are never sent anywhere.',
        renewal:
          'Work out your next renewal deadline and the training and reflective supervision/consultation (RSC) ' +
          'hours it asks for.',
      },
      privacy: 'Your answers stay in this browser. Nothing is sent anywhere.',
      contactLine: 'Questions? Write to',
      failed: 'The Endorsement Navigator cannot be shown on this page at the moment.',
      contact: 'For help with endorsement, write to ',
      storage:
        'This browser does not let the navigator save anything here, so your answers will not be kept when you ' +
        'leave or reload this page.',
    },
    es: {
      loading: 'Cargando el Navegador de Endorsement…',
      offeredBy: 'Ofrecido por ',
      tabs: { category: 'Encontrar mi categoría', checker: 'Revisar requisitos', renewal: 'Planear mi renovación' },
      headings: {
        category: '¿Qué categoría me corresponde?',
        checker: 'Verificador de requisitos',
        renewal: 'Horas de renovación',
      },
      intros: {
        category:
          'Responda unas preguntas breves y le sugeriremos la categoría de aval que corresponde a su trabajo.',
        checker:
          'Elija la categoría a la que aspira y agregue lo que ha hecho hasta ahora. El informe se actualiza cada ' +
          'vez que guarda una entrada. Sus entradas se quedan en este navegador y nunca se envían a ningún lugar.',
        renewal:
          'Calcule su próxima fecha límite de renovación y las horas de capacitación y de supervisión/consulta ' +
          'reflexiva (RSC) que requiere.',
      },
      privacy: 'Sus respuestas se quedan en este navegador. No se envía nada.',
      contactLine: '¿Preguntas? Escriba a',
      failed: 'El Navegador de Endorsement no se puede mostrar en esta página en este momento.',
      contact: 'Para obtener ayuda con el aval, escriba a ',
      storage:
        'Este navegador no permite guardar nada aquí, así que sus respuestas no se conservarán al salir de esta ' +
        'página o volver a cargarla.',
    },
  };

  // The placeholder's styles, as a constructable stylesheet (allowed by a style-src 'self' CSP, unlike a
  // <style> element), shared by every element. They mirror navigator.css for the frame, tabs, heading and
  // introduction; below those, each tool's first screen is a block whose height follows the widget's
  // width (measured from the app at 320, 400, 600, 800 and 1280 px wide pages; all in em of the widget's
  // font size; `node scripts/placeholder-heights.mjs --write` re-measures them after a first screen changes).
  // `.en-boot.en-skel` outranks navigator.css's shared `.en-boot, .navigator` rule, which keeps inherited
  // host styles (text-indent, text-shadow, …) out of the placeholder once the stylesheet has arrived.
  var SKELETON_CSS =
    ':host{display:block;position:relative}' +
    ':host([hidden]){display:none}' +
    '.en-root:empty{display:none}' +
    '.en-root--held{overflow:hidden}' +
    '.en-boot.en-skel{container:en-skel/inline-size;display:block;box-sizing:border-box;min-height:0;width:100%;' +
    'margin:0;padding:1em;border:1px solid var(--en-border,#6e6e7a);border-radius:var(--en-radius,6px);' +
    'font-family:var(--en-font,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif);' +
    'font-size:var(--en-font-size,16px);font-weight:400;font-style:normal;line-height:1.5;letter-spacing:normal;' +
    'word-spacing:normal;text-transform:none;text-align:start;white-space:normal;overflow-wrap:break-word;' +
    'color:var(--en-text,#1b1b1f);background:var(--en-bg,#fff);cursor:progress;outline-offset:2px}' +
    '.en-boot.en-skel:focus-visible{outline:3px solid var(--en-accent,#0b57d0)}' +
    '@media (max-width:30em){.en-boot.en-skel{padding:.75em}}' +
    '.en-skel *{box-sizing:border-box;margin:0;padding:0}' +
    '.en-skel__association{margin:0 0 .75em;font-size:.9em;font-weight:600;color:var(--en-muted,#4d4d57)}' +
    '.en-skel__tabs{display:flex;flex-wrap:wrap;gap:.25em;margin:0 0 1em;border-bottom:2px solid var(--en-border,#6e6e7a)}' +
    '.en-skel__tab{display:inline-block;margin:0 0 -2px;padding:.6em .9em;min-height:44px;font-weight:400;' +
    'line-height:1.5;border:2px solid transparent;border-bottom-color:var(--en-border,#6e6e7a);' +
    'border-radius:var(--en-radius,6px) var(--en-radius,6px) 0 0;background:var(--en-surface,#f3f4f8)}' +
    '.en-skel__tab--selected{background:var(--en-bg,#fff);border-color:var(--en-border,#6e6e7a);' +
    'border-bottom-color:var(--en-bg,#fff);color:var(--en-accent,#0b57d0)}' +
    '@container en-skel (max-width:30em){.en-skel__tabs{flex-direction:column;border-bottom:0}' +
    '.en-skel__tab{margin:0;width:100%;border-radius:var(--en-radius,6px);border-color:var(--en-border,#6e6e7a)}' +
    '.en-skel__tab--selected{border-color:var(--en-accent,#0b57d0);border-inline-start-width:6px}}' +
    '.en-skel__heading{font-size:1.5em;line-height:1.25;font-weight:700;margin:0 0 .75em}' +
    '.en-skel__intro{margin:0 0 .75em;color:var(--en-muted,#4d4d57)}' +
    '.en-skel--category .en-skel__heading,.en-skel--category .en-skel__intro{max-width:44em}' +
    '.en-skel--checker .en-skel__intro{max-width:46em}' +
    '.en-skel--renewal .en-skel__intro{max-width:40em}' +
    // The rest of the first screen: a few shapes at the top of a block of the measured height.
    '.en-skel__body{display:flex;flex-direction:column;gap:.75em;padding-top:.75em}' +
    '.en-skel__line{display:block;height:1em;border-radius:4px;background:var(--en-surface,#f3f4f8)}' +
    '.en-skel__line--title{width:60%;height:1.5em}.en-skel__line--short{width:40%}' +
    '.en-skel__line--button{width:8em;height:2.75em;border-radius:var(--en-radius,6px)}' +
    bodyHeights('category', 'en', [33.1, 27.13, 25.63, 22.52, 22.52]) +
    bodyHeights('category', 'es', [35.94, 28.56, 25.63, 23.94, 23.94]) +
    bodyHeights('checker', 'en', [283.38, 240.16, 211.1, 196.55, 170.45]) +
    bodyHeights('checker', 'es', [303.56, 254.86, 220.1, 202.4, 185.12]) +
    bodyHeights('renewal', 'en', [160.39, 147.19, 124.4, 112.7, 109.15]) +
    bodyHeights('renewal', 'es', [165.02, 144.26, 124.4, 111.28, 109.23]) +
    // The footer, as navigator.css draws it: privacy line, contact line (when given), "Clear my data".
    '.en-skel__footer{margin-top:1.5em;padding-top:1em;border-top:1px solid var(--en-border,#6e6e7a);font-size:.9em;' +
    'color:var(--en-muted,#4d4d57)}' +
    '.en-skel__footer p{margin:0 0 .5em}' +
    '.en-skel__line--clear{width:9em;height:36px;border-radius:var(--en-radius,6px)}' +
    // The short messages that replace the placeholder's content.
    '.en-boot__message{margin:0 0 .75em;font-weight:600;color:var(--en-error,#b3261e)}' +
    '.en-boot__message a{color:var(--en-accent,#0b57d0)}' +
    '.en-storage-note{box-sizing:border-box;margin:0 0 .5em;padding:.5em .75em;border-left:4px solid #8a5300;' +
    'font:400 var(--en-font-size,16px)/1.5 var(--en-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);' +
    'color:var(--en-text,#1b1b1f);background:var(--en-surface,#f3f4f8)}' +
    '.en-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:-1px!important;' +
    'padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;' +
    'white-space:nowrap!important;border:0!important}';

  // One tool's body heights in one language for the five width bands (widest last), as container queries:
  // the measured gap between the introduction and the footer, less their margins (0.75em + 1.5 × 0.9em).
  function bodyHeights(tool, lang, heights) {
    var sel = '.en-skel--' + tool + '.en-skel--' + lang + ' .en-skel__body';
    var bands = ['(max-width:18em)', '(min-width:18.01em) and (max-width:30em)', '(min-width:30.01em) and (max-width:40em)',
      '(min-width:40.01em) and (max-width:50em)', '(min-width:50.01em)'];
    return bands
      .map(function (band, i) {
        return '@container en-skel ' + band + '{' + sel + '{height:' + (heights[i] - 2.1).toFixed(2) + 'em}}';
      })
      .join('');
  }

  var earlySheet = null;
  function earlyStyles() {
    if (earlySheet !== null) return earlySheet;
    earlySheet = undefined;
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(SKELETON_CSS);
      earlySheet = sheet;
    } catch (e) {
      // Constructable stylesheets are missing in very old browsers; navigator.css styles the app anyway.
    }
    return earlySheet;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The placeholder: the first screen's frame in the page's language. Only its status line is read out;
  // the rest is decoration (aria-hidden). It is focusable, so a keyboard visitor reaching it loads the app.
  function skeleton(element) {
    var lang = langOf(element);
    var words = WORDS[lang];
    var tools = toolsOf(element);
    var first = tools[0];
    var box = el('div', 'en-boot en-skel en-skel--' + first + ' en-skel--' + lang);
    box.setAttribute('role', 'status');
    box.setAttribute('tabindex', '0');
    box.setAttribute('lang', lang);
    box.setAttribute('aria-busy', 'true');
    box.append(el('span', 'en-visually-hidden', words.loading));
    var look = el('div', 'en-skel__look');
    look.setAttribute('aria-hidden', 'true');
    var association = element.getAttribute('association');
    if (association && association.trim()) look.append(el('p', 'en-skel__association', words.offeredBy + association.trim()));
    if (tools.length > 1) {
      var tabs = el('div', 'en-skel__tabs');
      tools.forEach(function (tool, i) {
        tabs.append(el('span', 'en-skel__tab' + (i === 0 ? ' en-skel__tab--selected' : ''), words.tabs[tool]));
      });
      look.append(tabs);
    }
    look.append(el('p', 'en-skel__heading', words.headings[first]), el('p', 'en-skel__intro', words.intros[first]));
    var body = el('div', 'en-skel__body');
    ['title', '', 'short', '', 'short', 'button'].forEach(function (kind) {
      body.append(el('span', 'en-skel__line' + (kind ? ' en-skel__line--' + kind : '')));
    });
    var footer = el('div', 'en-skel__footer');
    footer.append(el('p', '', words.privacy));
    var email = (element.getAttribute('contact-email') || '').trim();
    if (email) footer.append(el('p', '', words.contactLine + ' ' + email));
    footer.append(el('span', 'en-skel__line en-skel__line--clear'));
    look.append(body, footer);
    box.append(look);
    return box;
  }

  // ------------------------------------------------------------------------------------------ storage
  // The same probe as src/ui/storage.rs: reading localStorage throws in sandboxed frames, and some
  // browsers only refuse the first write.
  var storageWorks = null;
  function storageAvailable() {
    if (storageWorks !== null) return storageWorks;
    try {
      var storage = window.localStorage;
      storage.setItem('endorsement-navigator:v1:probe', '1');
      storage.removeItem('endorsement-navigator:v1:probe');
      storageWorks = true;
    } catch (e) {
      storageWorks = false;
    }
    return storageWorks;
  }

  // ------------------------------------------------------------------------------------------ loading
  // A file that could not be used, with the sentence for the webmaster.
  function LoadError(url, problem, fix) {
    this.name = 'LoadError';
    this.url = url;
    this.message = 'could not load ' + url + ': ' + problem + (fix ? '. ' + fix : '');
  }
  LoadError.prototype = Object.create(Error.prototype);

  var PAGE_ORIGIN = window.location.origin;
  function crossOrigin(url) {
    return new URL(url).origin !== PAGE_ORIGIN;
  }
  function corsFix(url) {
    return (
      'The server at ' + new URL(url).origin + ' must send the header `Access-Control-Allow-Origin: *` (or `' +
      PAGE_ORIGIN + '`) with the files of the navigator folder, because this page (' + PAGE_ORIGIN +
      ') loads them from another origin'
    );
  }
  function missingFix(url) {
    return 'Upload ' + new URL(url).pathname + ' next to embed.js (the whole folder belongs together, from one release)';
  }

  // Why a request failed: a fetch that throws is a refused CORS request when the same URL answers an opaque
  // (no-cors) request, and otherwise a server that cannot be reached.
  function networkFailure(url) {
    if (!crossOrigin(url)) {
      return Promise.resolve(new LoadError(url, 'the request failed', 'Check that the server is up and that no Content-Security-Policy (connect-src) or extension blocks it'));
    }
    return fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' }).then(
      function () {
        return new LoadError(url, 'the server refused it to this page (CORS)', corsFix(url));
      },
      function () {
        return new LoadError(url, 'the server could not be reached', 'Check the script URL and that the server is up');
      }
    );
  }

  // fetch() that turns every failure into a LoadError naming the fix; `type` is the expected MIME type.
  function fetchFile(url, type) {
    return fetch(url, { credentials: 'omit' }).then(
      function (response) {
        if (response.status === 404 || response.status === 410) {
          throw new LoadError(url, 'not found (HTTP ' + response.status + ')', missingFix(url));
        }
        if (!response.ok) throw new LoadError(url, 'HTTP ' + response.status, 'The server refused the file');
        var got = (response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
        response.mimeOk = !type || got === type || (type === 'text/javascript' && /javascript|ecmascript/.test(got));
        response.mimeGot = got || 'no Content-Type';
        return response;
      },
      function () {
        return networkFailure(url).then(function (error) {
          throw error;
        });
      }
    );
  }

  // A new task, so the browser can paint and handle input between two slices of work.
  function nextTask() {
    return new Promise(function (resolve) {
      if (window.scheduler && typeof window.scheduler.postTask === 'function') {
        window.scheduler.postTask(resolve, { priority: 'user-visible' });
      } else {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(0);
      }
    });
  }

  // The glue module. A module import that fails says nothing about why, so the same URL is fetched to find
  // out (404, wrong MIME type, CORS).
  function importGlue(url) {
    return import(url).catch(function (importError) {
      return fetchFile(url, 'text/javascript').then(function (response) {
        if (!response.mimeOk) {
          throw new LoadError(url, 'served as ' + response.mimeGot, 'Serve .js files as `text/javascript`');
        }
        throw new LoadError(url, String((importError && importError.message) || importError), '');
      });
    });
  }

  // The wasm's bytes handed to the streaming compiler at most CHUNK at a time, one slice per task: the
  // browser decodes what it receives on the main thread, and a fast connection (or the cache) delivers
  // the whole module at once, which would make that one long task.
  var CHUNK = 64 * 1024;
  function paced(response) {
    if (!response.body || typeof ReadableStream !== 'function') return response;
    var reader = response.body.getReader();
    var pending = null;
    var stream = new ReadableStream({
      pull: function (controller) {
        var next = pending && pending.length ? Promise.resolve({ value: pending, done: false }) : reader.read();
        return next.then(function (part) {
          if (part.done) {
            controller.close();
            return null;
          }
          var bytes = part.value;
          pending = bytes.length > CHUNK ? bytes.subarray(CHUNK) : null;
          controller.enqueue(bytes.length > CHUNK ? bytes.subarray(0, CHUNK) : bytes);
          return nextTask();
        });
      },
    });
    return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
  }

  // The wasm, instantiated by the glue: streaming when the server sends `application/wasm`; otherwise from
  // the bytes, with a console error naming the type to set (the widget still works, only slower).
  function instantiate(glue, wasmResponse) {
    return wasmResponse.then(function (response) {
      if (response.mimeOk) return glue.default({ module_or_path: paced(response) });
      console.error(
        PREFIX + response.url + ' is served as ' + response.mimeGot + ': serve .wasm files as `application/wasm` ' +
          '(WebAssembly streaming compilation needs it; the navigator falls back to a slower start)'
      );
      return response.arrayBuffer().then(function (bytes) {
        return glue.default({ module_or_path: bytes });
      });
    });
  }

  var tables = {};
  // Adds the language table of `lang` to the wasm once (before an element mounts or switches to it). A glue
  // without add_messages has its tables compiled in, so there is nothing to fetch.
  function ensureTable(glue, lang, early) {
    if (typeof glue.add_messages !== 'function') return Promise.resolve();
    if (!tables[lang]) {
      var url = BASE + TABLE_FILES[lang];
      tables[lang] = (early || fetchFile(url, null).then(function (r) { return r.text(); }))
        .then(function (text) {
          return nextTask().then(function () {
            glue.add_messages(lang, text);
          });
        });
      tables[lang].catch(function () {
        delete tables[lang];
      });
    }
    return tables[lang];
  }

  // The wasm app, loaded once per page and shared by every element: glue, wasm (and, once tables ship with
  // every build, the first language table) requested at the same time.
  var loading = null;
  var glueModule = null;
  var warmedTool = false;
  function load(lang) {
    if (!loading) {
      var glueUrl = BASE + GLUE_FILE;
      var wasmUrl = BASE + WASM_FILE;
      var wasmResponse = fetchFile(wasmUrl, 'application/wasm');
      var earlyTable = TABLES_SHIPPED
        ? fetchFile(BASE + TABLE_FILES[lang], null).then(function (r) { return r.text(); })
        : null;
      if (earlyTable) earlyTable.catch(function () {});
      wasmResponse.catch(function () {});
      loading = importGlue(glueUrl)
        .then(function (glue) {
          // The table request overlaps the wasm download; adding it waits for the instance.
          var table = null;
          if (typeof glue.add_messages === 'function') {
            table = earlyTable || fetchFile(BASE + TABLE_FILES[lang], null).then(function (r) { return r.text(); });
            table.catch(function () {});
          }
          // Throwaway renders, each in a task of its own, compile part of what the first render needs.
          function warm(stage) {
            return function () {
              return nextTask().then(function () {
                if (typeof glue.warm_up === 'function') glue.warm_up(stage);
              });
            };
          }
          return instantiate(glue, wasmResponse)
            .then(warm(0))
            .then(warm(1))
            .then(function () {
              glueModule = glue;
              return table ? ensureTable(glue, lang, table) : null;
            });
        })
        .then(function () {
          return glueModule;
        });
      // A failed load may be retried by the next element (e.g. after a network hiccup).
      loading.catch(function () {
        loading = null;
        tables = {};
      });
    }
    return loading.then(function (glue) {
      return ensureTable(glue, lang).then(function () {
        return glue;
      });
    });
  }

  function stylesheetLoaded(link) {
    return new Promise(function (resolve) {
      if (link.sheet) return resolve();
      link.addEventListener('load', function () { resolve(); }, { once: true });
      // Without its stylesheet the widget is still usable; the error names the fix, the mount goes on.
      link.addEventListener('error', function () {
        console.error(
          PREFIX + 'could not load ' + link.href + ': missing, or not served as `text/css`. ' + missingFix(link.href)
        );
        resolve();
      }, { once: true });
    });
  }

  // Resolves once the host page has loaded (its `load` event), so the widget never competes with it.
  var pageLoaded = new Promise(function (resolve) {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', function () { resolve(); }, { once: true });
  });

  // Resolves when `element` comes within about one viewport of being seen.
  function whenNear(element) {
    return new Promise(function (resolve) {
      if (typeof window.IntersectionObserver !== 'function') {
        // No IntersectionObserver: load when the browser has nothing better to do.
        if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(function () { resolve(); }, { timeout: 3000 });
        else setTimeout(resolve, 1000);
        return;
      }
      var observer = new IntersectionObserver(
        function (entries) {
          if (entries.some(function (e) { return e.isIntersecting; })) {
            observer.disconnect();
            resolve();
          }
        },
        { rootMargin: '100% 0px 100% 0px' }
      );
      observer.observe(element);
      element._stopWatching = function () {
        observer.disconnect();
      };
    });
  }

  // ------------------------------------------------------------------------------------------ holding
  // Keeps `container` at the placeholder's height after the first render until a change of height can no
  // longer move what the visitor sees: the element's bottom stays below the viewport (or above it: scroll
  // anchoring keeps the view still) whichever height it has, or the visitor has just used the widget (the
  // browser does not count shifts right after input). Only small differences are held (HOLD_AT_MOST px).
  var HOLD_AT_MOST = 64;
  function hold(element, root, container, height) {
    var sheet;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync('.en-root--held{height:' + height + 'px}');
    } catch (e) {
      return function () {};
    }
    var base = root.adoptedStyleSheets.filter(function (s) { return s !== sheet; });
    root.adoptedStyleSheets = base.concat([sheet]);
    container.classList.add('en-root--held');
    var done = false;
    var frame = 0;
    function release() {
      if (done) return;
      done = true;
      container.classList.remove('en-root--held');
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter(function (s) { return s !== sheet; });
      window.removeEventListener('scroll', schedule, true);
      window.removeEventListener('resize', release);
      element.removeEventListener('pointerdown', release, true);
      element.removeEventListener('keydown', release, true);
      element.removeEventListener('focusin', release, true);
      if (frame) cancelAnimationFrame(frame);
    }
    function check() {
      frame = 0;
      if (done) return;
      if (!element.isConnected) return release();
      var natural = container.scrollHeight;
      var rect = element.getBoundingClientRect();
      var low = Math.min(height, natural);
      var high = Math.max(height, natural);
      var below = rect.top + low >= window.innerHeight;
      var above = rect.top + high <= 0;
      // A first screen far from the placeholder's size is not the first screen (saved answers restored a
      // later step, a notice about the settings): holding it would hide what the visitor came back for.
      var gap = Math.abs(natural - height);
      if (gap < 1 || gap > HOLD_AT_MOST || below || above) release();
    }
    function schedule() {
      if (!frame && !done) frame = requestAnimationFrame(check);
    }
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', release);
    element.addEventListener('pointerdown', release, true);
    element.addEventListener('keydown', release, true);
    element.addEventListener('focusin', release, true);
    // The first check after the app has rendered (Yew renders in a microtask after mount).
    schedule();
    return release;
  }

  // ------------------------------------------------------------------------------------------ element
  class EndorsementNavigatorElement extends HTMLElement {
    static get observedAttributes() {
      return ATTRIBUTES.slice();
    }

    constructor() {
      super();
      this._handle = null;
      this._generation = 0;
      this._release = null;
      this._updating = Promise.resolve();
    }

    connectedCallback() {
      var generation = ++this._generation;
      // attachShadow works once per element; a moved element reuses its root.
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      var sheet = earlyStyles();
      root.adoptedStyleSheets = sheet ? [sheet] : [];
      root.replaceChildren();

      var boot = skeleton(this);
      var container = el('div', 'en-root');
      // Where answers cannot be saved, say so before anything else (and keep saying it).
      if (this.getAttribute('storage') !== 'none' && !storageAvailable()) {
        var note = el('p', 'en-storage-note', WORDS[langOf(this)].storage);
        note.setAttribute('lang', langOf(this));
        root.append(note);
      }
      root.append(boot, container);

      var self = this;
      var started = false;
      function start() {
        if (started || generation !== self._generation) return;
        started = true;
        if (self._stopWatching) self._stopWatching();
        self._start(generation, root, boot, container);
      }
      // Focus or a click on the placeholder loads at once, even before the page has loaded.
      boot.addEventListener('focus', start);
      boot.addEventListener('click', start);
      pageLoaded
        .then(function () {
          // An element removed (or moved, which connects it anew) before the page loaded watches nothing.
          return started || generation !== self._generation ? null : whenNear(self);
        })
        .then(start);
    }

    _start(generation, root, boot, container) {
      var self = this;
      var lang = langOf(this);
      var link = el('link');
      link.rel = 'stylesheet';
      link.href = BASE + CSS_FILE;
      root.prepend(link);
      Promise.all([load(lang), stylesheetLoaded(link)])
        .then(function (results) {
          var glue = results[0];
          // The page's first widget renders its first tool once, detached, in a task of its own; the real
          // first render then has little left to compile (see src/embed.rs).
          if (warmedTool || typeof glue.warm_up_tool !== 'function') return glue;
          warmedTool = true;
          return nextTask().then(function () {
            if (generation === self._generation) glue.warm_up_tool(self);
            return glue;
          });
        })
        .then(function (glue) {
          // A task of its own for the first render: instantiating and adding the table ran in earlier ones.
          return nextTask().then(function () {
            return glue;
          });
        })
        .then(function (glue) {
          if (generation !== self._generation || !self.isConnected) return;
          var height = self.isConnected ? boot.getBoundingClientRect().height : 0;
          var hadFocus = root.activeElement === boot;
          self._handle = glue.mount(self, root, container);
          if (height > 0) self._release = hold(self, root, container, height);
          boot.remove();
          if (hadFocus) {
            // Keep the keyboard visitor's place: focus the first control once it exists.
            requestAnimationFrame(function () {
              var target = container.querySelector('[role=tab][tabindex="0"], button, input, select, a[href]');
              if (target) target.focus();
            });
          }
        })
        .catch(function (error) {
          var message = error instanceof LoadError ? error.message : 'could not start: ' + ((error && error.message) || error);
          console.error(PREFIX + message, error instanceof LoadError ? '' : error);
          if (generation !== self._generation) return;
          self._showFailure(boot);
        });
    }

    // The visitor's message: short, no blame, with the association's contact when given. It takes the
    // placeholder's place and height, so nothing on the host page moves.
    _showFailure(boot) {
      var words = WORDS[langOf(this)];
      var height = boot.getBoundingClientRect().height;
      var look = boot.querySelector('.en-skel__look');
      if (look) look.remove();
      boot.replaceChildren();
      boot.className = 'en-boot en-boot--failed en-skel en-skel--failed';
      boot.removeAttribute('aria-busy');
      boot.removeAttribute('tabindex');
      boot.setAttribute('role', 'alert');
      var message = el('p', 'en-boot__message', words.failed);
      var email = (this.getAttribute('contact-email') || '').trim();
      if (/^[^\s@<>"]+@[^\s@<>"]+$/.test(email)) {
        message.append(' ' + words.contact);
        var a = el('a', '', email);
        a.href = 'mailto:' + email;
        message.append(a, '.');
      }
      boot.append(message);
      if (height > 0) {
        try {
          var sheet = new CSSStyleSheet();
          sheet.replaceSync('.en-skel--failed{min-height:' + height + 'px}');
          this.shadowRoot.adoptedStyleSheets = this.shadowRoot.adoptedStyleSheets.concat([sheet]);
        } catch (e) {
          // Without constructable stylesheets the message is shorter than the placeholder; nothing breaks.
        }
      }
    }

    disconnectedCallback() {
      this._generation++;
      if (this._stopWatching) this._stopWatching();
      if (this._release) this._release();
      this._release = null;
      var handle = this._handle;
      this._handle = null;
      if (handle) {
        try {
          handle.unmount();
          handle.free();
        } catch (error) {
          console.error(PREFIX + 'could not unmount', error);
        }
      }
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue === newValue) return;
      // Before the app has mounted, the placeholder follows the attributes (language, first tool, contact).
      if (!this._handle) {
        var boot = this.shadowRoot && this.shadowRoot.querySelector('.en-skel:not(.en-skel--failed)');
        if (boot && /^(association|contact-email|tools|lang)$/.test(name)) {
          var fresh = skeleton(this);
          var focused = this.shadowRoot.activeElement === boot;
          // The listeners that start loading stay on the box; only its content and classes change.
          boot.className = fresh.className;
          boot.setAttribute('lang', fresh.getAttribute('lang'));
          boot.replaceChildren.apply(boot, Array.prototype.slice.call(fresh.childNodes));
          if (focused) boot.focus();
        }
        return;
      }
      var self = this;
      // Updates run in order; a new language's table is added first.
      this._updating = this._updating.then(function () {
        var handle = self._handle;
        if (!handle || !glueModule) return null;
        return ensureTable(glueModule, langOf(self)).then(function () {
          if (self._handle === handle) handle.update();
        });
      }).catch(function (error) {
        console.error(PREFIX + 'could not apply ' + name + ': ' + ((error && error.message) || error));
      });
    }
  }

  customElements.define(TAG, EndorsementNavigatorElement);

  // The rules API for scripts on the host page (CONTRACT §2): check/renewal/recommend take and return
  // plain objects once `ready` has resolved; reading `ready` starts loading the app at once. recommend's
  // reasons are sentences in the language its input asks for, so `ready` loads every language's table
  // (only scripts that use the API pay for the second one).
  function call(name) {
    return function (input) {
      if (!glueModule) throw new Error('EndorsementNavigator.' + name + ': await EndorsementNavigator.ready first');
      return glueModule[name](input);
    };
  }
  var api = { check: call('check'), renewal: call('renewal'), recommend: call('recommend') };
  Object.defineProperty(api, 'ready', {
    enumerable: true,
    get: function () {
      return load(supported(document.documentElement.getAttribute('lang')) || 'en')
        .then(function (glue) {
          return Promise.all(Object.keys(TABLE_FILES).map(function (lang) { return ensureTable(glue, lang); }))
            .then(function () { return glue; });
        })
        .then(function (glue) {
          glueModule = glue;
          return api;
        });
    },
  });
  if (!('EndorsementNavigator' in window)) {
    Object.defineProperty(window, 'EndorsementNavigator', { value: Object.freeze(api), configurable: true });
  }
})();
