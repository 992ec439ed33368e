// Endorsement Navigator — the one script a host page names (bundled into pkg/embed.js by
// scripts/build-loader.mjs; a classic script that also works with type="module").
//
//   <script src="https://example.org/endorsement-navigator/embed.js" defer></script>
//   <endorsement-navigator association="Example AIMH"></endorsement-navigator>
//
// (The default snippet adds this script from a short inline one once the page has painted: SNIPPET.html,
// scripts/build-loader.mjs `snippetLoader`. It also works added late: the elements already on the page
// are upgraded.)
// It finds its own URL, defines the <endorsement-navigator> element once, and loads the wasm app from the
// same folder. Each element renders into its own open shadow root. Nothing is sent over the network; the
// only requests are this folder's own files. No inline styles or scripts, so it runs under a strict CSP.
//
// Being a good guest (CONTRACT §1, Hosting):
// - Nothing is fetched before the host page's `load` event, and nothing until an element is within about
//   one viewport of being seen (element.js). Focus or a click on the placeholder, a share link, and
//   `EndorsementNavigator.ready` load at once.
// - The glue module, the wasm, the stylesheet and the language table are fetched in parallel (app.js).
// - Until the app is ready each element shows a placeholder with the first screen's shape and size, in
//   its language (placeholder.js); the snippet's inline reservation gives way to it (`--en-reserve`).
//   When the app's first screen differs a little in height, hold.js keeps the placeholder's height
//   until the change can no longer move anything the visitor sees.
// - Instantiating the wasm, adding the language table and the first render run in separate tasks.
// - A file that cannot be loaded is named on the console with what the webmaster must fix (files.js).

import { LANGS } from 'loader:build';
import { ensureTable, load, loaded } from './app.js';
import { supported } from './config.js';
import { NavigatorElement, TAG } from './element.js';

// A second copy of this script (or a host that already defined the element) changes nothing.
if (typeof window !== 'undefined' && window.customElements && !window.customElements.get(TAG)) {
  customElements.define(TAG, NavigatorElement);

  // The rules API for scripts on the host page (CONTRACT §2): check/renewal/recommend take and return
  // plain objects once `ready` has resolved; reading `ready` starts loading the app at once. recommend's
  // reasons are sentences in the language its input asks for, so `ready` loads every language's table
  // (only scripts that use the API pay for the second one).
  let glue = null;
  const call = (name) => (input) => {
    if (!glue) throw new Error(`EndorsementNavigator.${name}: await EndorsementNavigator.ready first`);
    return glue[name](input);
  };
  const api = { check: call('check'), renewal: call('renewal'), recommend: call('recommend') };
  Object.defineProperty(api, 'ready', {
    enumerable: true,
    get() {
      return load(supported(document.documentElement.getAttribute('lang'), LANGS) || LANGS[0])
        .then((g) => Promise.all(LANGS.map((lang) => ensureTable(g, lang))).then(() => g))
        .then((g) => {
          glue = loaded(g);
          return api;
        });
    },
  });
  if (!('EndorsementNavigator' in window)) {
    Object.defineProperty(window, 'EndorsementNavigator', { value: Object.freeze(api), configurable: true });
  }
}
