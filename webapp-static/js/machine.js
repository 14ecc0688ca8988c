// Machine page (machine.html?id=7): live charts with the alert thresholds, history range picker, CSV export,
// indicators with their factors, open alerts of the machine, and the analytics of the range shown.
import { request } from './api.js';
import * as session from './session.js';
import { byId, h, setText, pulse } from './dom.js';
import { LineChart } from './chart.js';
import { loadHistory, downloadCsv } from './history.js';
import { renderAnalytics } from './analytics.js';
import { band, minutesList, ruler, stopsList } from './timeline-band.js';
import { factorSection, FACTOR_GROUPS } from './detail.js';
import { AlertsView } from './alerts.js';
import { LiveSocket } from './ws.js';
import { setupHeader, setupConnectionIndicator } from './chrome.js';
import * as sound from './audio.js';
import {
  fmtDateTime, fmtNum, fmtPercent, healthClass, healthScore, isNum, machineLabel, parseTime,
} from './format.js';

/** Charted metrics with the shipped alert rules' warning and critical thresholds. */
export const METRICS = [
  { metric: 'temperatureC', title: 'Temperature', unit: '°C', digits: 1, warning: 78, critical: 86 },
  { metric: 'powerKw', title: 'Power', unit: 'kW', digits: 2, warning: 9.3, critical: 9.8 },
  { metric: 'vibrationHz', title: 'Vibration', unit: 'Hz', digits: 2, warning: 3.8, critical: 4.5 },
  { metric: 'latencyMs', title: 'Network latency', unit: 'ms', digits: 1, warning: 35, critical: 45 },
  { metric: 'errorRatePct', title: 'Error rate', unit: '%', digits: 2, warning: 8, critical: 12 },
];
const RANGES = { '1h': 3600e3, '6h': 6 * 3600e3, '24h': 24 * 3600e3, '7d': 7 * 24 * 3600e3 };
const LIVE_CAP = 600;
const INDICATORS_REFRESH_MS = 30000;
const ANALYTICS_REFRESH_MS = 60000;

const params = new URLSearchParams(location.search);
const machineId = params.get('id');

const state = {
  machine: null,
  anchor: null, // time of the latest reading: ranges end there (replayed data lives in the past)
  range: RANGES[params.get('range')] ? params.get('range') : '6h',
  from: null,
  to: null,
  live: true,
  loadSeq: 0,
  lastIndicatorsRender: 0,
  window: null, // {from, to} epoch ms: the x axis of every chart and the range label, always the same
  note: '',
  loading: false,
  reloadTimer: 0,
  pending: [], // live readings that came while a range loaded: appended once it is drawn
};

const charts = METRICS.map((m) => new LineChart({
  metric: m.metric, title: m.title, unit: m.unit, digits: m.digits, maxPoints: LIVE_CAP,
  thresholds: [{ value: m.warning, kind: 'warning' }, { value: m.critical, kind: 'critical' }],
}));

function showError(text) {
  setText(byId('machine-error-text'), text);
  byId('machine-error').hidden = !text;
}

// ---- head and indicators ------------------------------------------------------------------

function renderHead(m) {
  const label = `#${m.id} · ${machineLabel(m)}`;
  setText(byId('machine-title'), label);
  document.title = `${label} · CNC Fleet Twin`;
  const status = byId('machine-status');
  setText(status, m.status ?? '');
  document.body.dataset.status = m.status ?? 'OFFLINE';
  const mode = m.latest?.operationMode ?? '';
  setText(byId('machine-mode'), mode);
  byId('machine-mode').dataset.mode = mode;
  setText(byId('machine-last'), state.anchor ? `last reading ${fmtDateTime(state.anchor)}` : 'no reading yet');
}

