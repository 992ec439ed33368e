// Fetching the app's files, and the sentence for the webmaster when one cannot be used (CONTRACT §1,
// Hosting): a missing file, a refused CORS request, a wrong MIME type.

export const PREFIX = '<endorsement-navigator>: ';

/** A file that could not be used, with the sentence for the webmaster. */
export class LoadError extends Error {
  constructor(url, problem, fix) {
    super(`could not load ${url}: ${problem}${fix ? `. ${fix}` : ''}`);
    this.name = 'LoadError';
    this.url = url;
  }
}

export function corsFix(url, pageOrigin) {
  return (
    `The server at ${new URL(url).origin} must send the header \`Access-Control-Allow-Origin: *\` (or \`` +
    `${pageOrigin}\`) with the files of the navigator folder, because this page (${pageOrigin}) loads them from another origin`
  );
}

export function missingFix(url) {
  return `Upload ${new URL(url).pathname} next to embed.js (the whole folder belongs together, from one release)`;
}

/** Whether a response's Content-Type is `type` (any JavaScript type for text/javascript). */
export function mimeMatches(contentType, type) {
  const got = String(contentType ?? '').split(';')[0].trim().toLowerCase();
  return !type || got === type || (type === 'text/javascript' && /javascript|ecmascript/.test(got));
}

// Why a request failed: a fetch that throws is a refused CORS request when the same URL answers an opaque
// (no-cors) request, and otherwise a server that cannot be reached.
function networkFailure(url) {
  const pageOrigin = window.location.origin;
  if (new URL(url).origin === pageOrigin) {
    return Promise.resolve(new LoadError(url, 'the request failed', 'Check that the server is up and that no Content-Security-Policy (connect-src) or extension blocks it'));
  }
  return fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' }).then(
    () => new LoadError(url, 'the server refused it to this page (CORS)', corsFix(url, pageOrigin)),
    () => new LoadError(url, 'the server could not be reached', 'Check the script URL and that the server is up'),
  );
}

/** fetch() that turns every failure into a LoadError naming the fix; `type` is the expected MIME type
 *  (the response then carries `mimeOk` and `mimeGot`). */
export function fetchFile(url, type) {
  return fetch(url, { credentials: 'omit' }).then(
    (response) => {
      if (response.status === 404 || response.status === 410) {
        throw new LoadError(url, `not found (HTTP ${response.status})`, missingFix(url));
      }
      if (!response.ok) throw new LoadError(url, `HTTP ${response.status}`, 'The server refused the file');
      const contentType = response.headers.get('Content-Type');
      response.mimeOk = mimeMatches(contentType, type);
      response.mimeGot = String(contentType ?? '').split(';')[0].trim().toLowerCase() || 'no Content-Type';
      return response;
    },
    () => networkFailure(url).then((error) => {
      throw error;
    }),
  );
}

export function fetchText(url) {
  return fetchFile(url, null).then((response) => response.text());
}
