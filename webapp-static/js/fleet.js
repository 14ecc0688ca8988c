// Fleet grid: one tile per machine, updated in place; sorting and filtering move/hide existing nodes.
import { h, setText, pulse, pulseAll } from './dom.js';
import { createSparkline } from './sparkline.js';
import {
  STATUSES, fmtNum, fmtPercent, fmtTime, healthClass, healthScore, isNum, machineLabel, parseTime,
  riskRank, toPercent,
} from './format.js';

const HISTORY = 60;
const RESORT_INTERVAL_MS = 2000;

export class FleetView {
  constructor(grid, { onSelect, onChange }) {
    this.grid = grid;
    this.onSelect = onSelect;
    this.onChange = onChange;
    this.entries = new Map();
    this.dirty = new Set();
    this.sort = 'id';
    this.filter = { status: '', risk: '' };
    this.layoutDue = true;
    this.lastLayout = 0;
    this.frame = 0;
  }

  get(id) {
    return this.entries.get(Number(id)) ?? this.entries.get(id);
  }

  all() {
    return [...this.entries.values()];
  }

  /** Merge the REST snapshot; a snapshot reading never replaces a newer live one. */
  upsertMachines(machines) {
    for (const m of machines || []) {
      const entry = this.ensure(m.id);
      entry.name = m.name || entry.name;
      if (m.status) entry.status = m.status;
      if (m.latest) this.acceptReading(entry, m.latest, false);
      const last = parseTime(m.lastReadingAt);
      if (last && (!entry.lastReadingAt || last > entry.lastReadingAt)) entry.lastReadingAt = last;
      this.markDirty(entry, false);
    }
    this.layoutDue = true;
    this.schedule();
  }

  applyReading(reading, machineStatus) {
    if (!reading || reading.machineId == null) return null;
    const entry = this.ensure(reading.machineId);
    const statusChanged = machineStatus && machineStatus !== entry.status;
    if (machineStatus) entry.status = machineStatus;
    this.acceptReading(entry, reading, true);
    if (statusChanged) this.layoutDue = true;
    this.markDirty(entry, true);
    return entry;
  }

  /**
   * A machine's source went silent (its machine_offline alert raised or updated): OFFLINE until its readings come
   * back, which carry its status again.
   */
  markOffline(machineId) {
    if (machineId == null) return;
    const entry = this.ensure(machineId);
    if (entry.status === 'OFFLINE') return;
    entry.status = 'OFFLINE';
    this.layoutDue = true;
    this.markDirty(entry, true);
    this.schedule();
  }

  /** @param {Map<any, object>} worst machineId -> worst open alert */
  setWorstAlerts(worst) {
    for (const entry of this.entries.values()) {
      const alert = worst.get(entry.id) ?? worst.get(String(entry.id)) ?? null;
      const key = alert ? `${alert.id}|${alert.severity}|${alert.state}|${alert.occurrences}|${alert.message}` : '';
      if (key !== entry.alertKey) {
        entry.alert = alert;
        entry.alertKey = key;
        this.markDirty(entry, false);
      }
    }
  }

  flashCritical(machineId) {
    const entry = this.get(machineId);
    if (entry) pulse(entry.ui.root, 'flash-critical');
  }

  setSort(sort) {
    this.sort = sort;
    this.layoutDue = true;
    this.schedule();
  }

  setFilter(filter) {
    this.filter = { ...this.filter, ...filter };
    this.layoutDue = true;
    this.schedule();
  }

  counts() {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    for (const entry of this.entries.values()) {
      counts[entry.status] = (counts[entry.status] ?? 0) + 1;
    }
    return counts;
  }

  // ---- internals -------------------------------------------------------

