// Twin control (ADMIN only): play/pause, speed, seek, source, scenario injection, replay progress from the
// WebSocket 'twin' message. Errors show the API's problem detail.
import { request, problemText } from './api.js';
import * as session from './session.js';
import { byId, h, setText } from './dom.js';
import { LiveSocket } from './ws.js';
import { setupHeader, setupConnectionIndicator } from './chrome.js';
import { fmtDuration, isNum, machineLabel, parseTime } from './format.js';

const utcText = (value) => {
  const d = value instanceof Date ? value : parseTime(value);
  return d ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '–';
};

function message(text, kind = 'error') {
  const box = byId('control-message');
  setText(box, text);
  box.dataset.kind = kind;
  box.hidden = !text;
}

// Inputs the user has edited are not overwritten by the live status until applied.
let seekTouched = false;
let speedTouched = false;
let sourceTouched = false;
let lastTwin = null;

function syncPlayButtons() {
  const paused = lastTwin?.state === 'PAUSED';
  byId('twin-pause').disabled = !lastTwin || paused;
  byId('twin-resume').disabled = !lastTwin || !paused;
}

/** The pace as people read it: STEP, a factor of real time or rows per tick. */
function paceText(t) {
  if (!t || !t.pace) return '–';
  if (t.pace === 'STEP') return 'next data instant per tick';
  if (t.pace === 'FACTOR') return `x${Number(t.speedFactor).toLocaleString()} real time`;
  return `${Number(t.rowsPerTick).toLocaleString()} rows per tick`;
}

/** The number field names what it sets; the step pace needs none. */
function syncSpeedInput() {
  const kind = byId('twin-pace-kind').value;
  const speed = byId('twin-speed');
  byId('twin-speed-label').hidden = kind === 'STEP';
  setText(byId('twin-speed-name'), kind === 'FACTOR' ? 'Factor' : 'Rows per tick');
  speed.max = kind === 'FACTOR' ? '10000' : '100000';
  speed.step = kind === 'FACTOR' ? 'any' : '1';
}

function showTwin(t) {
  if (!t || typeof t !== 'object') return;
  lastTwin = t;
  const paused = t.state === 'PAUSED';
  const stateEl = byId('twin-state');
  setText(stateEl, t.state ?? '–');
  stateEl.dataset.state = t.state ?? '';
  setText(byId('twin-source-now'), t.source ?? '–');
  const pct = isNum(t.total) && t.total > 0 ? Math.min(100, (t.position / t.total) * 100) : 0;
  byId('twin-progress-fill').style.width = `${pct.toFixed(1)}%`;
  setText(byId('twin-position'), isNum(t.total) && t.total > 0
    ? `${t.position.toLocaleString()} / ${t.total.toLocaleString()} rows (${pct.toFixed(1)} %)`
    : `${(t.position ?? 0).toLocaleString()} rows`);
  setText(byId('twin-rate'), isNum(t.rowsPerSecond) ? t.rowsPerSecond.toFixed(1) : '–');
  setText(byId('twin-eta'), paused ? 'paused' : isNum(t.etaSeconds) ? fmtDuration(t.etaSeconds) : '–');
  setText(byId('twin-pace'), paceText(t));
  setText(byId('twin-wall-per-hour'), isNum(t.wallSecondsPerDataHour)
    ? `${fmtDuration(Math.round(t.wallSecondsPerDataHour))} (x${Math.round(t.dataTimeFactor).toLocaleString()})` : '–');
  setText(byId('twin-data-time'), utcText(t.dataTime));
  setText(byId('twin-accepted'), isNum(t.readingsAccepted) ? t.readingsAccepted.toLocaleString() : '–');
  setText(byId('twin-duplicates'), isNum(t.duplicates) ? t.duplicates.toLocaleString() : '–');
  setText(byId('twin-skipped'), isNum(t.rowsSkipped) ? t.rowsSkipped.toLocaleString() : '–');
  const skips = Array.isArray(t.recentSkips) ? t.recentSkips : [];
  byId('twin-skips-box').hidden = skips.length === 0;
  byId('twin-skips').replaceChildren(...skips.map((s) => h('li', { text: s })));
  syncPlayButtons();
  const speed = byId('twin-speed');
  if (!speedTouched && document.activeElement !== speed && t.pace) {
    byId('twin-pace-kind').value = t.pace;
    speed.value = t.pace === 'FACTOR' ? String(t.speedFactor) : t.pace === 'ROWS' ? String(t.rowsPerTick) : '';
    syncSpeedInput();
  }
  const source = byId('twin-source');
  if (t.source && !sourceTouched && document.activeElement !== source) {
    if (![...source.options].some((o) => o.value === t.source)) source.append(h('option', { value: t.source, text: t.source }));
    source.value = t.source;
  }
  const seek = byId('twin-seek');
  const dataTime = parseTime(t.dataTime);
  if (!seekTouched && dataTime) seek.value = dataTime.toISOString().slice(0, 16);
  const simulation = t.source === 'simulation';
  byId('scenario-submit').title = simulation ? '' : 'Scenarios play on the live simulation: switch the source first';
}

