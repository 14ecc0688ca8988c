// Time-series line chart on uPlot (served from the WAR): x = data time (ms) over the window the page names, y range
// covering the data and the threshold lines, an optional min..max band (server buckets), live appends in time order
// into the same series as the history. uPlot draws on canvas and sets its element styles through the CSSOM
// (element.style), which the strict Content Security Policy (style-src 'self') does not block.
import uPlot from '../webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { h } from './dom.js';

const MINUTE = 60e3;
const NOT_MEASURED = '— not measured';
const THRESHOLD_COLORS = { warning: '--st-warning', critical: '--st-critical' };

/** Every chart of the page by metric: the browser tests read what each one plots (u.data, u.scales). */
export const CHARTS = {};
if (typeof window !== 'undefined') window.cncCharts = CHARTS;

export const cssVar = (name, fallback) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** The x values at which a line should break: points further apart than 6 x the usual spacing. */
export function gapLimit(ts) {
  if (ts.length < 3) return Infinity;
  const steps = [];
  const stride = Math.max(1, Math.floor(ts.length / 200));
  for (let i = stride; i < ts.length; i += stride) steps.push((ts[i] - ts[i - stride]) / stride);
  steps.sort((a, b) => a - b);
  return Math.max(steps[Math.floor(steps.length / 2)] * 6, 1000);
}

