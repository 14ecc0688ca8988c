// Formatting and domain constants shared by the views.
export const STATUSES = ['RUNNING', 'IDLE', 'MAINTENANCE', 'WARNING', 'CRITICAL', 'OFFLINE'];
export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

const DASH = '–';

/** ISO-8601 (zone-less values are UTC) or a Jackson date array -> Date, else null. */
export function parseTime(value) {
  if (value == null || value === '') return null;
  if (Array.isArray(value)) {
    const [y, mo = 1, d = 1, hh = 0, mi = 0, ss = 0, ns = 0] = value;
    return new Date(Date.UTC(y, mo - 1, d, hh, mi, ss, Math.floor(ns / 1e6)));
  }
  if (typeof value === 'number') return new Date(value);
  let text = String(value);
  if (/T\d/.test(text) && !/(Z|[+-]\d\d:?\d\d)$/i.test(text)) text += 'Z';
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, {
  year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** Time of day for today, date and time otherwise. */
export function fmtTime(value) {
  const date = value instanceof Date ? value : parseTime(value);
  if (!date) return DASH;
  const now = new Date();
  return date.toDateString() === now.toDateString() ? timeFmt.format(date) : dateTimeFmt.format(date);
}

export function fmtDateTime(value) {
  const date = value instanceof Date ? value : parseTime(value);
  return date ? dateTimeFmt.format(date) : DASH;
}

export function isNum(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

export function fmtNum(value, digits = 1) {
  return isNum(value) ? value.toFixed(digits) : DASH;
}

/** Probabilities arrive as 0..1. */
export function toPercent(value) {
  return isNum(value) ? value * 100 : null;
}

export function fmtPercent(value, digits = 0) {
  const pct = toPercent(value);
  return pct == null ? DASH : `${pct.toFixed(digits)} %`;
}

/** Health index on its 0..100 scale. */
export function healthScore(value) {
  return isNum(value) ? value : null;
}

export function healthClass(value) {
  const score = healthScore(value);
  if (score == null) return 'h-unknown';
  if (score >= 70) return 'h-good';
  if (score >= 40) return 'h-fair';
  return 'h-poor';
}

export function riskRank(level) {
  const index = RISK_LEVELS.indexOf(level);
  return index < 0 ? -1 : index;
}

export function severityRank(severity) {
  return severity === 'CRITICAL' ? 2 : severity === 'WARNING' ? 1 : 0;
}

/** Reading fields: display label and unit. */
export const FIELDS = {
  operationMode: ['Operation mode', ''],
  temperatureC: ['Temperature', '°C'],
  vibrationHz: ['Vibration', 'Hz'],
  powerKw: ['Power', 'kW'],
  latencyMs: ['Network latency', 'ms'],
  packetLossPct: ['Packet loss', '%'],
  defectRatePct: ['Defect rate', '%'],
  errorRatePct: ['Error rate', '%'],
  productionSpeed: ['Production speed', ''],
  maintenanceScore: ['Maintenance score', ''],
};

const snakeToCamel = (name) => String(name).replace(/[_-]+([a-z0-9])/gi, (_, c) => c.toUpperCase());

/** Known reading field -> [label, unit], else a humanized name and no unit. */
export function fieldInfo(name) {
  return FIELDS[name] ?? FIELDS[snakeToCamel(name)] ?? [humanize(name), ''];
}

/** camelCase / snake_case input names -> "Words like this". */
export function humanize(name) {
  if (!name) return '';
  const text = String(name).replace(/[_-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function machineLabel(machine) {
  return machine?.name || `Machine ${machine?.id ?? '?'}`;
}

/** Seconds -> "2 h 05 min", "4 min 10 s", "12 s". */
export function fmtDuration(seconds) {
  if (!isNum(seconds) || seconds < 0) return DASH;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  return `${Math.floor(s / 86400)} d ${Math.floor((s % 86400) / 3600)} h`;
}