/** Runs one control call: disables the form's buttons, shows the problem detail on failure. */
async function act(button, call, success) {
  button.disabled = true;
  message('');
  try {
    const result = await call();
    if (result && typeof result.position === 'number') showTwin(result);
    message(typeof success === 'function' ? success(result) : success, 'info');
    return result;
  } catch (error) {
    if (error.status !== 401) message(problemText(error));
    return null;
  } finally {
    button.disabled = false;
    syncPlayButtons();
  }
}

async function loadScenarios() {
  try {
    const items = await request('api/v1/twin/scenarios');
    const rows = Array.isArray(items) ? items : [];
    setText(byId('scenarios-total'), rows.length);
    byId('scenarios').replaceChildren(...rows.slice().reverse().map((s) => h('tr', null,
      h('td', { text: `#${s.machineId}` }), h('td', { text: s.kind }), h('td', { text: utcText(s.start) }), h('td', { text: utcText(s.end) }))));
  } catch { /* list is informative only */ }
}

async function main() {
  if (!(await session.ensureToken())) {
    session.expire();
    return;
  }
  setupHeader();
  if (!session.hasRole('ADMIN')) {
    byId('control-denied').hidden = false;
    setupConnectionIndicator()('connecting');
    setText(byId('conn-text'), 'Not connected');
    return;
  }
  byId('control').hidden = false;

  byId('twin-pause').addEventListener('click', (e) => act(e.currentTarget, () => request('api/v1/twin/pause', { method: 'POST' }), 'Replay paused.'));
  byId('twin-resume').addEventListener('click', (e) => act(e.currentTarget, () => request('api/v1/twin/resume', { method: 'POST' }), 'Replay resumed.'));
  byId('speed-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const kind = byId('twin-pace-kind').value;
    const value = Number(byId('twin-speed').value);
    const body = kind === 'STEP' ? { pace: 'step' } : kind === 'FACTOR' ? { factor: value } : { rowsPerTick: value };
    act(byId('twin-speed-apply'), () => request('api/v1/twin/speed', { method: 'PUT', body }),
      (r) => `Pace set: ${paceText(r)}.`).then((r) => { if (r) speedTouched = false; });
  });
  byId('twin-seek').addEventListener('input', () => { seekTouched = true; });
  byId('twin-speed').addEventListener('input', () => { speedTouched = true; });
  byId('twin-pace-kind').addEventListener('change', () => { speedTouched = true; syncSpeedInput(); });
  byId('twin-source').addEventListener('change', () => { sourceTouched = true; });
  byId('seek-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const value = byId('twin-seek').value;
    const to = value ? `${value.length === 16 ? `${value}:00` : value}Z` : '';
    act(byId('twin-seek-apply'), () => request('api/v1/twin/seek', { method: 'POST', body: { to } }), `Replay moved to ${to}.`)
      .then((r) => { if (r) seekTouched = false; });
  });
  byId('source-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const source = byId('twin-source').value;
    act(byId('twin-source-apply'), () => request('api/v1/twin/source', { method: 'PUT', body: { source } }), `Source switched to ${source}.`)
      .then((r) => { if (r) sourceTouched = false; });
  });
  byId('scenario-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const machineId = Number(byId('scenario-machine').value);
    const kind = byId('scenario-kind').value;
    const minutes = Number(byId('scenario-duration').value);
    const duration = Number.isFinite(minutes) && minutes > 0 ? `PT${Math.round(minutes)}M` : '';
    act(byId('scenario-submit'), () => request('api/v1/twin/scenarios', { method: 'POST', body: { machineId, kind, duration } }),
      (episodes) => `Injected ${kind} on machine ${machineId} for ${minutes} min${Array.isArray(episodes) && episodes[0] ? ` (from ${utcText(episodes[0].start)})` : ''}.`)
      .then((r) => { if (r) loadScenarios(); });
  });

  try {
    const machines = await request('api/v1/machines');
    byId('scenario-machine').replaceChildren(...(machines ?? []).map((m) => h('option', { value: String(m.id), text: `#${m.id} ${machineLabel(m)}` })));
  } catch (error) {
    message(`Could not load machines: ${problemText(error)}`);
  }
  try {
    showTwin(await request('api/v1/twin'));
  } catch (error) {
    if (error.status !== 401) message(`Could not load the replay status: ${problemText(error)}`);
  }
  loadScenarios();

  const indicator = setupConnectionIndicator();
  new LiveSocket({
    getToken: () => session.token(),
    onAuthFailure: () => session.expire(),
    onState: indicator,
    onMessage: (msg) => {
      if (msg.type === 'twin') showTwin(msg.twin);
    },
  }).start();
}

main();
