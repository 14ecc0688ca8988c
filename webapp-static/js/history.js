// History for the machine page: the aggregate endpoint when the server has it (feature-detected by status),
// else raw reading pages (following nextCursor) downsampled on the client into min/avg/max buckets.
import { request, ApiError } from './api.js';
import { parseTime } from './format.js';

export const PAGE_LIMIT = 1000;
export const MAX_PAGES = 5;

/** true / false once known, null while unknown. Remembered for the session so a server without the endpoint
 * sees one 404 per session, not one per range change or page load. */
const AGG_KEY = 'cnc.aggregateEndpoint';
let aggregateAvailable = (() => {
  try {
    const v = sessionStorage.getItem(AGG_KEY);
    return v === 'yes' ? true : v === 'no' ? false : null;
  } catch {
    return null;
  }
})();

function rememberAggregate(available) {
  aggregateAvailable = available;
  try {
    sessionStorage.setItem(AGG_KEY, available ? 'yes' : 'no');
  } catch { /* optional */ }
}

/** Downsamples readings into at most `buckets` equal-time buckets per metric: {t, v: avg, lo: min, hi: max}. */
export function downsample(readings, metrics, fromMs, toMs, buckets) {
  const rows = readings
    .map((r) => ({ r, t: parseTime(r.timestamp)?.getTime() }))
    .filter((x) => Number.isFinite(x.t))
    .sort((a, b) => a.t - b.t);
  const out = Object.fromEntries(metrics.map((m) => [m, []]));
  if (!rows.length) return out;
  if (rows.length <= buckets) {
    // null: the reading did not measure it, a gap in the line
    for (const { r, t } of rows) {
      for (const m of metrics) if (Number.isFinite(r[m]) || r[m] === null) out[m].push({ t, v: r[m] });
    }
    return out;
  }
  const start = Math.min(fromMs, rows[0].t);
  const end = Math.max(toMs, rows[rows.length - 1].t) + 1;
  const width = (end - start) / buckets;
  const acc = metrics.map(() => new Map()); // per metric: bucket -> {n, sum, lo, hi, tSum}
  for (const { r, t } of rows) {
    const b = Math.min(buckets - 1, Math.floor((t - start) / width));
    metrics.forEach((m, i) => {
      const v = r[m];
      if (!Number.isFinite(v)) return;
      let a = acc[i].get(b);
      if (!a) acc[i].set(b, (a = { n: 0, sum: 0, lo: Infinity, hi: -Infinity, tSum: 0 }));
      a.n += 1;
      a.sum += v;
      a.tSum += t;
      if (v < a.lo) a.lo = v;
      if (v > a.hi) a.hi = v;
    });
  }
  metrics.forEach((m, i) => {
    out[m] = [...acc[i].entries()].sort((a, b) => a[0] - b[0])
      .map(([, a]) => ({ t: a.tSum / a.n, v: a.sum / a.n, lo: a.lo, hi: a.hi, n: a.n }));
  });
  return out;
}

const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The aggregate endpoint names metrics by their database columns (the data set's column names). */
const COLUMNS = {
  temperatureC: 'temperature_c',
  powerKw: 'power_consumption_kw',
  vibrationHz: 'vibration_hz',
  latencyMs: 'network_latency_ms',
  errorRatePct: 'error_rate_pct',
  packetLossPct: 'packet_loss_pct',
  defectRatePct: 'defect_rate_pct',
  productionSpeed: 'production_speed_units_per_hr',
  maintenanceScore: 'maintenance_score',
};
const column = (metric) => COLUMNS[metric] ?? snake(metric);

/** Reads one aggregate bucket, whatever reasonable shape the server uses. */
function bucketValue(bucket, metric) {
  const cell = bucket?.metrics?.[column(metric)] ?? bucket?.[metric] ?? bucket?.metrics?.[metric] ?? bucket?.[column(metric)];
  if (!cell || typeof cell !== 'object') return null;
  const v = cell.avg ?? cell.mean;
  if (!Number.isFinite(v)) return null;
  return { v, lo: Number.isFinite(cell.min) ? cell.min : undefined, hi: Number.isFinite(cell.max) ? cell.max : undefined, n: cell.count };
}

/** Milliseconds of an ISO-8601 bucket width such as PT1M, PT6H, P1D, P7D; 0 when unreadable. */
export function durationMs(text) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(String(text ?? ''));
  if (!m) return 0;
  const [d, hh, mm, ss] = m.slice(1).map((x) => Number(x ?? 0));
  return (((d * 24 + hh) * 60 + mm) * 60 + ss) * 1000;
}

/** Readings the aggregate covers (the first metric's counts). */
export function aggregateCount(body, metrics) {
  const buckets = Array.isArray(body) ? body : body?.buckets ?? body?.items ?? [];
  return buckets.reduce((n, b) => n + (bucketValue(b, metrics[0])?.n ?? 0), 0);
}

