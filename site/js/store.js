// Where the resident's answers live: in this browser only.
//
// While the tab is open the state is kept in sessionStorage, so a reload loses nothing and closing the browser
// forgets it. "Opslaan en later verder" also keeps it in localStorage, until "Wis mijn gegevens". Nothing is sent
// anywhere. The session itself is the engine's (opaque JSON); on return the engine restores it (method "restore").

const KEY = 'ekw.state.v1';
const LANG_KEY = 'ekw.language';
// Saved answers the site could not read (damaged, from another version, refused by the engine) are moved here and
// kept, with when and why, until the resident downloads or clears them: never dropped silently.
const UNREADABLE_KEY = 'ekw.unreadable.v1';

function storage(kind) {
  try {
    const s = kind === 'local' ? window.localStorage : window.sessionStorage;
    const probe = '__ekw_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null; // storage disabled (private mode, policy): the site still works, without resume
  }
}

// {value} for a readable saved state, {text, reason} for one that is there but cannot be read, null for none.
function read(s) {
  if (!s) return null;
  let text;
  try {
    text = s.getItem(KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const value = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { value };
    return { text, reason: 'not an object' };
  } catch (e) {
    return { text, reason: `not JSON: ${e.message}` };
  }
}

export function loadSaved() {
  // The tab's own copy first (a reload), else what was saved for later. An unreadable copy is kept aside.
  for (const source of ['session', 'local']) {
    const s = storage(source);
    const found = read(s);
    if (!found) continue;
    if (found.value) return { state: found.value, source };
    keepUnreadable(found.text, found.reason);
    try { s.removeItem(KEY); } catch { /* the copy aside is what matters */ }
  }
  return null;
}

// Keeps saved answers that could not be used, so that a fresh start beside them loses nothing.
export function keepUnreadable(text, reason) {
  const entry = JSON.stringify({ keptAt: new Date().toISOString(), reason: String(reason || ''), text: String(text) });
  for (const kind of ['local', 'session']) {
    try {
      const s = storage(kind);
      if (s) { s.setItem(UNREADABLE_KEY, entry); return true; }
    } catch { /* quota: try the other */ }
  }
  return false;
}

export function loadUnreadable() {
  for (const kind of ['local', 'session']) {
    try {
      const text = storage(kind)?.getItem(UNREADABLE_KEY);
      if (!text) continue;
      try {
        return JSON.parse(text);
      } catch {
        return { keptAt: '', reason: 'damaged', text };
      }
    } catch { /* storage off */ }
  }
  return null;
}

export function clearUnreadable() {
  for (const kind of ['local', 'session']) {
    try { storage(kind)?.removeItem(UNREADABLE_KEY); } catch { /* ignore */ }
  }
}

export function save(state) {
  const text = JSON.stringify(state);
  const session = storage('session');
  try {
    session?.setItem(KEY, text);
  } catch { /* quota: keep going */ }
  if (state.persist) {
    try {
      storage('local')?.setItem(KEY, text);
    } catch { /* quota */ }
  }
}

export function clearAll() {
  for (const kind of ['session', 'local']) {
    const s = storage(kind);
    try {
      s?.removeItem(KEY);
      s?.removeItem(LANG_KEY);
      s?.removeItem(UNREADABLE_KEY);
    } catch { /* ignore */ }
  }
}

// The chosen language is kept separately, so it survives "Opnieuw beginnen" and applies before anything loads.
export function loadLanguage() {
  try {
    return storage('session')?.getItem(LANG_KEY) || storage('local')?.getItem(LANG_KEY) || null;
  } catch {
    return null;
  }
}

export function saveLanguage(language, persist) {
  try {
    storage('session')?.setItem(LANG_KEY, language);
    if (persist) storage('local')?.setItem(LANG_KEY, language);
  } catch { /* ignore */ }
}
