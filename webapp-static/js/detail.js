// Side panel with every latest value and the factors behind each indicator for one machine. The fleet page's live
// feed is in summary detail (no factors): the panel fetches the factors of the machine it shows, at most once per
// reading, and shows the last ones it has (with their time) until the newer arrive.
import { request } from './api.js';
import { h, setText } from './dom.js';
import { createSparkline } from './sparkline.js';
import {
  FIELDS, fieldInfo, fmtDateTime, fmtNum, fmtPercent, fmtTime, healthClass, healthScore, isNum, machineLabel,
} from './format.js';

const DIGITS = { temperatureC: 1, vibrationHz: 1, powerKw: 2, latencyMs: 1, productionSpeed: 1 };
const TELEMETRY = Object.entries(FIELDS).map(([key, [label, unit]]) => [key, label, unit, DIGITS[key] ?? 2]);

export const FACTOR_GROUPS = [
  ['riskFactors', 'Risk factors', 'points'],
  ['failureFactors', 'Failure factors', 'log-odds'],
  ['healthFactors', 'Health factors', 'points'],
];

const REFRESH_MS = 1000;

export class DetailPanel {
  /** `entryOf(id)` and `alertsOf(id)`: the fleet's entry and open alerts of a machine, to render again. */
  constructor({ panel, title, sub, body, close, entryOf, alertsOf }) {
    Object.assign(this, { panel, title, sub, body, entryOf, alertsOf });
    this.machineId = null;
    this.lastRender = 0;
    this.pending = 0;
    this.factors = null; // { machineId, timestamp, indicators } of the last fetch
    this.askedFor = null; // "machineId@timestamp" of the reading whose factors were last asked for
    this.fetching = false;
    close.addEventListener('click', () => this.close());
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.panel.hidden) this.close();
    });
  }

  isOpenFor(id) {
    return this.machineId != null && String(this.machineId) === String(id);
  }

  open(entry, alerts) {
    if (!this.isOpenFor(entry.id)) this.factors = null;
    this.machineId = entry.id;
    this.panel.hidden = false;
    document.body.classList.add('detail-open');
    this.render(entry, alerts);
    this.body.scrollTop = 0;
    this.panel.querySelector('button')?.focus({ preventScroll: true });
  }

  close() {
    this.machineId = null;
    this.panel.hidden = true;
    document.body.classList.remove('detail-open');
    clearTimeout(this.pending);
    this.pending = 0;
  }

  /** Live refresh, at most once per second so the text stays readable. */
  refresh() {
    if (this.machineId == null || this.pending) return;
    const wait = Math.max(0, REFRESH_MS - (Date.now() - this.lastRender));
    this.pending = setTimeout(() => {
      this.pending = 0;
      this.renderAgain();
    }, wait);
  }

  renderAgain() {
    const entry = this.machineId == null ? null : this.entryOf(this.machineId);
    if (entry && !this.panel.hidden) this.render(entry, this.alertsOf(this.machineId));
  }

  render(entry, alerts) {
    this.lastRender = Date.now();
    const r = entry.latest;
    const ind = r?.indicators;
    setText(this.title, `#${entry.id} · ${machineLabel(entry)}`);
    setText(this.sub, `Last reading ${fmtDateTime(entry.lastReadingAt)}`);
    this.panel.dataset.status = entry.status;

    const spark = createSparkline({ width: 360, height: 60, label: 'Temperature, last 60 readings' });
    spark.update(entry.temps, entry.tempTimes);

    const kpi = (label, value, cls = '', extra = null) =>
      h('div', { class: `kpi ${cls}` }, h('div', { class: 'kpi-label', text: label }), h('div', { class: 'kpi-value', text: value }), extra);

    const sections = [
      h('div', { class: 'detail-status' },
        h('span', { class: 'status-pill', text: entry.status }),
        r?.operationMode ? h('span', { class: 'mode', text: r.operationMode, dataset: { mode: r.operationMode } }) : null,
        h('a', { class: 'btn btn-small detail-open-page', id: 'detail-open-page', href: `machine.html?id=${encodeURIComponent(entry.id)}`, text: 'Open machine page' })),
      h('div', { class: 'kpis' },
        kpi('Risk', ind?.riskLevel ?? '–', '', h('div', { class: 'muted small', text: isNum(ind?.riskScore) ? `score ${fmtNum(ind.riskScore, 1)}` : '' })),
        kpi('Failure probability', fmtPercent(ind?.failureProbability, 1)),
        kpi('Health index', healthScore(ind?.healthIndex) == null ? '–' : healthScore(ind.healthIndex).toFixed(0), healthClass(ind?.healthIndex)),
        kpi('Efficiency', ind?.efficiencyStatus ?? (ind ? 'not measured' : '–'), '', h('div', { class: 'muted small', text: isNum(ind?.efficiencyScore) ? `score ${fmtNum(ind.efficiencyScore, 1)}` : '' }))),
    ];
    if (ind?.riskLevel) sections[1].firstChild.dataset.risk = ind.riskLevel;

    sections.push(h('section', { class: 'detail-section' },
      h('h3', { text: 'Temperature trend' }),
      entry.temps.length > 1 ? spark.el : h('p', { class: 'muted small', text: 'Collecting readings…' })));

    const rows = TELEMETRY.map(([key, label, unit, digits]) => {
      const value = r?.[key];
      const text = isNum(value) ? `${fmtNum(value, digits)}${unit ? ` ${unit}` : ''}` : value ?? '— not measured';
      return h('tr', null, h('th', { scope: 'row', text: label }), h('td', { text }));
    });
    sections.push(h('section', { class: 'detail-section' },
      h('h3', { text: 'Latest reading' }),
      r ? h('table', { class: 'kv' }, h('tbody', null, rows)) : h('p', { class: 'muted small', text: 'No reading yet.' })));

    sections.push(h('section', { class: 'detail-section' },
      h('h3', { text: `Open alerts (${alerts.length})` }),
      alerts.length
        ? h('ul', { class: 'detail-alerts' }, alerts.map((a) => h('li', { dataset: { severity: a.severity } },
          h('span', { class: 'sev-badge', text: a.severity }),
          h('span', { text: ` ${a.message || a.type}` }),
          h('div', { class: 'muted small', text: `${a.state.toLowerCase()} · raised ${fmtTime(a.raisedAt)} · ×${a.occurrences ?? 1}` }))))
        : h('p', { class: 'muted small', text: 'None.' })));

    sections.push(...this.factorSections(entry));
    const scroll = this.body.scrollTop;
    this.body.replaceChildren(...sections);
    this.body.scrollTop = scroll;
  }

  /** The factors of the latest reading when the reading carries them or they were fetched, else the last fetched. */
  factorSections(entry) {
    const r = entry.latest;
    const carried = FACTOR_GROUPS.some(([key]) => Array.isArray(r?.indicators?.[key]) && r.indicators[key].length);
    let ind = carried ? r.indicators : null;
    let note = null;
    if (!ind && this.factors?.machineId === entry.id) {
      ind = this.factors.indicators;
      if (r?.timestamp && Date.parse(this.factors.timestamp) !== Date.parse(r.timestamp)) {
        note = h('p', { class: 'muted small', text: `Factors as of ${fmtTime(this.factors.timestamp)}; updating…` });
      }
    }
    if (!carried && r?.timestamp) this.fetchFactors(entry.id, r.timestamp);
    return [note, ...FACTOR_GROUPS.map(([key, label, unit]) => factorSection(label, ind?.[key], unit))].filter(Boolean);
  }

  /** Fetches the factors once per reading shown, one request at a time; the render after it asks again if needed. */
  async fetchFactors(machineId, timestamp) {
    const key = `${machineId}@${timestamp}`;
    if (this.fetching || this.askedFor === key) return;
    this.fetching = true;
    this.askedFor = key;
    try {
      const body = await request(`api/v1/machines/${encodeURIComponent(machineId)}/indicators`);
      if (this.isOpenFor(machineId) && body?.indicators) {
        this.factors = { machineId, timestamp: body.timestamp, indicators: body.indicators };
      }
    } catch {
      // keep the last factors shown; the next reading asks again
    } finally {
      this.fetching = false;
    }
    // render whatever machine is open now: it shows these factors, or asks for its own (it may have been opened
    // while this request was under way, which kept its own from starting)
    this.renderAgain();
  }
}

