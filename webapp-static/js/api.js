// REST client: JSON in and out, bearer token, problem+json errors. A 401 is retried once after a token refresh;
// when that is not possible the session ends.
import * as session from './session.js';

const BASE = new URL('.', location.href);

export class ApiError extends Error {
  constructor(status, title, detail, retryAfterSeconds = null) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Retry-After is either delta-seconds or an HTTP date. */
function parseRetryAfter(value) {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readProblem(res) {
  try {
    const type = res.headers.get('content-type') || '';
    if (type.includes('json')) return (await res.json()) || {};
    const text = (await res.text()).trim();
    return text && text.length < 300 && !text.startsWith('<') ? { detail: text } : {};
  } catch {
    return {};
  }
}

async function send(path, method, headers, body) {
  try {
    return await fetch(new URL(path, BASE), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'Network error', 'Cannot reach the server. Check the connection and try again.');
  }
}

function sessionExpired() {
  session.expire();
  return new ApiError(401, 'Unauthorized', 'Session expired.');
}

export async function request(path, { method = 'GET', body, auth = true } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let token = null;
  if (auth) {
    token = session.token() || await session.ensureToken();
    if (!token) throw sessionExpired();
    headers.Authorization = `Bearer ${token}`;
  }
  let res = await send(path, method, headers, body);
  if (res.status === 401 && auth) {
    // the token may have been replaced or expired meanwhile: one retry with a refreshed token
    const current = session.token();
    const fresh = current && current !== token ? current : await session.refresh();
    if (!fresh) throw sessionExpired();
    headers.Authorization = `Bearer ${fresh}`;
    res = await send(path, method, headers, body);
    if (res.status === 401) throw sessionExpired();
  }
  if (!res.ok) {
    const problem = await readProblem(res);
    const error = new ApiError(res.status, problem.title || res.statusText,
      problem.detail || problem.title || `Request failed (HTTP ${res.status}).`,
      parseRetryAfter(res.headers.get('Retry-After')));
    error.errors = Array.isArray(problem.errors) ? problem.errors : [];
    throw error;
  }
  if (res.status === 204) return null;
  return res.json();
}

export const api = {
  login: (username, password) =>
    request('api/v1/auth/login', { method: 'POST', body: { username, password }, auth: false }),
  machines: () => request('api/v1/machines'),
  // one page of up to 1000: open alerts are at most one per (machine, rule)
  openAlerts: () => request('api/v1/alerts?state=OPEN&limit=1000').then((page) => page?.items ?? []),
};

export const rulesApi = {
  list: () => request('api/v1/alert-rules'),
  create: (rule) => request('api/v1/alert-rules', { method: 'POST', body: rule }),
  update: (id, rule) => request(`api/v1/alert-rules/${encodeURIComponent(id)}`, { method: 'PUT', body: rule }),
};

export const alertsApi = {
  acknowledge: (id, comment) =>
    request(`api/v1/alerts/${encodeURIComponent(id)}/acknowledge`, { method: 'POST', body: { comment } }),
  clear: (id) => request(`api/v1/alerts/${encodeURIComponent(id)}/clear`, { method: 'POST' }),
};

/** The problem's detail plus its per-field errors, in one line for a message area. */
export function problemText(error) {
  const fields = (error?.errors ?? []).map((e) => `${e.field ? `${e.field}: ` : ''}${e.message ?? ''}`).filter(Boolean);
  const detail = error?.detail || error?.message || 'The request failed.';
  return fields.length ? `${detail} (${fields.join('; ')})` : detail;
}
