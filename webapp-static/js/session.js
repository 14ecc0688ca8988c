// Session state kept in sessionStorage: access token, its expiry, user name and roles.
const KEYS = {
  token: 'cnc.accessToken',
  expiresAt: 'cnc.expiresAt',
  username: 'cnc.username',
  roles: 'cnc.roles',
};

/** Stores a successful login response. */
export function save(login) {
  const expiresIn = Number(login.expiresIn);
  const expiresAt = Number.isFinite(expiresIn) && expiresIn > 0 ? Date.now() + expiresIn * 1000 : 0;
  sessionStorage.setItem(KEYS.token, login.accessToken);
  sessionStorage.setItem(KEYS.expiresAt, String(expiresAt));
  sessionStorage.setItem(KEYS.username, login.user?.username ?? '');
  sessionStorage.setItem(KEYS.roles, JSON.stringify(login.user?.roles ?? []));
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
  clear();
  location.replace('login.html?reason=expired');
}

export function logout() {
  leaving = true;
  clear();
  location.replace('login.html');
}

const RANKS = { VIEWER: 1, OPERATOR: 2, ADMIN: 3 };

/** true when the user holds `role` or a higher one (ADMIN > OPERATOR > VIEWER). */
export function hasRole(role) {
  const need = RANKS[role] ?? Infinity;
  return user().roles.some((r) => (RANKS[String(r).toUpperCase()] ?? 0) >= need);
}
