// The development and test server (scripts/serve-static.mjs) never serves a file outside its root: not through
// ../ in the path, and not through a symbolic link inside the root that points out of it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

test('a symbolic link inside the root to a file outside it is not served', async () => {
  const { createServer } = await import(path.join(ROOT, 'scripts/serve-static.mjs'));
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ekw-serve-'));
  const root = path.join(base, 'site');
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ok</title>');
  fs.writeFileSync(path.join(root, 'inside.txt'), 'inside');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret outside the root');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'link.txt'));
  fs.symlinkSync(base, path.join(root, 'up'));
  fs.symlinkSync(path.join(root, 'inside.txt'), path.join(root, 'alias.txt'));
  const server = createServer(root);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  try {
    const get = async (p) => { const r = await fetch(url + p); return { status: r.status, text: await r.text() }; };
    assert.equal((await get('/inside.txt')).text, 'inside');
    assert.equal((await get('/alias.txt')).text, 'inside', 'a link that stays inside the root works');
    for (const p of ['/link.txt', '/up/secret.txt', '/../secret.txt', '/%2e%2e/secret.txt']) {
      const r = await get(p);
      assert.notEqual(r.status, 200, `${p} must not be served`);
      assert.ok(!r.text.includes('secret outside'), `${p} leaked the file`);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(base, { recursive: true, force: true });
  }
});
