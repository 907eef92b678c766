// The engine in the browser: the WebAssembly build of core (wasm/bindings.cpp) behind two calls.
//
//   const engine = await Engine.load('content.json');
//   const view = engine.call('start', { levensgebieden: ['geld'] });
//
// Every decision is the engine's: this file only moves JSON text in and out of WebAssembly memory.
// A response with "error" means the request was wrong; `call` throws an EngineError for it.

import createEkwEngine from '../engine/ekw_engine.js';

export class EngineError extends Error {
  constructor(code, message, details) {
    super(message || code);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }
}

export class Engine {
  constructor(module, info) {
    this.module = module;
    this.info = info; // {content:{id,version,languages}, warnings}
  }

  // Loads the engine and the content bundle (once). Options:
  //   fetch: a fetch function (tests); wasmBinary: the engine's bytes (Node); moduleFactory: another build.
  static async load(bundleUrl, options = {}) {
    const fetchFn = options.fetch || globalThis.fetch.bind(globalThis);
    const factory = options.moduleFactory || createEkwEngine;
    const moduleArgs = {};
    if (options.wasmBinary) moduleArgs.wasmBinary = options.wasmBinary;
    if (options.locateFile) moduleArgs.locateFile = options.locateFile;
    // The engine and the bundle load in parallel.
    const bundlePromise = typeof options.bundleText === 'string'
      ? Promise.resolve(options.bundleText)
      : fetchFn(bundleUrl, { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) throw new EngineError('bundle-not-found', `${bundleUrl}: HTTP ${response.status}`);
        return response.text();
      });
    const [module, bundleText] = await Promise.all([factory(moduleArgs), bundlePromise]);
    const result = withString(module, bundleText, (p) => takeJson(module, module._ekw_load_bundle(p)));
    if (!result.ok) {
      const e = result.error || {};
      throw new EngineError(e.code || 'invalid-bundle', e.message, e.diagnostics);
    }
    return new Engine(module, result);
  }

  // Calls one method of the engine API (core/api/engine_api.h) and returns its response object.
  call(method, request = {}) {
    const response = this.callRaw(method, request);
    if (response && response.error) {
      throw new EngineError(response.error.code, response.error.message, response.error);
    }
    return response;
  }

  // As `call`, but returns a response with "error" instead of throwing.
  callRaw(method, request = {}) {
    const m = this.module;
    const requestText = JSON.stringify(request);
    return withString(m, method, (mp) =>
      withString(m, requestText, (rp) => takeJson(m, m._ekw_call(mp, rp))));
  }
}

function withString(m, text, fn) {
  const size = m.lengthBytesUTF8(text) + 1;
  const p = m._malloc(size);
  if (!p) throw new EngineError('out-of-memory', 'the engine is out of memory');
  try {
    m.stringToUTF8(text, p, size);
    return fn(p);
  } finally {
    m._free(p);
  }
}

function takeJson(m, p) {
  if (!p) throw new EngineError('out-of-memory', 'the engine is out of memory');
  try {
    return JSON.parse(m.UTF8ToString(p));
  } finally {
    m._ekw_free(p);
  }
}
