// <endorsement-navigator>: the placeholder at once, the app when the element comes near the viewport (or
// at once for a share link, focus or a click), in an open shadow root of its own.

import { ATTRIBUTES, CSS, FILES, LANGS, TOOLS, WORDS } from 'loader:build';
import { BASE, ensureTable, glueModule, load, loaded } from './app.js';
import { associationOf, contactEmailOf, keepsAnswers, langOf, storageOff, toolsOf } from './config.js';
import { LoadError, PREFIX, missingFix } from './files.js';
import { hold } from './hold.js';
import { failureMessage, placeholder } from './placeholder.js';
import { elementFor, sharedTool } from './share.js';
import { nextTask } from './tasks.js';

export const TAG = 'endorsement-navigator';

const pageLang = () => document.documentElement.getAttribute('lang');
export const elementLang = (element) => langOf(element.getAttribute('lang'), pageLang(), LANGS);
const elementTools = (element) => toolsOf(element.getAttribute('tools'), TOOLS);

// The one storage probe: reading localStorage throws in sandboxed frames, and some browsers only refuse
// the first write. The app does not probe; it is told the answer at mount and on each update.
let storageWorks = null;
function storageAvailable() {
  if (storageWorks === null) {
    try {
      window.localStorage.setItem('endorsement-navigator:v1:probe', '1');
      window.localStorage.removeItem('endorsement-navigator:v1:probe');
      storageWorks = true;
    } catch {
      storageWorks = false;
    }
  }
  return storageWorks;
}

const keeps = (element) => keepsAnswers(element.getAttribute('storage'), storageAvailable);

function settingsOf(element) {
  return {
    tools: elementTools(element),
    association: associationOf(element.getAttribute('association')),
    email: contactEmailOf(element.getAttribute('contact-email')),
    kept: keeps(element),
  };
}

// The placeholder's styles (navigator.css's frame rules and the loader's own, generated at build time),
// as a constructable stylesheet (allowed by a style-src 'self' CSP, unlike a <style> element), shared.
let sheet = null;
function placeholderSheet() {
  if (sheet === null) {
    sheet = undefined;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    } catch {
      // Constructable stylesheets are missing in very old browsers; navigator.css styles the app anyway.
    }
  }
  return sheet;
}

function stylesheetLoaded(link) {
  return new Promise((resolve) => {
    if (link.sheet) return resolve();
    link.addEventListener('load', () => resolve(), { once: true });
    // Without its stylesheet the widget is still usable; the error names the fix, the mount goes on.
    link.addEventListener('error', () => {
      console.error(`${PREFIX}could not load ${link.href}: missing, or not served as \`text/css\`. ${missingFix(link.href)}`);
      resolve();
    }, { once: true });
  });
}

// Resolves once the host page has loaded (its `load` event), so the widget never competes with it.
const pageLoaded = new Promise((resolve) => {
  if (document.readyState === 'complete') resolve();
  else window.addEventListener('load', () => resolve(), { once: true });
});

// Resolves when `element` comes within about one viewport of being seen; `element._stopWatching` ends it.
function whenNear(element) {
  return new Promise((resolve) => {
    if (typeof window.IntersectionObserver !== 'function') {
      // No IntersectionObserver: load when the browser has nothing better to do.
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 3000 });
      else setTimeout(resolve, 1000);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        resolve();
      }
    }, { rootMargin: '100% 0px 100% 0px' });
    observer.observe(element);
    element._stopWatching = () => observer.disconnect();
  });
}

// A share link (#navigator=<tool>.<data>) is for the first element that shows its tool: that one loads at
// once and is brought into view, even far below the fold; again once the app has rendered, unless the
// visitor has scrolled or typed meanwhile. The app reads the link, then drops the fragment.
let shareTarget;
let visitorMoved = false;
function isShareTarget(element) {
  if (shareTarget === undefined) {
    const tool = sharedTool(window.location.hash, TOOLS);
    shareTarget = tool ? elementFor(tool, [...document.querySelectorAll(TAG)], elementTools) : null;
    if (shareTarget) {
      for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
        window.addEventListener(type, () => { visitorMoved = true; }, { once: true, passive: true, capture: true });
      }
    }
  }
  return shareTarget === element;
}
function bringIntoView(element) {
  if (!visitorMoved) element.scrollIntoView({ block: 'start' });
}

let warmedTool = false;

