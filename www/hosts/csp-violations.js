// Records Content Security Policy violations (and logs them as console errors) so the end-to-end tests
// can assert there were none. Loaded first, synchronously, so it sees violations from the start.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  var entry = { directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample };
  window.cspViolations.push(entry);
  console.error('CSP violation: ' + JSON.stringify(entry));
});
