// The few attributes the loader reads before the app exists, for the placeholder: the language, the
// tools, the association, the contact address and the storage mode. They follow src/config.rs exactly
// (tests/loader/config.test.mjs and tests/config.rs run the same cases, tests/fixtures/attributes.json);
// everything else is read by the app itself once loaded.

/** The primary subtag of `tag` when it is one of `langs`, else null (config.rs `Lang::from_tag`). */
export function supported(tag, langs) {
  const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return langs.includes(primary) ? primary : null;
}

/** The element's language: its `lang` if supported, else the page's, else the first (English). */
export function langOf(lang, pageLang, langs) {
  return supported(lang, langs) || supported(pageLang, langs) || langs[0];
}

/** The tools in order (words separated by spaces or commas, unknown or repeated ones ignored); all of
 *  them when none is left. */
export function toolsOf(value, tools) {
  const seen = [];
  for (const word of String(value ?? '').toLowerCase().split(/[\s,]+/)) {
    if (tools.includes(word) && !seen.includes(word)) seen.push(word);
  }
  return seen.length ? seen : tools.slice();
}

/** The association's name with its spaces collapsed, or null. */
export function associationOf(value) {
  const name = String(value ?? '').trim().split(/\s+/).join(' ');
  return name || null;
}

// config.rs `is_plausible_email`: name@domain.tld, no spaces, one `@`, a dot inside the domain, none of
// the characters that would change a mailto: link.
const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f<>()[\]\\,;:"?#&%/]/;

/** The contact address when it is plausible, else null (the app then shows none either). */
export function contactEmailOf(value) {
  const email = String(value ?? '').trim();
  const at = email.indexOf('@');
  if (at <= 0) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const ok =
    local.length <= 64 &&
    email.length <= 254 &&
    !domain.includes('@') &&
    domain.includes('.') &&
    !domain.startsWith('.') &&
    !domain.endsWith('.') &&
    !domain.includes('..') &&
    !FORBIDDEN.test(email);
  return ok ? email : null;
}

/** Whether the `storage` attribute turns keeping answers off (`none`). Any other value is `local`
 *  (config.rs falls back to it). */
export const storageOff = (value) => String(value ?? '').trim().toLowerCase() === 'none';

/** Whether answers are kept in the browser: `storage="none"` keeps nothing, and neither does a browser
 *  that refuses storage. `storageWorks` (the probe) is called only when the value is not `none`: then
 *  localStorage is never touched, not even to probe it. */
export function keepsAnswers(value, storageWorks) {
  return !storageOff(value) && storageWorks();
}