function renderIndicators(ind) {
  const kpi = (label, value, cls = '', sub = '') => h('div', { class: `kpi ${cls}` },
    h('div', { class: 'kpi-label', text: label }), h('div', { class: 'kpi-value', text: value }),
    sub ? h('div', { class: 'muted small', text: sub }) : null);
  const risk = kpi('Risk', ind?.riskLevel ?? '–', '', isNum(ind?.riskScore) ? `score ${fmtNum(ind.riskScore, 1)}` : '');
  if (ind?.riskLevel) risk.dataset.risk = ind.riskLevel;
  byId('machine-kpis').replaceChildren(
    risk,
    kpi('Failure probability', fmtPercent(ind?.failureProbability, 1)),
    kpi('Health index', healthScore(ind?.healthIndex) == null ? '–' : healthScore(ind.healthIndex).toFixed(0), healthClass(ind?.healthIndex)),
    kpi('Efficiency', ind?.efficiencyStatus ?? (ind ? 'not measured' : '–'), '', isNum(ind?.efficiencyScore) ? `score ${fmtNum(ind.efficiencyScore, 1)}` : ''));
  const hasFactors = FACTOR_GROUPS.some(([key]) => Array.isArray(ind?.[key]) && ind[key].length);
  if (hasFactors || !byId('indicators').childElementCount) {
    byId('indicators').replaceChildren(...FACTOR_GROUPS.map(([key, label, unit]) => factorSection(label, ind?.[key], unit)));
  }
  state.lastIndicatorsRender = Date.now();
}

async function loadIndicators() {
  try {
    const body = await request(`api/v1/machines/${encodeURIComponent(machineId)}/indicators`);
    renderIndicators(body?.indicators ?? body);
  } catch (error) {
    if (!byId('indicators').childElementCount) {
      byId('indicators').replaceChildren(h('p', { class: 'muted small', text: `Indicators unavailable: ${error.message}` }));
    }
  }
}

// ---- range, history, analytics --------------------------------------------------------------

const toLocalInput = (d) => {
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 16);
};

function currentWindow() {
  if (state.range === 'custom') return { from: state.from, to: state.to };
  const to = state.anchor ?? new Date();
  return { from: new Date(to.getTime() - RANGES[state.range]), to };
}

function markRangeButtons() {
  for (const b of byId('range-buttons').querySelectorAll('[data-range]')) {
    b.setAttribute('aria-pressed', String(b.dataset.range === state.range));
  }
  byId('range-custom').hidden = state.range !== 'custom';
}

/**
 * A fast replay thins the live feed (the newest reading per machine and push interval): when a live reading comes
 * after a gap the history does not have, the range is read again from the store, at most every 3 s, so the line
 * shows every stored reading, not a gap that is not there.
 */
function reloadSoon() {
  if (!state.reloadTimer) {
    state.reloadTimer = setTimeout(() => {
      state.reloadTimer = 0;
      if (state.live) loadRange({ history: true });
    }, 3000);
  }
}

async function loadRange({ history = false } = {}) {
  const seq = ++state.loadSeq;
  const { from, to } = currentWindow();
  state.loading = true;
  state.pending = [];
  state.live = state.range !== 'custom';
  byId('range-live').hidden = !state.live;
  if (!history) {
    byId('charts').setAttribute('aria-busy', 'true');
    setText(byId('range-info'), `Loading ${fmtDateTime(from)} – ${fmtDateTime(to)}…`);
  }
  const maxPoints = Math.max(100, Math.min(2000, Math.round(charts[0].plotWidth())));
  try {
    const result = await loadHistory(machineId, from, to, METRICS.map((m) => m.metric), maxPoints);
    if (seq !== state.loadSeq) return;
    const note = result.source === 'aggregate' ? 'server buckets (avg, band min–max)'
      : `${result.readings.toLocaleString()} readings${result.truncated ? ' (first 5 pages)' : result.sampled ? ' (sampled: 5 pages spread over the range)' : ''}`;
    const window = { from: from.getTime(), to: to.getTime() };
    for (const chart of charts) chart.setData(result.series[chart.metric] ?? [], { window, sliding: state.live });
    const points = Math.max(...charts.map((c) => c.points.length));
    state.note = `${note}${points ? '' : ' · no data'}`;
    showWindow(window);
    state.loading = false;
    for (const reading of state.pending.splice(0)) appendLive(reading);
    byId('charts').dataset.source = result.source;
    showError('');
  } catch (error) {
    if (seq !== state.loadSeq) return;
    setText(byId('range-info'), '');
    showError(`Could not load history: ${error.message}`);
  } finally {
    if (seq === state.loadSeq) {
      byId('charts').setAttribute('aria-busy', 'false');
      state.loading = false;
    }
  }
  if (history) return;
  loadAnalytics(from, to);
  loadTimeline(from, to);
}

