#!/usr/bin/env node
// A small static file server for development, the e2e tests and `make perf`, behaving like a production
// host for the navigator folder. No dependencies.
//
//   node scripts/serve.mjs [--host 127.0.0.1] [--port 8080] [--root .] [--also-host 127.0.0.2]
//                          [--no-cors] [--no-compress] [--quiet]
//
// - Serves the files under --root (default: the repository root), `index.html` for a directory.
// - Correct types for what the widget needs: .wasm as application/wasm (required by
//   WebAssembly.instantiateStreaming), .js/.mjs as text/javascript, .css as text/css, .txt (the language
//   tables) as text/plain; charset=utf-8.
// - Compression as a production host does it: brotli, else gzip, per Accept-Encoding, for text and wasm
//   (compressed once per file version and kept in memory); `Vary: Accept-Encoding`.
// - CORS: `Access-Control-Allow-Origin: *` on every response (what a central host serving one release to
//   many association sites sends), so pages on another origin can load the glue module, the wasm and the
//   language tables. `--no-cors` leaves it out, to test what a webmaster sees when it is missing.
// - Caching: names with a content hash (`name.0123abcd.js`, as `make dist` writes them) are
//   `public, max-age=31536000, immutable`; everything else is `no-cache` with an ETag, so a rebuild is
//   picked up at once and an unchanged file costs a 304.
// - A path ending in `.csp.html` is also sent with the strict host CSP header the widget must work under
//   (host pages usually carry the same policy in a <meta http-equiv> as well).
// - `--also-host 127.0.0.2` listens on a second loopback address, the same port and files: another origin,
//   as when pkg/ lives on a central host (127.0.0.1 and 127.0.0.2 are different origins).
// - Only GET and HEAD (and OPTIONS for CORS preflights); never serves outside the root (.. and symlinks
//   out of it are refused).
//
// Also importable: `import { startServer } from './serve.mjs'` → { server, url, port, close() }; options
// { root, host, port, cors, compress, log }.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function contentType(path) {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

// Types worth compressing (images and fonts are compressed already).
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|javascript)|image\/svg)/;
// A content-hashed name: 8 or more hex digits between dots, as `make dist` writes them.
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;

/** Cache-Control for a path: a year for content-hashed names, revalidation for everything else. */
export function cacheControl(pathname) {
  return HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The encoding to use for an Accept-Encoding header: br, gzip or none (q=0 means "not this one"). */
export function pickEncoding(accept = '') {
  const offered = new Map();
  for (const part of String(accept).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

// Compressed bodies, per file version and encoding.
const compressed = new Map();
async function compressedBody(file, version, encoding) {
  const key = `${file}\0${version}\0${encoding}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = await readFile(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let file = resolve(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return null;
  let info;
  let isDir = false;
  try {
    info = await stat(file);
    if (info.isDirectory()) {
      isDir = true;
      file = join(file, 'index.html');
      info = await stat(file);
    }
  } catch {
    return null;
  }
  if (!info.isFile()) return null;
  // Refuse symlinks that lead outside the root.
  const real = await realpath(file).catch(() => null);
  const realRoot = await realpath(root).catch(() => root);
  if (!real || (real !== realRoot && !real.startsWith(realRoot + sep))) return null;
  return { file, isDir, size: info.size, mtime: info.mtime };
}

/**
 * Start the server. `port: 0` picks a free port.
 * @returns {Promise<{server: import('node:http').Server, url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer({
  root = REPO_ROOT,
  host = '127.0.0.1',
  port = 0,
  cors = true,
  compress = true,
  log = () => {},
} = {}) {
  const absRoot = resolve(root);
  const corsHeaders = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        ...corsHeaders,
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method === 'OPTIONS' && cors) {
      send(204, '', { 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Max-Age': '86400' });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    let pathname;
    try {
      pathname = new URL(req.url, 'http://localhost').pathname;
    } catch {
      send(400, 'bad request\n');
      return;
    }
    // A directory URL without its trailing slash: redirect, so relative links resolve as in production.
    const found = await resolveFile(absRoot, pathname);
    if (!found) {
      send(404, `not found: ${pathname}\n`);
      return;
    }
    if (found.isDir && !pathname.endsWith('/')) {
      send(301, '', { Location: pathname + '/' });
      return;
    }
    const type = contentType(found.file);
    const version = `${found.size.toString(16)}-${found.mtime.getTime().toString(16)}`;
    const encoding = compress && COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : null;
    const etag = `"${version}${encoding ? '-' + encoding : ''}"`;
    const headers = {
      'Content-Type': type,
      'Cache-Control': cacheControl(pathname),
      ETag: etag,
      'Last-Modified': found.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
      ...corsHeaders,
    };
    if (compress && COMPRESSIBLE.test(type)) headers.Vary = 'Accept-Encoding';
    if (pathname.endsWith('.csp.html')) headers['Content-Security-Policy'] = STRICT_CSP;
    const match = req.headers['if-none-match'];
    if (match && match.split(',').some((t) => t.trim() === etag)) {
      res.writeHead(304, headers);
      res.end();
      log(`304 ${req.method} ${req.url}`);
      return;
    }
    if (encoding) {
      const body = await compressedBody(found.file, version, encoding);
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      log(`200 ${req.method} ${req.url} ${encoding}`);
      return;
    }
    headers['Content-Length'] = String(found.size);
    res.writeHead(200, headers);
    log(`200 ${req.method} ${req.url}`);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const actualPort = server.address().port;
  const url = `http://${host}:${actualPort}`;
  const close = () =>
    new Promise((ok) => {
      server.close(() => ok());
      server.closeAllConnections?.();
    });
  return { server, url, port: actualPort, close };
}

function parseArgs(argv) {
  const opts = { host: '127.0.0.1', port: 8080, root: REPO_ROOT, quiet: false, alsoHost: null, cors: true, compress: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--host') opts.host = next();
    else if (a === '--port') opts.port = Number(next());
    else if (a === '--root') opts.root = resolve(next());
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--also-host') opts.alsoHost = next();
    else if (a === '--no-cors') opts.cors = false;
    else if (a === '--no-compress') opts.compress = false;
    else if (a === '-h' || a === '--help') {
      console.log(
        'usage: node scripts/serve.mjs [--host 127.0.0.1] [--port 8080] [--root DIR] [--also-host 127.0.0.2]\n' +
          '                              [--no-cors] [--no-compress] [--quiet]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('--port must be 0..65535');
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}`);
    process.exit(2);
  }
  const common = {
    root: opts.root,
    cors: opts.cors,
    compress: opts.compress,
    log: opts.quiet ? () => {} : (line) => console.log(line),
  };
  const { url, port, close } = await startServer({ ...common, host: opts.host, port: opts.port });
  const closers = [close];
  console.log(`Serving ${opts.root} at ${url}/ (demo: ${url}/index.html) — Ctrl+C to stop`);
  if (opts.alsoHost) {
    const second = await startServer({ ...common, host: opts.alsoHost, port });
    closers.push(second.close);
    console.log(`Also at ${second.url}/ (another origin, e.g. for pkg/ on a central host)`);
  }
  const stop = async () => {
    await Promise.all(closers.map((c) => c()));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
