// Session state kept in sessionStorage: access token, its expiry, refresh token, user name and roles.
// The access token is refreshed about a minute before it expires; only one refresh runs at a time on a page,
// and listeners (the live WebSocket) hear about the new token so they can re-authenticate.
const KEYS = {
  token: 'cnc.accessToken',
  expiresAt: 'cnc.expiresAt',
  refreshToken: 'cnc.refreshToken',
  username: 'cnc.username',
  roles: 'cnc.roles',
};
const BASE = new URL('.', location.href);
/** Refresh this long before the access token expires. */
const REFRESH_AHEAD_MS = 60000;
/** After a failed refresh (network, 5xx) try again this soon, while the token is still valid. */
const RETRY_MS = 10000;
const MAX_TIMEOUT = 2 ** 31 - 1;

/** Stores a successful login or refresh response. */
export function save(login) {
  const expiresIn = Number(login.expiresIn);
  const expiresAt = Number.isFinite(expiresIn) && expiresIn > 0 ? Date.now() + expiresIn * 1000 : 0;
  sessionStorage.setItem(KEYS.token, login.accessToken);
  sessionStorage.setItem(KEYS.expiresAt, String(expiresAt));
  if (login.refreshToken) sessionStorage.setItem(KEYS.refreshToken, login.refreshToken);
  else sessionStorage.removeItem(KEYS.refreshToken);
  if (login.user) {
    sessionStorage.setItem(KEYS.username, login.user.username ?? '');
    sessionStorage.setItem(KEYS.roles, JSON.stringify(login.user.roles ?? []));
  }
}

/** The access token, or null when there is none or it has expired. */
export function token() {
  const value = sessionStorage.getItem(KEYS.token);
  if (!value) return null;
  const expiresAt = expiresAtMillis();
  return expiresAt && Date.now() >= expiresAt ? null : value;
}

/** Expiry as epoch milliseconds, 0 when unknown. */
export function expiresAtMillis() {
  return Number(sessionStorage.getItem(KEYS.expiresAt)) || 0;
}

function refreshTokenValue() {
  return sessionStorage.getItem(KEYS.refreshToken) || null;
}

export function user() {
  let roles = [];
  try {
    roles = JSON.parse(sessionStorage.getItem(KEYS.roles) || '[]');
  } catch {
    roles = [];
  }
  return { username: sessionStorage.getItem(KEYS.username) || '', roles: Array.isArray(roles) ? roles : [] };
}

export function clear() {
  Object.values(KEYS).forEach((key) => sessionStorage.removeItem(key));
}

let leaving = false;

/** Session is no longer valid (401, expiry, WebSocket 1008): back to login with a hint. */
export function expire() {
  if (leaving) return;
  leaving = true;
  clearTimeout(timer);
  clear();
  location.replace('login.html?reason=expired');
}

/** Revokes the user's refresh tokens on the server (waiting at most 2 s for it), then leaves for the login page. */
export async function logout() {
  const access = token();
  leaving = true;
  clearTimeout(timer);
  if (access) {
    const timeout = new Promise((resolve) => setTimeout(resolve, 2000));
    const revoke = fetch(new URL('api/v1/auth/logout', BASE), {
      method: 'POST',
      headers: { Authorization: `Bearer ${access}` },
      cache: 'no-store',
      credentials: 'same-origin',
    }).catch(() => null);
    await Promise.race([revoke, timeout]);
  }
  clear();
  location.replace('login.html');
}

const RANKS = { VIEWER: 1, OPERATOR: 2, ADMIN: 3 };

/** true when the user holds `role` or a higher one (ADMIN > OPERATOR > VIEWER). */
export function hasRole(role) {
  const need = RANKS[role] ?? Infinity;
  return user().roles.some((r) => (RANKS[String(r).toUpperCase()] ?? 0) >= need);
}

// ---- token refresh

const listeners = new Set();
let inflight = null;
let timer = 0;
let keeping = false;

/** Calls `fn(accessToken)` after every successful refresh; returns a function that unsubscribes. */
export function onTokenRefreshed(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Exchanges the refresh token for a new access token (and a new refresh token). Concurrent callers share the one
 * request in flight. Resolves to the new access token, or null when it failed; a 401 ends the session.
 */
export function refresh() {
  if (inflight) return inflight;
  const refreshToken = refreshTokenValue();
  if (!refreshToken || leaving) return Promise.resolve(null);
  inflight = (async () => {
    let res;
    try {
      res = await fetch(new URL('api/v1/auth/refresh', BASE), {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
        cache: 'no-store',
        credentials: 'same-origin',
      });
    } catch {
      return null; // offline: retried while the access token lasts
    }
    if (res.status === 401) {
      expire();
      return null;
    }
    if (!res.ok) return null;
    let body;
    try {
      body = await res.json();
    } catch {
      return null;
    }
    if (!body?.accessToken || leaving) return null;
    save(body);
    schedule();
    for (const fn of listeners) {
      try {
        fn(body.accessToken);
      } catch (error) {
        console.warn('token listener failed', error);
      }
    }
    return body.accessToken;
  })().finally(() => {
    inflight = null;
  });
  return inflight;
}

/** A valid access token, refreshing first when it has expired (e.g. after the tab slept); null when none. */
export async function ensureToken() {
  const current = token();
  if (current) return current;
  if (inflight) return inflight;
  return refreshTokenValue() ? refresh() : null;
}

function schedule(wait) {
  clearTimeout(timer);
  timer = 0;
  if (leaving) return;
  const expiresAt = expiresAtMillis();
  if (!expiresAt) return;
  const left = expiresAt - Date.now();
  if (!refreshTokenValue()) {
    // nothing to refresh with: the session ends with the access token
    if (left < MAX_TIMEOUT) timer = setTimeout(expire, Math.max(0, left));
    return;
  }
  const due = wait ?? Math.max(0, left - REFRESH_AHEAD_MS);
  if (due < MAX_TIMEOUT) timer = setTimeout(tick, due);
}

async function tick() {
  const fresh = await refresh();
  if (fresh || leaving) return; // refresh() scheduled the next one
  const left = expiresAtMillis() - Date.now();
  if (left <= 0) expire();
  else schedule(Math.min(RETRY_MS, left));
}

/**
 * Keeps the session alive on this page: refreshes ~60 s before expiry (right away when less is left), checks
 * again when the tab becomes visible (timers are throttled in background tabs), and expires the session when
 * there is no refresh token. Safe to call more than once.
 */
export function keepAlive() {
  if (keeping) return;
  keeping = true;
  schedule();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !inflight) schedule();
  });
}