export class NavigatorElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  constructor() {
    super();
    this._handle = null;
    this._generation = 0;
    this._release = null;
    this._updating = Promise.resolve();
  }

  connectedCallback() {
    const generation = ++this._generation;
    // attachShadow works once per element; a moved element reuses its root.
    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    const styles = placeholderSheet();
    root.adoptedStyleSheets = styles ? [styles] : [];
    root.replaceChildren();

    const lang = elementLang(this);
    const settings = settingsOf(this);
    const boot = placeholder(WORDS[lang], lang, settings);
    const container = document.createElement('div');
    container.className = 'en-root';
    // Where answers cannot be saved, say so before anything else (and keep saying it).
    if (!settings.kept && !storageOff(this.getAttribute('storage'))) {
      const note = document.createElement('p');
      note.className = 'en-storage-note';
      note.textContent = WORDS[lang].storage;
      note.setAttribute('lang', lang);
      root.append(note);
    }
    root.append(boot, container);

    let started = false;
    const start = () => {
      if (started || generation !== this._generation) return;
      started = true;
      if (this._stopWatching) this._stopWatching();
      this._start(generation, root, boot, container);
    };
    // Focus or a click on the placeholder loads at once, even before the page has loaded.
    boot.addEventListener('focus', start);
    boot.addEventListener('click', start);
    if (isShareTarget(this)) {
      bringIntoView(this);
      start();
      return;
    }
    pageLoaded
      // An element removed (or moved, which connects it anew) before the page loaded watches nothing.
      .then(() => (started || generation !== this._generation ? null : whenNear(this)))
      .then(start);
  }

  _start(generation, root, boot, container) {
    const lang = elementLang(this);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = BASE + FILES.css;
    root.prepend(link);
    Promise.all([load(lang), stylesheetLoaded(link)])
      .then(([glue]) => {
        loaded(glue);
        // The page's first widget renders its first tool once, detached, in a task of its own; the real
        // first render then has little left to compile (see src/embed.rs).
        if (warmedTool) return glue;
        warmedTool = true;
        return nextTask().then(() => {
          if (generation === this._generation) glue.warm_up_tool(this);
          return glue;
        });
      })
      // A task of its own for the first render: instantiating and adding the table ran in earlier ones.
      .then((glue) => nextTask().then(() => glue))
      .then((glue) => {
        if (generation !== this._generation || !this.isConnected) return;
        const height = boot.getBoundingClientRect().height;
        const hadFocus = root.activeElement === boot;
        this._handle = glue.mount(this, container, keeps(this));
        if (height > 0) this._release = hold(this, root, container, height);
        boot.remove();
        if (hadFocus) {
          // Keep the keyboard visitor's place: focus the first control once it exists.
          requestAnimationFrame(() => {
            const target = container.querySelector('[role=tab][tabindex="0"], button, input, select, a[href]');
            if (target) target.focus();
          });
        }
        if (shareTarget === this) requestAnimationFrame(() => bringIntoView(this));
      })
      .catch((error) => {
        const message = error instanceof LoadError ? error.message : `could not start: ${error?.message ?? error}`;
        console.error(PREFIX + message, error instanceof LoadError ? '' : error);
        if (generation === this._generation) this._showFailure(boot);
      });
  }

  // The visitor's message takes the placeholder's place and height, so nothing on the host page moves.
  _showFailure(boot) {
    const height = boot.getBoundingClientRect().height;
    boot.replaceChildren(failureMessage(WORDS[elementLang(this)], contactEmailOf(this.getAttribute('contact-email'))));
    boot.className = 'en-boot en-boot--failed en-skel en-skel--failed';
    boot.removeAttribute('aria-busy');
    boot.removeAttribute('tabindex');
    boot.setAttribute('role', 'alert');
    if (height > 0) {
      try {
        const failed = new CSSStyleSheet();
        failed.replaceSync(`.en-skel--failed{min-height:${height}px}`);
        this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, failed];
      } catch {
        // Without constructable stylesheets the message is shorter than the placeholder; nothing breaks.
      }
    }
  }

  disconnectedCallback() {
    this._generation++;
    if (this._stopWatching) this._stopWatching();
    if (this._release) this._release();
    this._release = null;
    const handle = this._handle;
    this._handle = null;
    if (handle) {
      try {
        handle.unmount();
        handle.free();
      } catch (error) {
        console.error(`${PREFIX}could not unmount`, error);
      }
    }
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    // Before the app has mounted, the placeholder follows the attributes.
    if (!this._handle) {
      const boot = this.shadowRoot?.querySelector('.en-skel:not(.en-skel--failed)');
      if (boot) {
        const lang = elementLang(this);
        const fresh = placeholder(WORDS[lang], lang, settingsOf(this));
        const focused = this.shadowRoot.activeElement === boot;
        // The listeners that start loading stay on the box; only its content and classes change.
        boot.className = fresh.className;
        boot.setAttribute('lang', lang);
        boot.replaceChildren(...fresh.childNodes);
        if (focused) boot.focus();
      }
      return;
    }
    // Updates run in order; a new language's table is added first.
    this._updating = this._updating
      .then(() => {
        const handle = this._handle;
        if (!handle || !glueModule) return null;
        return ensureTable(glueModule, elementLang(this)).then(() => {
          if (this._handle === handle) handle.update(keeps(this));
        });
      })
      .catch((error) => console.error(`${PREFIX}could not apply ${name}: ${error?.message ?? error}`));
  }
}
