// Page chrome shared by the signed-in pages: user and role in the header, logout, token refresh / expiry,
// the live-connection indicator, and role gating of elements marked data-min-role="OPERATOR|ADMIN".
import * as session from './session.js';
import { byId, setText } from './dom.js';

export function setupHeader() {
  const { username, roles } = session.user();
  setText(byId('user-name'), username || 'unknown');
  setText(byId('user-role'), roles.length ? roles.join(', ') : 'no role');
  byId('logout').addEventListener('click', () => session.logout());
  session.keepAlive(); // refreshes the token before it expires; ends the session when it cannot
  applyRoleGates();
}

/** Elements with data-min-role stay hidden (and are removed from the tab order) unless the user has that role. */
export function applyRoleGates(root = document) {
  for (const el of root.querySelectorAll('[data-min-role]')) {
    el.hidden = !session.hasRole(el.dataset.minRole);
  }
}

export function setupConnectionIndicator() {
  const box = byId('conn');
  const text = byId('conn-text');
  let timer = 0;
  return (state, info = {}) => {
    clearInterval(timer);
    box.dataset.state = state;
    if (state === 'live') setText(text, 'Live');
    else if (state === 'connecting') setText(text, 'Connecting…');
    else if (state === 'reconnecting') {
      const tick = () => {
        const left = Math.max(0, Math.ceil((info.retryAt - Date.now()) / 1000));
        setText(text, left > 0 ? `Reconnecting in ${left} s` : 'Reconnecting…');
      };
      tick();
      timer = setInterval(tick, 1000);
    }
    box.title = state === 'live' ? 'Receiving live data' : 'Live data interrupted; values may be stale';
  };
}
