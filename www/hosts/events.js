// Host-page listener used by the end-to-end tests: keeps every `endorsement-result` event that reaches
// the document, so a test can read window.navigatorResults. A separate file so it runs under a strict CSP.
window.navigatorResults = [];
document.addEventListener('endorsement-result', function (event) {
  window.navigatorResults.push({ detail: event.detail, target: event.target && event.target.localName });
});