let timelineSeq = 0;
/** The machine's states over the range shown, from the API (grouped in the database). */
async function loadTimeline(from, to) {
  const seq = ++timelineSeq;
  try {
    const body = await request(`api/v1/machines/${encodeURIComponent(machineId)}/timeline?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`);
    if (seq !== timelineSeq) return;
    setText(byId('timeline-range'), `${fmtDateTime(from)} – ${fmtDateTime(to)}`);
    byId('machine-timeline').dataset.from = parseTime(body.from).toISOString();
    byId('machine-timeline').dataset.to = parseTime(body.to).toISOString();
    byId('machine-timeline').replaceChildren(band(body.intervals, body.from, body.to, `Machine ${machineId} states`),
      ruler(body.from, body.to), minutesList(body.minutes), h('h3', { class: 'small', text: 'Longest stops' }), stopsList(body.longestStops));
  } catch (error) {
    if (seq !== timelineSeq) return;
    byId('machine-timeline').replaceChildren(h('p', { class: 'muted small', text: `Timeline unavailable: ${error.message}` }));
  }
}

/** The range label names exactly the charts' x axis: both change together. */
function showWindow(window) {
  state.window = window;
  const info = byId('range-info');
  setText(info, `${fmtDateTime(new Date(window.from))} – ${fmtDateTime(new Date(window.to))} · ${state.note}`);
  info.dataset.from = String(window.from);
  info.dataset.to = String(window.to);
}

let analyticsSeq = 0;
async function loadAnalytics(from, to) {
  const seq = ++analyticsSeq;
  setText(byId('analytics-range'), `${fmtDateTime(from)} – ${fmtDateTime(to)}`);
  try {
    const body = await request(`api/v1/machines/${encodeURIComponent(machineId)}/analytics?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`);
    if (seq !== analyticsSeq) return;
    byId('analytics').replaceChildren(...renderAnalytics(body));
  } catch (error) {
    if (seq !== analyticsSeq) return;
    byId('analytics').replaceChildren(h('p', { class: 'muted small', text: `Analytics unavailable: ${error.message}` }));
  }
}

function setupRange() {
  byId('range-buttons').addEventListener('click', (event) => {
    const button = event.target.closest('[data-range]');
    if (!button) return;
    const range = button.dataset.range;
    if (range === 'custom') {
      const { from, to } = currentWindow();
      byId('range-from').value = toLocalInput(from);
      byId('range-to').value = toLocalInput(to);
      state.range = 'custom';
      markRangeButtons();
      byId('range-from').focus();
      return;
    }
    state.range = range;
    const url = new URL(location.href);
    url.searchParams.set('range', range);
    history.replaceState(null, '', url);
    markRangeButtons();
    loadRange();
  });
  byId('range-custom').addEventListener('submit', (event) => {
    event.preventDefault();
    const from = new Date(byId('range-from').value);
    const to = new Date(byId('range-to').value);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
      showError('Custom range: "From" must be before "To".');
      return;
    }
    state.from = from;
    state.to = to;
    loadRange();
  });
  byId('export-csv').addEventListener('click', async () => {
    const button = byId('export-csv');
    const { from, to } = currentWindow();
    button.disabled = true;
    setText(button, 'Exporting…');
    try {
      const token = await session.ensureToken();
      if (!token) {
        session.expire();
        return;
      }
      await downloadCsv(machineId, from, to, token);
      showError('');
    } catch (error) {
      if (error.status === 401) session.expire();
      else showError(`CSV export: ${error.message}`);
    } finally {
      button.disabled = false;
      setText(button, 'Export CSV');
    }
  });
  markRangeButtons();
}

// ---- live ------------------------------------------------------------------------------------

