// Small SVG time-series line chart (no library): time x axis and value y axis with ticks, threshold lines,
// an optional min..max band (downsampled history), live appends capped at maxPoints, and a hover readout.
// Built with createElementNS only; every style comes from css classes (strict-CSP friendly).
import { h } from './dom.js';

const NS = 'http://www.w3.org/2000/svg';
const MARGIN = { top: 10, right: 12, bottom: 22, left: 46 };
/** Height of a threshold label (10 px text and a little air). */
const THRESHOLD_LABEL_HEIGHT = 11;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TIME_STEPS = [
  SECOND, 5 * SECOND, 15 * SECOND, 30 * SECOND, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY,
];

function svg(tag, attrs = {}) {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  return el;
}

/** About `count` "nice" ticks (1, 2, 5 x 10^k) covering [min, max]. */
export function niceTicks(min, max, count = 5) {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  // the candidate giving the tick count closest to the one asked for
  const step = [0.5, 1, 2, 2.5, 5, 10].map((m) => m * mag)
    .reduce((best, s) => (Math.abs((max - min) / s - count) < Math.abs((max - min) / best - count) ? s : best));
  const ticks = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

/** Time ticks at round local times; step chosen so about `count` ticks fit. */
export function timeTicks(from, to, count = 6) {
  if (!(to > from)) return { step: MINUTE, ticks: [from] };
  const step = TIME_STEPS.find((s) => (to - from) / s <= count) ?? Math.ceil((to - from) / count / DAY) * DAY;
  const offset = new Date(from).getTimezoneOffset() * MINUTE; // align day ticks on local midnight
  const first = Math.ceil((from - (step >= DAY ? -offset : 0)) / step) * step + (step >= DAY ? -offset : 0);
  const ticks = [];
  for (let t = first; t <= to; t += step) ticks.push(t);
  return { step, ticks };
}

const two = (n) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function tickLabel(t, step) {
  const d = new Date(t);
  if (step >= DAY) return `${two(d.getDate())} ${MONTHS[d.getMonth()]}`;
  if (step < MINUTE) return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  if (d.getHours() === 0 && d.getMinutes() === 0 && step >= HOUR) return `${two(d.getDate())} ${MONTHS[d.getMonth()]}`;
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

function fullTime(t) {
  const d = new Date(t);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

export class LineChart {
  /**
   * @param {{metric: string, title: string, unit?: string, digits?: number, height?: number, maxPoints?: number,
   *          thresholds?: {value: number, kind: 'warning'|'critical'}[]}} options
   */
  constructor({ metric, title, unit = '', digits = 1, height = 170, maxPoints = 600, thresholds = [] }) {
    Object.assign(this, { metric, title, unit, digits, height, maxPoints, thresholds });
    this.points = []; // {t: epoch ms, v: number, lo?: number, hi?: number}
    this.width = 600;
    this.frame = 0;
    this.hoverIndex = -1;

    this.latest = h('span', { class: 'chart-latest', text: '–' });
    this.note = h('span', { class: 'chart-note muted small' });
    this.svg = svg('svg', { class: 'chart-svg', role: 'img', 'aria-label': `${title} over time` });
    this.gGrid = svg('g', { class: 'chart-grid' });
    this.gX = svg('g', { class: 'chart-axis chart-axis-x' });
    this.gY = svg('g', { class: 'chart-axis chart-axis-y' });
    this.gThresholds = svg('g', { class: 'chart-thresholds' });
    this.band = svg('path', { class: 'chart-band' });
    this.line = svg('path', { class: 'chart-line' });
    this.cursor = svg('g', { class: 'chart-cursor', visibility: 'hidden' });
    this.cursorLine = svg('line', { class: 'chart-cursor-line' });
    this.cursorDot = svg('circle', { class: 'chart-cursor-dot', r: 3 });
    this.cursorText = svg('text', { class: 'chart-cursor-text' });
    this.cursor.append(this.cursorLine, this.cursorDot, this.cursorText);
    this.empty = svg('text', { class: 'chart-empty' });
    this.empty.textContent = 'No data in this range';
    this.svg.append(this.gGrid, this.gThresholds, this.band, this.line, this.gX, this.gY, this.cursor, this.empty);

    const legend = h('span', { class: 'chart-legend small' },
      ...thresholds.map((th) => h('span', { class: `legend-${th.kind}`, text: `${th.kind} ${th.value}${unit ? ` ${unit}` : ''}` })));
    this.el = h('figure', { class: 'chart', id: `chart-${metric}`, dataset: { metric, points: '0' } },
      h('figcaption', { class: 'chart-head' },
        h('span', { class: 'chart-title', text: `${title}${unit ? ` (${unit})` : ''}` }), this.latest, legend, this.note),
      this.svg);

    this.svg.addEventListener('pointermove', (e) => this.hover(e));
    this.svg.addEventListener('pointerleave', () => this.hover(null));
    if (typeof ResizeObserver === 'function') {
      this.resizer = new ResizeObserver((entries) => {
        const w = Math.floor(entries[0].contentRect.width);
        if (w > 0 && w !== this.width) {
          this.width = w;
          this.schedule();
        }
      });
      this.resizer.observe(this.svg);
    }
  }

  /** Width in css pixels of the plot area: the most points worth drawing. */
  plotWidth() {
    return Math.max(50, this.width - MARGIN.left - MARGIN.right);
  }

  /**
   * Replaces the data. `window` {from, to} (epoch ms) fixes the x axis to the requested range, so gaps at its
   * ends show; with `sliding`, live appends move the window forward keeping its length.
   */
  setData(points, { note = '', window = null, sliding = false } = {}) {
    this.points = points.filter((p) => Number.isFinite(p.t) && Number.isFinite(p.v)).sort((a, b) => a.t - b.t);
    this.window = window && window.to > window.from ? window : null;
    this.sliding = sliding;
    this.note.textContent = note;
    this.schedule();
  }

  /** Appends a live point (replaces one with the same time), dropping the oldest beyond the cap. */
  append(point) {
    if (!Number.isFinite(point.t) || !Number.isFinite(point.v)) return;
    const last = this.points[this.points.length - 1];
    if (last && point.t < last.t) return;
    if (last && point.t === last.t) this.points[this.points.length - 1] = point;
    else this.points.push(point);
    const cap = Math.max(this.maxPoints, 1);
    if (this.points.length > cap) this.points.splice(0, this.points.length - cap);
    if (this.window && this.sliding) {
      const start = point.t - (this.window.to - this.window.from);
      let drop = 0;
      while (drop < this.points.length - 1 && this.points[drop].t < start) drop += 1;
      if (drop) this.points.splice(0, drop);
    }
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

  domain() {
    const pts = this.points;
    let t0 = pts.length ? pts[0].t : Date.now() - HOUR;
    let t1 = pts.length ? pts[pts.length - 1].t : Date.now();
    if (this.window) {
      const length = this.window.to - this.window.from;
      t1 = Math.max(this.window.to, t1);
      t0 = this.sliding ? t1 - length : Math.min(this.window.from, t0);
    }
    if (t1 <= t0) t1 = t0 + MINUTE;
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of pts) {
      lo = Math.min(lo, p.lo ?? p.v, p.v);
      hi = Math.max(hi, p.hi ?? p.v, p.v);
    }
    for (const th of this.thresholds) {
      lo = Math.min(lo, th.value);
      hi = Math.max(hi, th.value);
    }
    if (!Number.isFinite(lo)) {
      lo = 0;
      hi = 1;
    }
    if (hi - lo < 1e-9) {
      lo -= 1;
      hi += 1;
    }
    const pad = (hi - lo) * 0.06;
    return { t0, t1, lo: lo - pad, hi: hi + pad };
  }

  render() {
    const W = this.width;
    const H = this.height;
    this.svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    this.svg.setAttribute('width', W);
    this.svg.setAttribute('height', H);
    const { t0, t1, lo, hi } = this.domain();
    this.dom = { t0, t1, lo, hi };
    const pw = W - MARGIN.left - MARGIN.right;
    const ph = H - MARGIN.top - MARGIN.bottom;
    const x = (t) => MARGIN.left + ((t - t0) / (t1 - t0)) * pw;
    const y = (v) => MARGIN.top + (1 - (v - lo) / (hi - lo)) * ph;
    this.x = x;
    this.y = y;

    // y axis and horizontal grid
    const yTicks = niceTicks(lo, hi, Math.max(2, Math.floor(ph / 32)));
    const grid = [];
    const yAxis = [svg('line', { class: 'axis-line', x1: MARGIN.left, x2: MARGIN.left, y1: MARGIN.top, y2: MARGIN.top + ph })];
    const step = yTicks.length > 1 ? yTicks[1] - yTicks[0] : 1;
    let decimals = 0; // as many as the step needs: 2.5 -> 1, 0.25 -> 2
    while (decimals < 3 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6) decimals += 1;
    for (const v of yTicks) {
      const yy = y(v).toFixed(1);
      grid.push(svg('line', { x1: MARGIN.left, x2: MARGIN.left + pw, y1: yy, y2: yy }));
      const label = svg('text', { x: MARGIN.left - 6, y: yy, class: 'tick-y' });
      label.textContent = v.toFixed(decimals);
      yAxis.push(svg('line', { class: 'tick', x1: MARGIN.left - 4, x2: MARGIN.left, y1: yy, y2: yy }), label);
    }
    // x axis
    const { step: tStep, ticks } = timeTicks(t0, t1, Math.max(2, Math.floor(pw / 90)));
    const xAxis = [svg('line', { class: 'axis-line', x1: MARGIN.left, x2: MARGIN.left + pw, y1: MARGIN.top + ph, y2: MARGIN.top + ph })];
    for (const t of ticks) {
      const xx = x(t).toFixed(1);
      const label = svg('text', { x: xx, y: MARGIN.top + ph + 15, class: 'tick-x' });
      label.textContent = tickLabel(t, tStep);
      xAxis.push(svg('line', { class: 'tick', x1: xx, x2: xx, y1: MARGIN.top + ph, y2: MARGIN.top + ph + 4 }), label);
    }
    this.gGrid.replaceChildren(...grid);
    this.gY.replaceChildren(...yAxis);
    this.gX.replaceChildren(...xAxis);

    // thresholds, top line first: a label sits above its line, or below it when the label above would cover it
    let previousLabel = -Infinity;
    this.gThresholds.replaceChildren(...[...this.thresholds].sort((a, b) => y(a.value) - y(b.value)).flatMap((th) => {
      const yy = y(th.value).toFixed(1);
      const labelY = Number(yy) - 3 - previousLabel < THRESHOLD_LABEL_HEIGHT ? Number(yy) + THRESHOLD_LABEL_HEIGHT : Number(yy) - 3;
      previousLabel = labelY;
      const label = svg('text', { x: MARGIN.left + pw - 4, y: labelY, class: `threshold-label threshold-${th.kind}` });
      label.textContent = `${th.value}`;
      return [svg('line', {
        class: `threshold threshold-${th.kind}`, x1: MARGIN.left, x2: MARGIN.left + pw, y1: yy, y2: yy, 'data-value': th.value,
      }), label];
    }));

    // line (broken at gaps far longer than the usual spacing) and min..max band
    const pts = this.points;
    const gap = this.gapLimit();
    let d = '';
    let band = '';
    let segment = [];
    const flushBand = () => {
      if (segment.length > 1 && segment.some((p) => p.lo != null)) {
        const top = segment.map((p) => `${x(p.t).toFixed(1)},${y(p.hi ?? p.v).toFixed(1)}`);
        const bottom = segment.slice().reverse().map((p) => `${x(p.t).toFixed(1)},${y(p.lo ?? p.v).toFixed(1)}`);
        band += `M${top.join('L')}L${bottom.join('L')}Z`;
      }
      segment = [];
    };
    pts.forEach((p, i) => {
      const broken = i === 0 || p.t - pts[i - 1].t > gap;
      if (broken) flushBand();
      segment.push(p);
      d += `${broken ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`;
    });
    flushBand();
    this.line.setAttribute('d', d);
    this.band.setAttribute('d', band);
    this.empty.setAttribute('x', MARGIN.left + pw / 2);
    this.empty.setAttribute('y', MARGIN.top + ph / 2);
    this.empty.setAttribute('visibility', pts.length ? 'hidden' : 'visible');

    this.el.dataset.points = String(pts.length);
    const last = pts[pts.length - 1];
    this.el.dataset.last = last ? new Date(last.t).toISOString() : '';
    this.latest.textContent = last ? `${last.v.toFixed(this.digits)}${this.unit ? ` ${this.unit}` : ''}` : '–';
    const level = last ? this.levelOf(last.v) : '';
    this.el.dataset.level = level;
    if (this.hoverIndex >= 0) this.showCursor(Math.min(this.hoverIndex, pts.length - 1));
  }

  levelOf(value) {
    let level = 'ok';
    for (const th of this.thresholds) {
      if (value >= th.value && (level === 'ok' || th.kind === 'critical')) level = th.kind;
    }
    return level;
  }

  gapLimit() {
    const pts = this.points;
    if (pts.length < 3) return Infinity;
    const gaps = [];
    const stride = Math.max(1, Math.floor(pts.length / 200));
    for (let i = stride; i < pts.length; i += stride) gaps.push((pts[i].t - pts[i - stride].t) / stride);
    gaps.sort((a, b) => a - b);
    return Math.max(gaps[Math.floor(gaps.length / 2)] * 6, SECOND);
  }

  hover(event) {
    if (!event || !this.points.length || !this.x) {
      this.hoverIndex = -1;
      this.cursor.setAttribute('visibility', 'hidden');
      return;
    }
    const rect = this.svg.getBoundingClientRect();
    const px = ((event.clientX - rect.left) / rect.width) * this.width;
    const { t0, t1 } = this.dom;
    const t = t0 + ((px - MARGIN.left) / (this.width - MARGIN.left - MARGIN.right)) * (t1 - t0);
    let lo = 0;
    let hi = this.points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid].t < t) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && Math.abs(this.points[lo - 1].t - t) < Math.abs(this.points[lo].t - t)) lo -= 1;
    this.hoverIndex = lo;
    this.showCursor(lo);
  }

  showCursor(i) {
    const p = this.points[i];
    if (!p) return;
    const xx = this.x(p.t);
    const yy = this.y(p.v);
    this.cursorLine.setAttribute('x1', xx);
    this.cursorLine.setAttribute('x2', xx);
    this.cursorLine.setAttribute('y1', MARGIN.top);
    this.cursorLine.setAttribute('y2', this.height - MARGIN.bottom);
    this.cursorDot.setAttribute('cx', xx);
    this.cursorDot.setAttribute('cy', yy);
    const range = p.lo != null ? ` (${p.lo.toFixed(this.digits)}–${p.hi.toFixed(this.digits)})` : '';
    this.cursorText.textContent = `${fullTime(p.t)} · ${p.v.toFixed(this.digits)}${range}`;
    const right = xx > this.width / 2;
    this.cursorText.setAttribute('x', right ? xx - 6 : xx + 6);
    this.cursorText.setAttribute('y', MARGIN.top + 10);
    this.cursorText.setAttribute('text-anchor', right ? 'end' : 'start');
    this.cursor.setAttribute('visibility', 'visible');
  }

  destroy() {
    this.resizer?.disconnect();
  }
}
