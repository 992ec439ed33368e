// Sets the widget's attributes (and the page language) from the page's query string before embed.js
// defines the element, so one host page serves many e2e cases: configured.html?lang=es&tools=checker.
// In cross-origin.html (no embed.js of its own), ?pkg=<origin> loads embed.js from that origin, as from a
// central host.
(function () {
  var params = new URLSearchParams(window.location.search);
  var element = document.querySelector('endorsement-navigator');
  ['association', 'apply-url', 'contact-email', 'credentials', 'tools', 'lang', 'today', 'storage'].forEach(function (name) {
    if (params.has(name)) element.setAttribute(name, params.get(name));
  });
  if (params.has('page-lang')) document.documentElement.setAttribute('lang', params.get('page-lang'));
  // ?embed=<full URL of an embed.js> (e.g. a `make dist` release folder) works the same way.
  if (params.has('pkg') || params.has('embed')) {
    var script = document.createElement('script');
    script.src = params.get('embed') || params.get('pkg') + '/pkg/embed.js';
    document.head.append(script);
  }
})();
