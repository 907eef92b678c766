// Checks on the site's source that need no browser: no HTML from strings, no inline scripts or styles (the CSP
// forbids them), no third-party URLs in what the page loads, and the engine within its size budget.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, SITE } from './helpers.mjs';

function files(dir, ext) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(p, ext));
    else if (p.endsWith(ext)) out.push(p);
  }
  return out;
}

test('site JavaScript never builds HTML from strings', () => {
  for (const file of files(path.join(ROOT, 'site/js'), '.js')) {
    const src = fs.readFileSync(file, 'utf8');
    for (const bad of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function']) {
      assert.ok(!src.includes(bad), `${path.relative(ROOT, file)} uses ${bad}`);
    }
    assert.ok(!/setAttribute\(\s*['"]style['"]/.test(src), `${path.relative(ROOT, file)} sets a style attribute`);
  }
});

test('HTML pages have no inline scripts, inline styles or third-party resources', () => {
  for (const file of files(path.join(ROOT, 'site'), '.html')) {
    const html = fs.readFileSync(file, 'utf8');
    const name = path.relative(ROOT, file);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      assert.match(m[1], /\bsrc=/, `${name}: inline script`);
      assert.equal(m[2].trim(), '', `${name}: script with content`);
    }
    assert.ok(!/<style\b/i.test(html), `${name}: <style> element`);
    assert.ok(!/\sstyle=/i.test(html), `${name}: style attribute`);
    assert.ok(!/\son[a-z]+=/i.test(html), `${name}: inline event handler`);
    for (const m of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) {
      assert.ok(!/^(https?:)?\/\//.test(m[1]), `${name}: third-party resource ${m[1]}`);
    }
  }
});

test('the built engine (wasm + glue) is within its gzip budget', (t) => {
  const wasm = path.join(SITE, 'engine/ekw_engine.wasm');
  if (!fs.existsSync(wasm)) {
    t.skip('build/site is not built');
    return;
  }
  const gz = (f) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
  const total = gz(wasm) + gz(path.join(SITE, 'engine/ekw_engine.js'));
  t.diagnostic(`engine gzip: ${total} bytes (${(total / 1024).toFixed(1)} KB)`);
  // One number: the aim the README states; the measured figure goes in the README too.
  const aim = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').match(/engine size aim: (\d+) KB/);
  assert.ok(aim, 'README.md states no "engine size aim: N KB"');
  assert.ok(total <= Number(aim[1]) * 1024, `engine gzip ${total} bytes, above the README's aim of ${aim[1]} KB`);
  const css = fs.readFileSync(path.join(SITE, 'css/nlds.css'), 'utf8');
  assert.ok(!/url\((['"]?)(https?:)?\/\//.test(css), 'no third-party URLs in the NL Design System CSS');
});

// Issue 12 item 4: the first screen's modules must not load one import level at a time.
test('index.html preloads every module the page imports, and the engine wasm', () => {
  const html = fs.readFileSync(path.join(ROOT, 'site/index.html'), 'utf8');
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]));
  assert.match(html, /<link rel="preload" href="engine\/ekw_engine\.wasm" as="fetch"[^>]*crossorigin="anonymous"/);
  const seen = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    if (rel.startsWith('engine/')) return; // the built glue
    // Site sources, or what the build adds beside them (npm modules copied into js/vendor/).
    const source = path.join(ROOT, 'site', rel);
    const src = fs.readFileSync(fs.existsSync(source) ? source : path.join(SITE, rel), 'utf8');
    for (const m of src.matchAll(/^\s*import\s[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1])));
    }
  };
  visit('js/app.js');
  for (const rel of seen) assert.ok(preloaded.has(rel), `index.html does not preload ${rel}`);
});

test('the static server sends precompressed brotli and gzip with the right headers', async (t) => {
  const { createServer } = await import(path.join(ROOT, 'scripts/serve-static.mjs'));
  const root = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || '/tmp'), 'ekw-pre-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  const text = 'Eigen Krachtwijzer '.repeat(400);
  fs.writeFileSync(path.join(root, 'index.html'), '<!DOCTYPE html><title>x</title>');
  fs.writeFileSync(path.join(root, 'app.js'), text);
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/precompress.mjs'), root]);
  assert.ok(fs.existsSync(path.join(root, 'app.js.br')) && fs.existsSync(path.join(root, 'app.js.gz')));
  const server = createServer(root);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  const url = `http://127.0.0.1:${server.address().port}/app.js`;
  const http = await import('node:http');
  const get = (encoding) => new Promise((resolve, reject) => {
    http.get(url, { headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
  const br = await get('gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(Number(br.headers['content-length']), br.body.length);
  assert.equal(zlib.brotliDecompressSync(br.body).toString(), text);
  const gz = await get('gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(zlib.gunzipSync(gz.body).toString(), text);
  const refused = await get('br;q=0, identity');
  assert.equal(refused.headers['content-encoding'], undefined);
  assert.equal(refused.body.toString(), text);
});
