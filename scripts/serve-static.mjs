#!/usr/bin/env node
// A small static file server for build/site (development, tests and benchmarks; production is any static host).
// No dependencies. Sends the headers the site is meant to be served with: a strict Content-Security-Policy (no inline
// scripts or styles, wasm allowed, nothing from other origins), correct MIME types including application/wasm,
// gzip for text and wasm when the browser asks for it.
//
// Usage: node scripts/serve-static.mjs [--root build/site] [--port 8080] [--host 127.0.0.1] [--quiet]
//   --port 0 picks a free port. Prints "Serving DIR on http://HOST:PORT/" once listening.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.webmanifest']);

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export function createServer(root, { log = () => {} } = {}) {
  const rootDir = path.resolve(root);
  const realRoot = fs.realpathSync(rootDir);
  const gzipCache = new Map(); // path -> {mtimeMs, size, body}

  return http.createServer((req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method Not Allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad Request\n');
      return;
    }
    if (pathname.includes('\0')) {
      send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad Request\n');
      return;
    }
    let file = path.resolve(rootDir, '.' + path.posix.normalize(pathname));
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      send(403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Forbidden\n');
      return;
    }
    let stat;
    try {
      stat = fs.statSync(file);
      if (stat.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = fs.statSync(file);
      }
      // A symbolic link inside the root may point anywhere: serve only what really lies inside it.
      const real = fs.realpathSync(file);
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) stat = null;
    } catch {
      stat = null;
    }
    if (!stat || !stat.isFile()) {
      const notFound = path.join(rootDir, '404.html');
      const body = fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not Found\n';
      send(404, { 'Content-Type': fs.existsSync(notFound) ? MIME['.html'] : 'text/plain; charset=utf-8',
        'Cache-Control': 'no-cache' }, body);
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const headers = {
      'Content-Type': MIME[ext] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'Last-Modified': stat.mtime.toUTCString(),
      Vary: 'Accept-Encoding',
    };
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    headers.ETag = etag;
    if (req.headers['if-none-match'] === etag) {
      send(304, headers);
      return;
    }
    let body = fs.readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '') && body.length > 1024) {
      const cached = gzipCache.get(file);
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
        body = cached.body;
      } else {
        const gz = zlib.gzipSync(body, { level: 9 });
        gzipCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, body: gz });
        body = gz;
      }
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    send(200, headers, body);
  });
}

function parseArgs(argv) {
  const opts = { root: 'build/site', port: 8080, host: '127.0.0.1', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root') opts.root = argv[++i];
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a === '--host') opts.host = argv[++i];
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--help' || a === '-h') {
      console.log('Usage: serve-static.mjs [--root DIR] [--port N] [--host H] [--quiet]');
      process.exit(0);
    } else {
      console.error(`serve-static: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(opts.root, 'index.html'))) {
    console.error(`serve-static: ${opts.root}/index.html does not exist (run scripts/build-site.sh first)`);
    process.exit(1);
  }
  const server = createServer(opts.root, { log: opts.quiet ? () => {} : (line) => console.log(line) });
  server.on('error', (e) => {
    console.error(`serve-static: ${e.message}`);
    process.exit(1);
  });
  server.listen(opts.port, opts.host, () => {
    const { port } = server.address();
    const shownHost = opts.host === '127.0.0.1' ? 'localhost' : opts.host;
    console.log(`Serving ${opts.root} on http://${shownHost}:${port}/`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