/** A titled list of indicator factors with contribution bars (also used by the machine page). */
export function factorSection(label, factors, unit) {
  const list = Array.isArray(factors) ? factors : [];
  const maxAbs = Math.max(1e-9, ...list.map((f) => Math.abs(f.contribution || 0)));
  return h('section', { class: 'detail-section' },
    h('h3', { text: label }),
    list.length
      ? h('ol', { class: 'factors' }, list.map((f) => {
        const bar = h('span', { class: `factor-bar ${f.contribution < 0 ? 'neg' : 'pos'}` });
        bar.style.width = `${Math.round((Math.abs(f.contribution || 0) / maxAbs) * 100)}%`;
        const [name, fieldUnit] = fieldInfo(f.name);
        return h('li', { class: 'factor' },
          h('div', { class: 'factor-head' },
            h('span', { class: 'factor-name', text: name }),
            h('span', { class: 'factor-value', text: `${fmtNum(f.value, 2)}${fieldUnit ? ` ${fieldUnit}` : ''}` }),
            h('span', { class: 'factor-contrib', title: `contribution in ${unit}`, text: `${f.contribution > 0 ? '+' : ''}${fmtNum(f.contribution, 2)}` })),
          h('div', { class: 'factor-track' }, bar),
          f.explanation ? h('p', { class: 'factor-expl', text: f.explanation }) : null);
      }))
      : h('p', { class: 'muted small', text: 'No factors reported.' }));
}
