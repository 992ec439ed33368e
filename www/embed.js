// Endorsement Navigator — the one script a host page names.
//
//   <script src="https://example.org/navigator/embed.js" defer></script>
//   <endorsement-navigator association="Example AIMH"></endorsement-navigator>
//
// A classic script (it also works with type="module"): it finds its own URL, defines the
// <endorsement-navigator> element once, and on the first element loads the wasm app from the same folder.
// Each element renders into its own open shadow root. Nothing is sent over the network; the only requests
// are this folder's own files (the app, its stylesheet, and i18n/<lang>.txt for the languages shown). No inline styles or scripts, so it runs under a strict host CSP.
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

  // Every attribute the app reads (src/config.rs ATTRIBUTES).
  var ATTRIBUTES = ['association', 'apply-url', 'contact-email', 'credentials', 'tools', 'lang', 'today', 'storage'];

  // The only words outside the Rust message tables: what shows before the app has loaded.
  var WORDS = {
    en: {
      loading: 'Loading the Endorsement Navigator…',
      failed: 'The Endorsement Navigator could not load. Please reload the page, or try again later.',
    },
    es: {
      loading: 'Cargando el Navegador de Endorsement…',
      failed: 'No se pudo cargar el Navegador de Endorsement. Vuelva a cargar la página o inténtelo más tarde.',
    },
  };
  function words(element) {
    var tag = element.getAttribute('lang') || document.documentElement.getAttribute('lang') || 'en';
    return WORDS[String(tag).trim().toLowerCase().split(/[-_]/)[0]] || WORDS.en;
  }

  // The few rules needed before navigator.css arrives, as a constructable stylesheet (allowed by a
  // style-src 'self' CSP, unlike a <style> element). Shared by every element.
  var earlySheet = null;
  function earlyStyles() {
    if (earlySheet !== null) return earlySheet;
    earlySheet = undefined;
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(
        ':host{display:block}' +
          ':host([hidden]){display:none}' +
          '.en-boot{box-sizing:border-box;min-height:20em;padding:1.5em;' +
          'font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}' +
          '.en-boot--failed{color:#a4000f}' +
          '.en-root:empty{display:none}'
      );
      earlySheet = sheet;
    } catch (e) {
      // Constructable stylesheets are missing in very old browsers; navigator.css covers the same rules.
    }
    return earlySheet;
  }

  // The wasm app, loaded once per page and shared by every element.
  var loading = null;
  function load() {
    if (!loading) {
      loading = import(BASE + 'endorsement_navigator.js').then(function (glue) {
        return glue.default({ module_or_path: BASE + 'endorsement_navigator_bg.wasm' }).then(function () {
          return glue;
        });
      });
      // A failed load may be retried by the next element (e.g. after a network hiccup).
      loading.catch(function () {
        loading = null;
      });
    }
    return loading;
  }

  // The message tables: the wasm holds no words. Each visitor fetches only the language an element
  // shows, resolved exactly as src/config.rs does: the element's lang, else <html lang>, else en;
  // primary subtag; a language without a table falls through to the next.
  var LANGS = ['en', 'es'];
  function supported(tag) {
    var primary = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return LANGS.indexOf(primary) >= 0 ? primary : null;
  }
  function pageLang() {
    return supported(document.documentElement.getAttribute('lang')) || 'en';
  }
  function elementLang(element) {
    return supported(element.getAttribute('lang')) || pageLang();
  }
  var tables = {};
  var added = {};
  // The app with `lang`'s table added; the table is fetched in parallel with the glue and the wasm.
  function withMessages(lang) {
    if (!tables[lang]) {
      tables[lang] = fetch(BASE + 'i18n/' + lang + '.txt').then(function (response) {
        if (!response.ok) throw new Error('could not load ' + response.url + ' (' + response.status + ')');
        return response.text();
      });
      tables[lang].catch(function () {
        delete tables[lang];
      });
    }
    return Promise.all([load(), tables[lang]]).then(function (results) {
      // Throws, with the reason, when the table is not one for this build.
      results[0].add_messages(lang, results[1]);
      added[lang] = true;
      return results[0];
    });
  }

  var glueModule = null;
  function stylesheetLoaded(link) {
    return new Promise(function (resolve) {
      if (link.sheet) return resolve();
      link.addEventListener('load', function () { resolve(); }, { once: true });
      // Without its stylesheet the widget is still usable; the error is reported, the mount goes on.
      link.addEventListener('error', function () {
        console.error('<endorsement-navigator>: could not load ' + link.href);
        resolve();
      }, { once: true });
    });
  }

  class EndorsementNavigatorElement extends HTMLElement {
    static get observedAttributes() {
      return ATTRIBUTES.slice();
    }

    constructor() {
      super();
      this._handle = null;
      this._generation = 0;
    }

    connectedCallback() {
      var generation = ++this._generation;
      // attachShadow works once per element; a moved element reuses its root.
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      var sheet = earlyStyles();
      if (sheet) root.adoptedStyleSheets = [sheet];
      root.replaceChildren();

      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = BASE + 'navigator.css';
      var boot = document.createElement('div');
      boot.className = 'en-boot';
      boot.setAttribute('role', 'status');
      boot.textContent = words(this).loading;
      var container = document.createElement('div');
      container.className = 'en-root';
      root.append(link, boot, container);

      var self = this;
      Promise.all([withMessages(elementLang(this)), stylesheetLoaded(link)])
        .then(function (results) {
          if (generation !== self._generation || !self.isConnected) return;
          glueModule = results[0];
          self._handle = glueModule.mount(self, root, container);
          boot.remove();
        })
        .catch(function (error) {
          console.error('<endorsement-navigator>: could not start', error);
          if (generation !== self._generation) return;
          boot.className = 'en-boot en-boot--failed';
          boot.setAttribute('role', 'alert');
          boot.textContent = words(self).failed;
        });
    }

    disconnectedCallback() {
      this._generation++;
      var handle = this._handle;
      this._handle = null;
      if (handle) {
        try {
          handle.unmount();
          handle.free();
        } catch (error) {
          console.error('<endorsement-navigator>: could not unmount', error);
        }
      }
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (!this._handle || oldValue === newValue) return;
      var self = this;
      var handle = this._handle;
      function apply() {
        if (self._handle !== handle) return;
        try {
          handle.update();
        } catch (error) {
          console.error('<endorsement-navigator>: could not apply ' + name, error);
        }
      }
      // A new language shows once its table has arrived; until then the widget stays as it was.
      var lang = elementLang(this);
      if (added[lang]) apply();
      else withMessages(lang).then(apply, function (error) {
        console.error('<endorsement-navigator>: could not load the ' + lang + ' messages', error);
      });
    }
  }

  customElements.define(TAG, EndorsementNavigatorElement);

  // The rules API for scripts on the host page (CONTRACT §2): check/renewal/recommend take and return
  // plain objects once `ready` has resolved; reading `ready` starts loading the app.
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
      // Recommend's reasons are sentences: the page language's table comes with the app.
      return withMessages(pageLang()).then(function (glue) {
        glueModule = glue;
        return api;
      });
    },
  });
  if (!('EndorsementNavigator' in window)) {
    Object.defineProperty(window, 'EndorsementNavigator', { value: Object.freeze(api), configurable: true });
  }
})();
