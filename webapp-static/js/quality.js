// Model quality (quality.html): the scorer's detection table and the failure probability's reliability diagram per
// horizon, from GET /api/v1/model-quality. The diagrams are uPlot charts (window.cncCharts, read by the browser tests).
import uPlot from '../webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { request } from './api.js';
import * as session from './session.js';
import { byId, h, setText } from './dom.js';
import { setupHeader } from './chrome.js';
import { CHARTS, cssVar } from './chart.js';

const fixed = (v, digits) => (v == null ? '–' : Number(v).toFixed(digits));

function detectionTable(rows) {
  byId('q-detection').tBodies[0].replaceChildren(...rows.map((r) => h('tr', { dataset: { kind: r.kind } },
    h('th', { text: r.kind }), h('td', { text: String(r.episodes) }), h('td', { text: String(r.detected) }),
    h('td', { text: fixed(r.detectionPct, 1) }), h('td', { text: fixed(r.medianDelayMinutes, 1) }),
    h('td', { text: fixed(r.falseAlarmsPerMachineDay, 3) }), h('td', { text: fixed(r.alarmsPerEpisode, 2) }))));
}

/** Predicted (x) against observed (y) per non-empty bin, beside the diagonal of perfect calibration. */
function reliabilityPlot(horizon, el) {
  const bins = horizon.bins.filter((b) => b.n > 0 && b.meanPredicted != null);
  const xs = [0, ...bins.map((b) => b.meanPredicted), 1].sort((a, b) => a - b);
  const observed = xs.map((x) => bins.find((b) => b.meanPredicted === x)?.observed ?? null);
  const top = Math.min(1, Math.max(0.05, ...bins.map((b) => Math.max(b.meanPredicted, b.observed))) * 1.15);
  const muted = cssVar('--muted', '#8d9aab');
  const grid = cssVar('--border', '#2a3544');
  const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: '10px system-ui' };
  const u = new uPlot({
    width: 420,
    height: 300,
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false, range: [0, top] }, y: { range: [0, top] } },
    axes: [{ ...axis, label: 'predicted probability', values: (self, splits) => splits.map((v) => v.toFixed(2)) },
      { ...axis, label: 'observed failure share', size: 50, values: (self, splits) => splits.map((v) => v.toFixed(2)) }],
    series: [
      {},
      { label: 'perfect calibration', stroke: muted, dash: [5, 4], width: 1, points: { show: false } },
      { label: `observed (${horizon.horizonHours} h)`, stroke: cssVar('--accent', '#38bdf8'), width: 1.5,
        points: { show: true, size: 8, fill: cssVar('--accent', '#38bdf8') } },
    ],
  }, [xs, xs, observed], el);
  CHARTS[`reliability-${horizon.horizonHours}`] = { u, horizon };
  return u;
}

function horizonSection(horizon) {
  const plot = h('div', { class: 'q-plot', id: `reliability-${horizon.horizonHours}` });
  const figures = h('p', { class: 'small', text: `AUROC ${fixed(horizon.auroc, 2)} · Brier skill ${fixed(horizon.brierSkill, 2)}`
    + ` · calibration error ${fixed(horizon.calibrationError, 3)} · base rate ${fixed(horizon.baseRate, 3)} · n ${horizon.n.toLocaleString()}` });
  const table = h('table', { class: 'rules-table q-bins' },
    h('thead', null, h('tr', null, h('th', { text: 'Predicted' }), h('th', { text: 'Rows' }),
      h('th', { text: 'Mean predicted' }), h('th', { text: 'Observed' }))),
    h('tbody', null, ...horizon.bins.map((b) => h('tr', { dataset: { n: String(b.n) } },
      h('td', { text: `${b.from.toFixed(1)}–${b.to.toFixed(1)}` }), h('td', { text: b.n.toLocaleString() }),
      h('td', { text: fixed(b.meanPredicted, 3) }), h('td', { text: fixed(b.observed, 3) })))));
  const section = h('div', { class: 'q-horizon' }, h('h3', { text: `Within ${horizon.horizonHours} hours` }), figures,
    h('div', { class: 'q-horizon-body' }, plot, table));
  return { section, plot };
}

async function main() {
  if (!(await session.ensureToken())) {
    session.expire();
    return;
  }
  setupHeader();
  try {
    const q = await request('api/v1/model-quality');
    setText(byId('q-data'), q.data);
    setText(byId('q-readings'), q.readings.toLocaleString());
    setText(byId('q-days'), q.machineDays.toFixed(1));
    detectionTable(q.detection);
    const sections = q.failureProbability.map(horizonSection);
    byId('q-horizons').replaceChildren(...sections.map((s) => s.section));
    q.failureProbability.forEach((horizon, i) => reliabilityPlot(horizon, sections[i].plot));
    byId('q-risk').replaceChildren(h('ul', { class: 'tl-minutes small' }, ...Object.entries(q.healthyRiskShares)
      .map(([level, share]) => h('li', { text: `${level} ${share == null ? '–' : (100 * share).toFixed(1)} %` }))));
  } catch (error) {
    setText(byId('quality-error'), `Could not load the model quality: ${error.message}`);
    byId('quality-error').hidden = false;
  }
}

main();
