// Fleet state timeline (timeline.html): one band per machine over the chosen range of data time, minutes per state
// and the longest stop, from GET /api/v1/fleet/timeline (computed in the database).
import { request } from './api.js';
import * as session from './session.js';
import { byId, h, setText } from './dom.js';
import { setupHeader } from './chrome.js';
import { fmtDateTime, parseTime } from './format.js';
import { band, fmtMinutes, minutesList, ruler } from './timeline-band.js';

const RANGES = { '8h': 8 * 3600e3, '24h': 24 * 3600e3, '7d': 7 * 24 * 3600e3 };
const state = { range: '8h', latest: null, from: null, to: null };

const toLocalInput = (d) => new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

async function load() {
  const query = state.range === 'custom'
    ? `?from=${encodeURIComponent(state.from.toISOString())}&to=${encodeURIComponent(state.to.toISOString())}`
    : state.latest ? `?from=${encodeURIComponent(new Date(state.latest - RANGES[state.range]).toISOString())}&to=${encodeURIComponent(new Date(state.latest).toISOString())}` : '';
  byId('tl-machines').setAttribute('aria-busy', 'true');
  try {
    const body = await request(`api/v1/fleet/timeline${query}`);
    if (!state.latest) {
      // the first answer names the newest data time (the default range ends there): later ranges end there too
      state.latest = parseTime(body.to).getTime();
    }
    render(body);
    byId('timeline-error').hidden = true;
  } catch (error) {
    setText(byId('timeline-error'), `Could not load the timeline: ${error.message}`);
    byId('timeline-error').hidden = false;
  } finally {
    byId('tl-machines').setAttribute('aria-busy', 'false');
  }
}

function render(body) {
  const info = byId('tl-range');
  setText(info, `${fmtDateTime(parseTime(body.from))} – ${fmtDateTime(parseTime(body.to))} (data time) · offline after ${fmtMinutes(body.offlineGapSeconds / 60)} without a reading`);
  info.dataset.from = parseTime(body.from).toISOString();
  info.dataset.to = parseTime(body.to).toISOString();
  byId('tl-fleet-minutes').replaceChildren(minutesList(body.minutes));
  const rows = body.machines.map((m) => {
    const longest = m.longestStops?.[0];
    return h('div', { class: 'tl-row', dataset: { machineId: String(m.machineId) } },
      h('a', { class: 'tl-name', href: `machine.html?id=${m.machineId}`, text: `#${m.machineId}` }),
      band(m.intervals, body.from, body.to, `Machine ${m.machineId} states`),
      h('span', { class: 'tl-note small muted', text: `running ${fmtMinutes(m.minutes.RUNNING)}${longest ? ` · longest stop ${fmtMinutes(longest.minutes)} ${longest.state.toLowerCase()}` : ''}` }));
  });
  byId('tl-machines').replaceChildren(...(rows.length ? [...rows, ruler(body.from, body.to)]
    : [h('p', { class: 'muted small', text: 'No machine has data in this range.' })]));
}

function setupRanges() {
  byId('tl-ranges').addEventListener('click', (event) => {
    const button = event.target.closest('[data-range]');
    if (!button) return;
    state.range = button.dataset.range;
    for (const b of byId('tl-ranges').querySelectorAll('[data-range]')) b.setAttribute('aria-pressed', String(b === button));
    byId('tl-custom').hidden = state.range !== 'custom';
    if (state.range === 'custom') {
      const to = new Date(state.latest ?? Date.now());
      byId('tl-from').value = toLocalInput(new Date(to.getTime() - RANGES['8h']));
      byId('tl-to').value = toLocalInput(to);
      return;
    }
    load();
  });
  byId('tl-custom').addEventListener('submit', (event) => {
    event.preventDefault();
    const from = new Date(byId('tl-from').value);
    const to = new Date(byId('tl-to').value);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
      setText(byId('timeline-error'), 'Custom range: "From" must be before "To".');
      byId('timeline-error').hidden = false;
      return;
    }
    state.from = from;
    state.to = to;
    load();
  });
}

async function main() {
  if (!(await session.ensureToken())) {
    session.expire();
    return;
  }
  setupHeader();
  setupRanges();
  try {
    // the range ends at the replay's data time, what the fleet page shows now (a machine posting readings of
    // another time would move the fleet's newest reading elsewhere)
    const twin = await request('api/v1/twin');
    const dataTime = parseTime(twin?.dataTime)?.getTime() ?? null;
    if (dataTime) state.latest = dataTime;
  } catch { /* the API's default: the fleet's newest reading */ }
  await load();
}

main();