function applyReading(reading, machineStatus) {
  if (!reading || String(reading.machineId) !== String(machineId)) return;
  const ts = parseTime(reading.timestamp);
  if (ts && (!state.anchor || ts >= state.anchor)) state.anchor = ts;
  if (state.machine) {
    state.machine.latest = reading;
    if (machineStatus) state.machine.status = machineStatus;
    renderHead(state.machine);
  }
  if (state.live && ts) appendLive(reading);
  if (reading.indicators && Date.now() - state.lastIndicatorsRender > 1000) renderIndicators(reading.indicators);
}

/** A live reading into every chart, in time order; the window moves with it when it is newer than the range. */
function appendLive(reading) {
  if (state.loading || !state.window) {
    state.pending.push(reading);
    return;
  }
  const t = parseTime(reading.timestamp).getTime();
  if (charts[0].breaksAt(t)) reloadSoon();
  if (t > state.window.to) {
    // the range follows the newest reading, keeping its length: the axis and its label move together
    const window = { from: t - (state.window.to - state.window.from), to: t };
    for (const chart of charts) chart.setWindow(window);
    showWindow(window);
  }
  for (const chart of charts) chart.append({ t, v: reading[chart.metric] });
}

async function main() {
  if (!(await session.ensureToken())) {
    session.expire();
    return;
  }
  setupHeader();
  byId('charts').append(...charts.map((c) => c.el));
  if (!/^\d+$/.test(machineId ?? '')) {
    showError('No machine selected: open this page from the fleet view (machine.html?id=7).');
    return;
  }
  setupRange();

  const alerts = new AlertsView({
    list: byId('machine-alerts'),
    panel: byId('machine-alerts').parentElement,
    empty: byId('machine-alerts-empty'),
    total: byId('machine-alerts-total'),
    nameOf: () => (state.machine ? `#${state.machine.id} ${machineLabel(state.machine)}` : `Machine ${machineId}`),
    canAct: session.hasRole('OPERATOR'),
    filter: (a) => String(a.machineId) === String(machineId),
  });

  async function loadMachine() {
    try {
      const [machine, open] = await Promise.all([
        request(`api/v1/machines/${encodeURIComponent(machineId)}`),
        request(`api/v1/alerts?state=OPEN&machineId=${encodeURIComponent(machineId)}&limit=1000`)
          .then((page) => page?.items ?? []).catch(() => null),
      ]);
      state.machine = machine;
      const last = parseTime(machine?.latest?.timestamp) ?? parseTime(machine?.lastReadingAt);
      if (last && (!state.anchor || last > state.anchor)) state.anchor = last;
      renderHead(machine);
      if (machine?.latest?.indicators) renderIndicators(machine.latest.indicators);
      if (open) alerts.setAll(open);
      return true;
    } catch (error) {
      showError(error.status === 404 ? `Machine ${machineId} does not exist.` : `Could not load machine ${machineId}: ${error.message}`);
      return false;
    }
  }

  if (!(await loadMachine())) return;
  if (state.range === 'custom') state.range = '6h';
  await loadRange();
  loadIndicators();
  setInterval(loadIndicators, INDICATORS_REFRESH_MS);
  setInterval(() => {
    if (state.live && !document.hidden) {
      loadAnalytics(...Object.values(currentWindow()));
      if (state.window) loadTimeline(new Date(state.window.from), new Date(state.window.to));
    }
  }, ANALYTICS_REFRESH_MS);

  const indicator = setupConnectionIndicator();
  const socket = new LiveSocket({
    getToken: () => session.token(),
    onAuthFailure: () => session.expire(),
    onState: (name, info) => {
      indicator(name, info);
      if (name === 'live' && info.reconnected) loadMachine().then(() => state.live && loadRange());
    },
    onMessage: (msg) => {
      if (msg.type === 'welcome') socket.send({ type: 'subscribe', machines: [Number(machineId)], batch: true });
      else if (msg.type === 'reading') applyReading(msg.reading, msg.machineStatus);
      else if (msg.type === 'alert') {
        if (alerts.applyEvent(msg.event, msg.alert)) {
          sound.beep();
          pulse(byId('machine-alerts').parentElement, 'flash-critical');
        }
      }
    },
  });
  socket.start();
}

main();
