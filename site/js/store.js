// Where the resident's answers live: in this browser only.
//
// While the tab is open the state is kept in sessionStorage, so a reload loses nothing and closing the browser
// forgets it. "Opslaan en later verder" also keeps it in localStorage, until "Wis mijn gegevens". Nothing is sent
// anywhere. The session itself is the engine's (opaque JSON); on return the engine restores it (method "restore").

const KEY = 'ekw.state.v1';
const LANG_KEY = 'ekw.language';

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

function read(s) {
  if (!s) return null;
  try {
    const text = s.getItem(KEY);
    if (!text) return null;
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

export function loadSaved() {
  // The tab's own copy first (a reload), else what was saved for later.
  const fromSession = read(storage('session'));
  if (fromSession) return { state: fromSession, source: 'session' };
  const fromLocal = read(storage('local'));
  if (fromLocal) return { state: fromLocal, source: 'local' };
  return null;
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
