// cross-origin.html: sets the widget's attributes (and the page language) from the page's query string,
// then loads embed.js from ?pkg=<origin> (its pkg/ folder, as on a central host serving many sites).
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