  ensure(rawId) {
    const id = isNum(Number(rawId)) ? Number(rawId) : rawId;
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { id, name: '', status: 'OFFLINE', latest: null, lastReadingAt: null, temps: [], tempTimes: [], alert: null, alertKey: '' };
      entry.ui = this.buildTile(entry);
      entry.ui.root.entry = entry;
      this.entries.set(id, entry);
      this.grid.append(entry.ui.root);
      this.layoutDue = true;
    }
    return entry;
  }

  acceptReading(entry, reading, live) {
    const ts = parseTime(reading.timestamp);
    const current = entry.latest ? parseTime(entry.latest.timestamp) : null;
    if (!live && current && ts && ts < current) return;
    if (current && ts && ts.getTime() === current.getTime() && entry.temps.length) {
      entry.temps[entry.temps.length - 1] = reading.temperatureC;
    } else if (!current || !ts || ts > current) {
      // in time order only: the sparkline's x is data time
      entry.temps.push(reading.temperatureC);
      entry.tempTimes.push(ts ? ts.getTime() : null);
      if (entry.temps.length > HISTORY) {
        entry.temps.splice(0, entry.temps.length - HISTORY);
        entry.tempTimes.splice(0, entry.tempTimes.length - HISTORY);
      }
    } else {
      // the twin went back in data time (a seek, another source): the line starts again there
      entry.temps = [reading.temperatureC];
      entry.tempTimes = [ts.getTime()];
    }
    entry.latest = reading;
    if (ts) entry.lastReadingAt = ts;
  }

  markDirty(entry, highlight) {
    this.dirty.add(entry);
    if (highlight) entry.highlight = true;
    if (this.sort !== 'id' && !this.layoutDue && !this.resortTimer) {
      // Re-sort at most every RESORT_INTERVAL_MS so tiles do not jump on every reading.
      const wait = Math.max(0, RESORT_INTERVAL_MS - (Date.now() - this.lastLayout));
      this.resortTimer = setTimeout(() => {
        this.resortTimer = 0;
        this.layoutDue = true;
        this.schedule();
      }, wait);
    }
    this.schedule();
  }

  schedule() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  flush() {
    this.frame = 0;
    const changed = [...this.dirty];
    this.dirty.clear();
    const flashing = [];
    for (const entry of changed) {
      this.renderTile(entry);
      if (entry.highlight) {
        entry.highlight = false;
        flashing.push(entry.ui.root);
      }
    }
    // all writes first, then one layout for all the flashes
    pulseAll(flashing, 'flash');
    this.layout(this.layoutDue);
    this.onChange?.(changed);
  }

  matches(entry) {
    const { status, risk } = this.filter;
    if (status && entry.status !== status) return false;
    if (risk && entry.latest?.indicators?.riskLevel !== risk) return false;
    return true;
  }

  compare(a, b) {
    const byId = () => (isNum(a.id) && isNum(b.id) ? a.id - b.id : String(a.id).localeCompare(String(b.id)));
    const ia = a.latest?.indicators;
    const ib = b.latest?.indicators;
    if (this.sort === 'risk') {
      const diff = riskRank(ib?.riskLevel) - riskRank(ia?.riskLevel)
        || (ib?.riskScore ?? -Infinity) - (ia?.riskScore ?? -Infinity);
      return diff || byId();
    }
    if (this.sort === 'health') {
      const ha = healthScore(ia?.healthIndex) ?? Infinity;
      const hb = healthScore(ib?.healthIndex) ?? Infinity;
      return ha - hb || byId();
    }
    return byId();
  }

  /** Filters every time (cheap); reorders only when due. */
  layout(reorder) {
    let ordered = [...this.grid.children].map((el) => el.entry).filter(Boolean);
    if (reorder) {
      this.layoutDue = false;
      this.lastLayout = Date.now();
      ordered = this.all().sort((a, b) => this.compare(a, b));
      const current = [...this.grid.children];
      if (ordered.some((entry, i) => current[i] !== entry.ui.root)) {
        for (const entry of ordered) this.grid.append(entry.ui.root);
      }
    }
    let shown = 0;
    for (const entry of ordered) {
      const visible = this.matches(entry);
      if (entry.ui.root.hidden === visible) entry.ui.root.hidden = !visible;
      if (visible) shown += 1;
    }
    this.shown = shown;
  }

  buildTile(entry) {
    const metric = (label, unit) => {
      const value = h('span', { class: 'v', text: '–' });
      const node = h('div', { class: 'metric' }, h('dt', { text: label }), h('dd', null, value, unit ? h('span', { class: 'u', text: unit }) : null));
      return { node, value };
    };
    const ui = {};
    ui.id = h('span', { class: 'tile-id' });
    ui.name = h('span', { class: 'tile-name' });
    ui.status = h('span', { class: 'status-pill' });
    ui.mode = h('span', { class: 'mode' });
    ui.risk = h('span', { class: 'risk-badge' });
    const temp = metric('Temp', '°C');
    const vib = metric('Vibration', 'Hz');
    const power = metric('Power', 'kW');
    const err = metric('Error rate', '%');
    const health = metric('Health', '/100');
    const fail = metric('Fail prob.', '');
    Object.assign(ui, { temp: temp.value, vib: vib.value, power: power.value, err: err.value, health: health.value, fail: fail.value });
    ui.healthMetric = health.node;
    ui.failMetric = fail.node;
    ui.spark = createSparkline({ width: 200, height: 34, label: 'Temperature, last 60 readings' });
    ui.sparkMax = h('span');
    ui.sparkMin = h('span');
    ui.alert = h('div', { class: 'tile-alert' });
    ui.time = h('time');
    ui.open = h('a', {
      class: 'tile-open', href: `machine.html?id=${encodeURIComponent(entry.id)}`, text: 'Machine page ›',
      onclick: (event) => event.stopPropagation(),
      onkeydown: (event) => event.stopPropagation(),
    });
    ui.root = h('article', {
      class: 'tile', tabindex: '0', role: 'button', dataset: { machineId: String(entry.id) },
      onclick: () => this.onSelect?.(entry.id),
      onkeydown: (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.onSelect?.(entry.id);
        }
      },
    },
    h('header', { class: 'tile-head' }, ui.id, ui.name, ui.status),
    h('div', { class: 'tile-sub' }, ui.mode, ui.risk),
    h('dl', { class: 'metrics' }, temp.node, vib.node, power.node, err.node, health.node, fail.node),
    h('div', { class: 'tile-spark' },
      h('span', { class: 'spark-label', text: 'Temp' }),
      ui.spark.el,
      h('span', { class: 'spark-range' }, ui.sparkMax, ui.sparkMin)),
    ui.alert,
    h('footer', { class: 'tile-foot' }, h('span', null, 'Last reading ', ui.time), ui.open));
    return ui;
  }

  renderTile(entry) {
    const { ui } = entry;
    const r = entry.latest;
    const ind = r?.indicators;
    const label = machineLabel(entry);
    ui.root.dataset.status = entry.status || 'OFFLINE';
    ui.root.setAttribute('aria-label', `${label}, ${entry.status}, risk ${ind?.riskLevel ?? 'unknown'}. Open details.`);
    setText(ui.id, `#${entry.id}`);
    setText(ui.name, entry.name || '');
    setText(ui.status, entry.status || 'OFFLINE');
    setText(ui.mode, r?.operationMode ?? 'No data');
    ui.mode.dataset.mode = r?.operationMode ?? '';
    const level = ind?.riskLevel ?? '';
    ui.risk.dataset.risk = level;
    setText(ui.risk, level ? `${level} ${isNum(ind.riskScore) ? Math.round(ind.riskScore) : ''}`.trim() : 'RISK –');
    ui.risk.title = 'Risk level and score';
    setText(ui.temp, fmtNum(r?.temperatureC, 1));
    setText(ui.vib, fmtNum(r?.vibrationHz, 1));
    setText(ui.power, fmtNum(r?.powerKw, 2));
    setText(ui.err, fmtNum(r?.errorRatePct, 1));
    const hs = healthScore(ind?.healthIndex);
    setText(ui.health, hs == null ? '–' : hs.toFixed(0));
    ui.healthMetric.className = `metric ${healthClass(ind?.healthIndex)}`;
    setText(ui.fail, fmtPercent(ind?.failureProbability, 0));
    const fp = toPercent(ind?.failureProbability);
    ui.failMetric.className = `metric ${fp == null ? '' : fp >= 50 ? 'h-poor' : fp >= 20 ? 'h-fair' : 'h-good'}`;
    ui.spark.update(entry.temps, entry.tempTimes);
    const temps = entry.temps.filter(isNum);
    setText(ui.sparkMax, temps.length ? `${Math.max(...temps).toFixed(1)}` : '');
    setText(ui.sparkMin, temps.length ? `${Math.min(...temps).toFixed(1)}` : '');
    const a = entry.alert;
    ui.alert.dataset.severity = a?.severity ?? 'NONE';
    setText(ui.alert, a ? `${a.message || a.type}${a.state === 'ACKNOWLEDGED' ? ' (ack)' : ''}` : 'No open alerts');
    ui.alert.title = a ? a.message || a.type : '';
    setText(ui.time, fmtTime(entry.lastReadingAt));
    ui.time.dateTime = entry.lastReadingAt ? entry.lastReadingAt.toISOString() : '';
  }
}
