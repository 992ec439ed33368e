// pkg/frame.html: builds one <endorsement-navigator> from the page's query parameters (the same names as
// the element's attributes, src/config.rs through scripts/build-loader.mjs), before embed.js defines the
// element. A separate file, not an inline script, so the page keeps its strict CSP.
import { ATTRIBUTES } from 'loader:build';

{
  var params = new URLSearchParams(window.location.search);
  var element = document.createElement('endorsement-navigator');
  ATTRIBUTES.forEach(function (name) {
    var value = params.get(name);
    // The element validates every value itself (and says on the console what it ignored).
    if (value !== null) element.setAttribute(name, value);
  });
  var lang = params.get('lang');
  if (lang) document.documentElement.setAttribute('lang', lang);
  var association = params.get('association');
  if (association) document.title = association + ' — Endorsement Navigator';

  // No margin around the widget, through the CSSOM (a style attribute or <style> would need 'unsafe-inline').
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync('html,body{margin:0;padding:0;background:#fff}body{padding:8px}');
    document.adoptedStyleSheets = [sheet];
  } catch (e) {
    // Very old browsers keep their default body margin.
  }

  function place() {
    document.body.append(element);
    // Tell the embedding page how tall the widget is, for builders that let it resize the iframe:
    //   window.addEventListener('message', (e) => { if (e.data && e.data.type === 'endorsement-navigator:height')
    //     iframe.style.height = e.data.height + 'px'; });
    if (window.parent !== window && typeof ResizeObserver === 'function') {
      new ResizeObserver(function () {
        var height = Math.ceil(document.documentElement.scrollHeight);
        window.parent.postMessage({ type: 'endorsement-navigator:height', height: height }, '*');
      }).observe(document.body);
    }
  }
  if (document.body) place();
  else document.addEventListener('DOMContentLoaded', place, { once: true });
}
