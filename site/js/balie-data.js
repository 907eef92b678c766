// The balie case as the site keeps it (in this browser only), and what of it the engine reads. A small module of its
// own: app.js needs it on every page, the balie pages (pages/balie*.js) load only in balie mode.

export function newBalie() {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return {
    active: true,
    id: `ekw-${Date.now().toString(36)}-${random[0].toString(36)}${random[1].toString(36)}`,
    exploration: null,
    notes: {},
    signals: {},
    decisions: {},
    goals: [],
    actions: [],
    reviewDate: '',
    routing: {},
    wmo: {},
    consent: null,
    finished: false,
  };
}

// What the engine reads as "balie" (core/balie/plan_check.h), without empty parts, so that a dossier exported and
// imported again gives exactly the same.
export function baliePlan(b) {
  if (!b) return {};
  const out = {};
  if (b.exploration) out.exploration = b.exploration;
  const notes = Object.fromEntries(Object.entries(b.notes || {}).filter(([, v]) => v && v.trim()));
  const signals = Object.fromEntries(Object.entries(b.signals || {}).filter(([, v]) => v && v.length));
  if (Object.keys(notes).length || Object.keys(signals).length) {
    out.notes = notes;
    out.signals = signals;
  }
  out.decisions = b.decisions || {};
  out.goals = b.goals || [];
  out.actions = b.actions || [];
  if (b.reviewDate) out.reviewDate = b.reviewDate;
  if (b.routing && b.routing.decision) out.routing = b.routing;
  const wmo = Object.fromEntries(Object.entries(b.wmo || {}).filter(([, v]) => v));
  if (Object.keys(wmo).length) out.wmo = wmo;
  return out;
}
