#!/usr/bin/env node
// A tiny static file server for development and the e2e tests. No dependencies.
//
//   node scripts/serve.mjs [--host 127.0.0.1] [--port 8080] [--root .] [--quiet]
//
// - Serves the files under --root (default: the repository root), `index.html` for a directory.
// - Correct types for what the widget needs: .wasm as application/wasm (required by
//   WebAssembly.instantiateStreaming), .js/.mjs as text/javascript, .css as text/css.
// - Every response is `Cache-Control: no-store`, so a rebuild is always picked up.
// - A path ending in `.csp.html` is also sent with the strict host CSP header the widget must work under
//   (host pages usually carry the same policy in a <meta http-equiv> as well).
// - Only GET and HEAD; never serves outside the root (.. and symlinks out of it are refused).
//
// Also importable: `import { startServer } from './serve.mjs'` → { server, url, port, close() }.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
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
export async function startServer({ root = REPO_ROOT, host = '127.0.0.1', port = 0, log = () => {} } = {}) {
  const absRoot = resolve(root);
  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      log(`${status} ${req.method} ${req.url}`);
    };
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
    const headers = {
      'Content-Type': contentType(found.file),
      'Content-Length': String(found.size),
      'Cache-Control': 'no-store',
      'Last-Modified': found.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    };
    if (pathname.endsWith('.csp.html')) headers['Content-Security-Policy'] = STRICT_CSP;
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
  const opts = { host: '127.0.0.1', port: 8080, root: REPO_ROOT, quiet: false };
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
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/serve.mjs [--host 127.0.0.1] [--port 8080] [--root DIR] [--quiet]');
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
  const { url, close } = await startServer({
    root: opts.root,
    host: opts.host,
    port: opts.port,
    log: opts.quiet ? () => {} : (line) => console.log(line),
  });
  console.log(`Serving ${opts.root} at ${url}/ (demo: ${url}/index.html) — Ctrl+C to stop`);
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
