// The placeholder: the first screen's frame in the element's language (tabs, heading, introduction,
// footer), with the words of the app's own tables (generated at build time, scripts/build-loader.mjs),
// so it wraps like the app. Below the introduction a block of the measured height stands for the rest of
// the first screen (heights.json; `node scripts/placeholder-heights.mjs --write` re-measures it).

/** What the placeholder says, from the element's settings: pure, so it is tested without a page. */
export function placeholderTexts(words, { tools, association, email, kept }) {
  const first = tools[0];
  return {
    status: words.loading,
    association: association ? words.offeredBy.replace('{association}', association) : null,
    tabs: tools.length > 1 ? tools.map((tool) => words.tabs[tool]) : [],
    heading: words.headings[first],
    // With nothing kept (storage="none" or a browser that refuses storage) the app says so: so does this.
    intro: (kept ? words.intros : words.introsNotKept)[first] ?? words.intros[first],
    privacy: kept ? words.privacy : words.privacyNotKept,
    contact: email ? `${words.contactLine} ${email}` : null,
  };
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The placeholder box for `settings` (see placeholderTexts) in `lang`. Only its status line is read
 *  out; the rest is decoration (aria-hidden). It is focusable, so a keyboard visitor reaching it loads
 *  the app. */
export function placeholder(words, lang, settings) {
  const texts = placeholderTexts(words, settings);
  const box = el('div', `en-boot en-skel en-skel--${settings.tools[0]} en-skel--${lang}`);
  box.setAttribute('role', 'status');
  box.setAttribute('tabindex', '0');
  box.setAttribute('lang', lang);
  box.setAttribute('aria-busy', 'true');
  box.append(el('span', 'en-visually-hidden', texts.status));
  const look = el('div', 'en-skel__look');
  look.setAttribute('aria-hidden', 'true');
  if (texts.association) look.append(el('p', 'en-skel__association', texts.association));
  if (texts.tabs.length) {
    const tabs = el('div', 'en-skel__tabs');
    texts.tabs.forEach((name, i) => tabs.append(el('span', `en-skel__tab${i === 0 ? ' en-skel__tab--selected' : ''}`, name)));
    look.append(tabs);
  }
  look.append(el('p', 'en-skel__heading', texts.heading), el('p', 'en-skel__intro', texts.intro));
  const body = el('div', 'en-skel__body');
  for (const kind of ['title', '', 'short', '', 'short', 'button']) {
    body.append(el('span', `en-skel__line${kind ? ` en-skel__line--${kind}` : ''}`));
  }
  const footer = el('div', 'en-skel__footer');
  footer.append(el('p', '', texts.privacy));
  if (texts.contact) footer.append(el('p', '', texts.contact));
  footer.append(el('span', 'en-skel__line en-skel__line--clear'));
  look.append(body, footer);
  box.append(look);
  return box;
}

/** The visitor's message when the app cannot start: short, no blame, with the contact when given. */
export function failureMessage(words, email) {
  const message = el('p', 'en-boot__message', words.failed);
  if (email) {
    message.append(` ${words.contact} `);
    const a = el('a', '', email);
    a.href = `mailto:${email}`;
    message.append(a, '.');
  }
  return message;
}

// The five width bands the heights were measured in (pages 320, 400, 600, 800 and 1280 px wide).
const BANDS = ['(max-width:18em)', '(min-width:18.01em) and (max-width:30em)', '(min-width:30.01em) and (max-width:40em)',
  '(min-width:40.01em) and (max-width:50em)', '(min-width:50.01em)'];

/** The body heights of every tool and language as container queries: the measured gap between the
 *  introduction and the footer, less their margins (0.75em + 1.5 × 0.9em). */
export function bodyHeightsCss(heights) {
  return BANDS.map((band, i) => {
    let rules = '';
    for (const [tool, langs] of Object.entries(heights)) {
      for (const [lang, values] of Object.entries(langs)) {
        rules += `.en-skel--${tool}.en-skel--${lang} .en-skel__body{height:${(values[i] - 2.1).toFixed(2)}em}`;
      }
    }
    return `@container navigator ${band}{${rules}}`;
  }).join('');
}
