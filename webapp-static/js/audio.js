// Short alert beep with WebAudio. Browsers only allow audio after a user gesture, so the context is created
// (or resumed) on the first click or key press; before that, beep() stays silent.
let ctx = null;
let muted = false;
const MUTE_KEY = 'cnc.soundMuted';

try {
  muted = localStorage.getItem(MUTE_KEY) === 'true';
} catch { /* storage disabled */ }

function unlock() {
  const Ctx = window.AudioContext || window.webkitAudioContext;
  if (!Ctx) return;
  try {
    if (!ctx) ctx = new Ctx();
    if (ctx.state === 'suspended') ctx.resume().catch(() => {});
  } catch {
    ctx = null;
  }
}

for (const type of ['pointerdown', 'keydown']) {
  window.addEventListener(type, unlock, { capture: true, passive: true });
}

export function isUnlocked() {
  return Boolean(ctx && ctx.state === 'running');
}

export function isMuted() {
  return muted;
}

export function setMuted(value) {
  muted = Boolean(value);
  try {
    localStorage.setItem(MUTE_KEY, String(muted));
  } catch { /* optional */ }
}

/** Two short tones (about 0.35 s); no-op while muted or before a user gesture. */
export function beep() {
  if (muted || !isUnlocked()) return false;
  const now = ctx.currentTime;
  for (const [offset, freq] of [[0, 880], [0.18, 660]]) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'square';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, now + offset);
    gain.gain.exponentialRampToValueAtTime(0.12, now + offset + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.15);
    osc.connect(gain).connect(ctx.destination);
    osc.start(now + offset);
    osc.stop(now + offset + 0.16);
  }
  return true;
}