/** Each bucket at the middle of the time it averages, [start, start + width). */
export function fromAggregate(body, metrics) {
  const buckets = Array.isArray(body) ? body : body?.buckets ?? body?.items ?? [];
  const width = durationMs(body?.bucket);
  const out = Object.fromEntries(metrics.map((m) => [m, []]));
  for (const b of buckets) {
    const start = parseTime(b.t ?? b.timestamp ?? b.start ?? b.from ?? b.bucketStart)?.getTime();
    const end = parseTime(b.end ?? b.to ?? b.bucketEnd)?.getTime() ?? (width ? start + width : NaN);
    if (!Number.isFinite(start)) continue;
    const t = Number.isFinite(end) && end > start ? (start + end) / 2 : start;
    for (const m of metrics) {
      const cell = bucketValue(b, m);
      if (cell && (cell.n == null || cell.n > 0)) out[m].push({ t, ...cell });
    }
  }
  return out;
}

/**
 * Loads [from, to] for a machine.
 * @returns {Promise<{series: Object<string, object[]>, source: 'aggregate'|'readings', readings: number,
 *                    truncated: boolean, sampled: boolean}>}
 */
export async function loadHistory(machineId, from, to, metrics, maxPoints, { signal } = {}) {
  const range = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  const base = `api/v1/machines/${encodeURIComponent(machineId)}/readings`;
  if (aggregateAvailable !== false) {
    try {
      const body = await request(`${base}/aggregate?${range}&metrics=${metrics.map(column).join(',')}&maxPoints=${maxPoints}`);
      rememberAggregate(true);
      // few enough readings to draw each at its own time: the readings themselves, not bucket averages
      if (aggregateCount(body, metrics) > maxPoints) {
        return { series: fromAggregate(body, metrics), source: 'aggregate', readings: null, truncated: false };
      }
    } catch (error) {
      // 404/405/501: the server has no aggregate endpoint; fall back and stop asking.
      if (!(error instanceof ApiError) || ![404, 405, 501].includes(error.status)) throw error;
      rememberAggregate(false);
    }
  }
  if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
  const page = (f, t, cursor) => request(`${base}?from=${encodeURIComponent(f.toISOString())}&to=${encodeURIComponent(t.toISOString())}`
    + `&limit=${PAGE_LIMIT}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
  const timeOf = (r) => parseTime(r?.timestamp)?.getTime();
  const first = await page(from, to, null);
  const readings = [...(first?.items ?? [])];
  let cursor = first?.nextCursor ?? null;
  let mode = 'complete';
  // Time one full page covers: tells how many pages the whole range needs.
  const span = readings.length > 1 ? timeOf(readings[readings.length - 1]) - timeOf(readings[0]) : 0;
  const needed = span > 0 ? (to - from) / span : Infinity;
  if (cursor && span > 0 && needed > MAX_PAGES) {
    // Too many pages: sample. The other pages each cover the stretch of one page ending at evenly spaced
    // times up to `to`, so the recent end is always there; the gaps between them show as breaks in the line.
    mode = 'sampled';
    const ends = Array.from({ length: MAX_PAGES - 1 }, (_, k) => from.getTime() + ((to - from) * (k + 2)) / MAX_PAGES);
    const start0 = timeOf(readings[readings.length - 1]);
    const pages = await Promise.all(ends.map((end) => page(new Date(Math.max(start0 + 1, end - span)), new Date(end), null)));
    for (const p of pages) readings.push(...(p?.items ?? []));
    cursor = null;
  } else {
    let pages = 1;
    while (cursor && pages < MAX_PAGES) {
      const next = await page(from, to, cursor);
      if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
      readings.push(...(next?.items ?? []));
      cursor = next?.nextCursor ?? null;
      pages += 1;
    }
    if (cursor) mode = 'truncated';
  }
  // Truncated: the pages cover only the start of the range, so bucket over what was loaded.
  const lastMs = readings.length ? timeOf(readings[readings.length - 1]) : to.getTime();
  const series = downsample(readings, metrics, from.getTime(), mode === 'truncated' ? lastMs : to.getTime(), maxPoints);
  return { series, source: 'readings', readings: readings.length, truncated: mode === 'truncated', sampled: mode === 'sampled' };
}

/** Downloads the CSV export with the bearer token (a plain link cannot carry the header) and saves it. */
export async function downloadCsv(machineId, from, to, token) {
  const url = new URL(`api/v1/machines/${encodeURIComponent(machineId)}/readings/export?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`,
    new URL('.', location.href));
  let res;
  try {
    res = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'text/csv' }, cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'Network error', 'Cannot reach the server.');
  }
  if (!res.ok) {
    let detail = '';
    try {
      const type = res.headers.get('content-type') || '';
      if (type.includes('json')) detail = (await res.json())?.detail ?? '';
    } catch { /* no body */ }
    throw new ApiError(res.status, res.statusText,
      detail || (res.status === 404 ? 'The server offers no CSV export for readings.' : `Export failed (HTTP ${res.status}).`));
  }
  const blob = await res.blob();
  const stamp = (d) => d.toISOString().slice(0, 16).replace(/[:T]/g, '');
  const disposition = res.headers.get('content-disposition') || '';
  const named = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = named || `machine-${machineId}-${stamp(from)}-${stamp(to)}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  return blob.size;
}