/** [lo, hi] covering `values` in [from, to] and every threshold, padded 6 %. */
export function valueRange(ts, series, from, to, thresholds) {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < ts.length; i++) {
    if (from != null && (ts[i] < from || ts[i] > to)) continue;
    for (const values of series) {
      const v = values[i];
      if (v != null && Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  for (const th of thresholds) {
    lo = Math.min(lo, th.value);
    hi = Math.max(hi, th.value);
  }
  if (!Number.isFinite(lo)) return [0, 1];
  if (hi - lo < 1e-9) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

const DAY = 24 * 3600e3;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n) => String(n).padStart(2, '0');

/** Axis labels in 24-hour local time, the date under the first tick of each day (the range label's clock). */
export function timeLabels(u, splits, axisIdx, space, incr) {
  return splits.map((t, i) => {
    const d = new Date(t);
    const day = `${two(d.getDate())} ${MONTHS[d.getMonth()]}`;
    if (incr >= DAY) return day;
    const hm = `${two(d.getHours())}:${two(d.getMinutes())}${incr < 60e3 ? `:${two(d.getSeconds())}` : ''}`;
    return i === 0 || new Date(splits[i - 1]).getDate() !== d.getDate() ? `${hm}\n${day}` : hm;
  });
}

function fullTime(t) {
  const d = new Date(t);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

export class LineChart {
  /**
   * @param {{metric: string, title: string, unit?: string, digits?: number, height?: number, maxPoints?: number,
   *          thresholds?: {value: number, kind: 'warning'|'critical'}[]}} options
   */
  constructor({ metric, title, unit = '', digits = 1, height = 170, maxPoints = 600, thresholds = [] }) {
    Object.assign(this, { metric, title, unit, digits, height, maxPoints, thresholds });
    this.points = []; // {t: epoch ms, v, lo?, hi?}, in time order: history and live in one list
    this.window = null;
    this.width = 600;
    this.frame = 0;
    this.latest = h('span', { class: 'chart-latest', text: '–' });
    this.note = h('span', { class: 'chart-note muted small' });
    this.readout = h('span', { class: 'chart-readout muted small' });
    this.empty = h('span', { class: 'chart-empty', text: 'No data in this range' });
    this.plot = h('div', { class: 'chart-plot', role: 'img', 'aria-label': `${title} over time` });
    const legend = h('span', { class: 'chart-legend small' },
      ...thresholds.map((th) => h('span', { class: `legend-${th.kind}`, text: `${th.kind} ${th.value}${unit ? ` ${unit}` : ''}` })));
    this.el = h('figure', { class: 'chart', id: `chart-${metric}`, dataset: { metric, points: '0' } },
      h('figcaption', { class: 'chart-head' },
        h('span', { class: 'chart-title', text: `${title}${unit ? ` (${unit})` : ''}` }), this.latest, legend, this.note,
        this.readout),
      this.plot, this.empty);
    this.u = new uPlot(this.options(), [[], [], [], []], this.plot);
    CHARTS[metric] = this;
    if (typeof ResizeObserver === 'function') {
      this.resizer = new ResizeObserver((entries) => {
        const w = Math.floor(entries[0].contentRect.width);
        if (w > 0 && w !== this.width) {
          this.width = w;
          this.u.setSize({ width: w, height: this.height });
        }
      });
      this.resizer.observe(this.plot);
    }
  }

  options() {
    const accent = cssVar('--accent', '#38bdf8');
    const muted = cssVar('--muted', '#8d9aab');
    const grid = cssVar('--border', '#2a3544');
    const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: '10px system-ui' };
    return {
      width: this.width,
      height: this.height,
      ms: 1,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { size: 6 } },
      scales: {
        x: { time: true, range: (u, min, max) => this.xRange(min, max) },
        y: { range: () => valueRange(this.xs(), [this.column('v'), this.column('lo'), this.column('hi')],
          this.window?.from, this.window?.to, this.thresholds) },
      },
      axes: [{ ...axis, space: 70, values: timeLabels }, { ...axis, size: 46, space: 28 }],
      series: [
        {},
        { label: this.title, stroke: accent, width: 1.5, spanGaps: false, points: { show: false } },
        { label: 'min', stroke: 'transparent', points: { show: false } },
        { label: 'max', stroke: 'transparent', points: { show: false } },
      ],
      bands: [{ series: [3, 2], fill: 'rgba(56,189,248,0.15)' }],
      hooks: {
        draw: [(u) => this.drawThresholds(u)],
        setCursor: [(u) => this.showReadout(u.cursor.idx)],
      },
    };
  }

  xRange(min, max) {
    if (this.window) return [this.window.from, this.window.to];
    if (min == null || !(max > min)) return [Date.now() - MINUTE * 60, Date.now()];
    return [min, max];
  }

  /** Canvas lines at the thresholds, labelled at the right end (canvas drawing: nothing for CSP to judge). */
  drawThresholds(u) {
    const { ctx } = u;
    const { left, top, width, height } = u.bbox;
    ctx.save();
    ctx.lineWidth = Math.max(1, devicePixelRatio);
    ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
    ctx.font = `${10 * devicePixelRatio}px system-ui`;
    ctx.textAlign = 'right';
    for (const th of this.thresholds) {
      const y = Math.round(u.valToPos(th.value, 'y', true));
      if (y < top || y > top + height) continue;
      ctx.strokeStyle = cssVar(THRESHOLD_COLORS[th.kind], '#f59e0b');
      ctx.fillStyle = ctx.strokeStyle;
      ctx.beginPath();
      ctx.moveTo(left, y);
      ctx.lineTo(left + width, y);
      ctx.stroke();
      ctx.fillText(String(th.value), left + width - 4, y - 3 * devicePixelRatio);
    }
    ctx.restore();
  }

  showReadout(idx) {
    const x = idx == null ? null : this.u.data[0][idx];
    const v = idx == null ? null : this.u.data[1][idx];
    if (x == null || v == null) {
      this.readout.textContent = '';
      return;
    }
    const lo = this.u.data[2][idx];
    const hi = this.u.data[3][idx];
    const range = lo != null && hi != null ? ` (${lo.toFixed(this.digits)}–${hi.toFixed(this.digits)})` : '';
    this.readout.textContent = `${fullTime(x)} · ${v.toFixed(this.digits)}${range}`;
  }

  /** Width in css pixels of the plot area: the most points worth drawing. */
  plotWidth() {
    return Math.max(50, this.width - 60);
  }

  xs() {
    return this.points.map((p) => p.t);
  }

  column(key) {
    return this.points.map((p) => (p[key] == null ? null : p[key]));
  }

  /**
   * Replaces the data. `window` {from, to} (epoch ms) is the x axis: the range the page names. With `sliding`, live
   * appends past its end are the page's to move (setWindow), so the axis and the page's range label stay one.
   */
  setData(points, { note = '', window = null, sliding = false } = {}) {
    // v null: a reading that did not measure the metric, drawn as a gap (uPlot breaks the line at null), never as 0
    this.points = points.filter((p) => Number.isFinite(p.t) && (p.v === null || Number.isFinite(p.v)))
      .sort((a, b) => a.t - b.t);
    this.window = window && window.to > window.from ? window : null;
    this.sliding = sliding;
    this.note.textContent = note;
    this.schedule();
  }

  /** Moves the x axis to {from, to}; points before it leave the series. */
  setWindow(window) {
    this.window = window;
    let drop = 0;
    while (drop < this.points.length && this.points[drop].t < window.from) drop += 1;
    if (drop) this.points.splice(0, drop);
    this.schedule();
  }

  /** Whether a point at {@code t} would come after a gap that breaks the line (readings missing in between). */
  breaksAt(t) {
    const last = this.points[this.points.length - 1];
    return last != null && t - last.t > gapLimit(this.xs());
  }

  /** Appends a live point in time order (replaces one with the same time; an older one is not drawn back in time). */
  append(point) {
    if (!Number.isFinite(point.t)) return;
    if (point.v == null) point = { ...point, v: null }; // not measured: a gap in the line
    else if (!Number.isFinite(point.v)) return;
    const last = this.points[this.points.length - 1];
    if (last && point.t < last.t) return;
    if (last && point.t === last.t) this.points[this.points.length - 1] = point;
    else this.points.push(point);
    const cap = Math.max(this.maxPoints, 1) + 2000;
    if (this.points.length > cap) this.points.splice(0, this.points.length - cap);
    this.schedule();
  }

  schedule() {
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
    }
  }

  /** The series uPlot draws: a null after a point breaks the line across a gap far longer than the usual spacing. */
  data() {
    const ts = this.xs();
    const limit = gapLimit(ts);
    const x = [];
    const v = [];
    const lo = [];
    const hi = [];
    this.points.forEach((p, i) => {
      if (i > 0 && p.t - ts[i - 1] > limit) {
        x.push(ts[i - 1] + 1);
        v.push(null);
        lo.push(null);
        hi.push(null);
      }
      x.push(p.t);
      v.push(p.v);
      lo.push(p.lo ?? null);
      hi.push(p.hi ?? null);
    });
    return [x, v, lo, hi];
  }

  render() {
    this.u.setData(this.data());
    const pts = this.points;
    this.empty.hidden = pts.length > 0;
    this.el.dataset.points = String(pts.length);
    const last = pts[pts.length - 1];
    this.el.dataset.last = last ? new Date(last.t).toISOString() : '';
    this.latest.textContent = !last ? '–' : last.v === null ? NOT_MEASURED
      : `${last.v.toFixed(this.digits)}${this.unit ? ` ${this.unit}` : ''}`;
    this.el.dataset.level = last && last.v !== null ? this.levelOf(last.v) : '';
  }

  levelOf(value) {
    let level = 'ok';
    for (const th of this.thresholds) {
      if (value >= th.value && (level === 'ok' || th.kind === 'critical')) level = th.kind;
    }
    return level;
  }

  destroy() {
    this.resizer?.disconnect();
    this.u.destroy();
  }
}
