// iframe.html: the widget through pkg/frame.html, as on a site builder that only allows an iframe.
// ?frame=<url of frame.html with its query> (default: this origin's /pkg/frame.html); ?sandbox=<tokens>
// sandboxes it (e.g. "allow-scripts": a third-party frame without storage).
(function () {
  var params = new URLSearchParams(window.location.search);
  var frame = document.createElement('iframe');
  frame.title = 'Endorsement Navigator';
  frame.className = 'navigator-frame';
  if (params.has('sandbox')) frame.setAttribute('sandbox', params.get('sandbox'));
  frame.src = params.get('frame') || '/pkg/frame.html?association=Example%20AIMH&contact-email=endorsement%40example.org&lang=es';
  document.querySelector('main').append(frame);
})();
