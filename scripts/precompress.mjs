#!/usr/bin/env node
// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) next to every compressible file of a built site, so the
// static server sends them as they are (Content-Encoding br or gzip) instead of compressing on every request.
// Node's own zlib: no dependency. Prints the sizes of the engine (wasm + glue) for the size report.
//
// Usage: node scripts/precompress.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const PRECOMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.webmanifest']);

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else if (entry.isFile() && PRECOMPRESSIBLE.has(path.extname(p).toLowerCase())) yield p;
  }
}

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.error('Usage: precompress.mjs DIR');
  process.exit(2);
}
for (const file of files(dir)) {
  const body = fs.readFileSync(file);
  if (body.length <= 1024) continue;  // not worth a round trip through a decoder
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [zlib.constants.BROTLI_PARAM_MODE]: path.extname(file) === '.wasm' ? zlib.constants.BROTLI_MODE_GENERIC
        : zlib.constants.BROTLI_MODE_TEXT,
    },
  }));
}
