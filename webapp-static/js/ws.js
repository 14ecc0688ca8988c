// Live WebSocket client: token auth as first message, reconnect with backoff (1 s doubling to 30 s). When the
// session refreshes its access token, the open socket re-authenticates with {"type":"auth"} so the feed continues.
import * as session from './session.js';

const MIN_DELAY = 1000;
const MAX_DELAY = 30000;
const POLICY_VIOLATION = 1008;

export class LiveSocket {
  /**
   * @param {{getToken: () => string|null, onMessage: (msg: object) => void,
   *          onState: (state: string, info?: object) => void, onAuthFailure: () => void}} handlers
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.ws = null;
    this.delay = MIN_DELAY;
    this.timer = null;
    this.stopped = true;
    this.welcomed = 0;
    this.unsubscribe = null;
    this.onOnline = () => {
      if (this.timer) this.reconnectNow();
    };
  }

  start() {
    this.stopped = false;
    window.addEventListener('online', this.onOnline);
    this.unsubscribe = session.onTokenRefreshed((token) => this.reauthenticate(token));
    this.connect();
  }

  stop() {
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    this.unsubscribe?.();
    this.unsubscribe = null;
    clearTimeout(this.timer);
    this.timer = null;
    if (this.ws) this.ws.close(1000, 'bye');
    this.ws = null;
  }

  url() {
    const url = new URL('ws/live', new URL('.', location.href));
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.href;
  }

  connect() {
    this.timer = null;
    const token = this.handlers.getToken();
    if (!token) {
      // expired while away (sleeping tab, long backoff): try a refresh before giving up
      session.ensureToken().then((fresh) => {
        if (this.stopped) return;
        if (fresh && this.handlers.getToken()) this.connect();
        else this.handlers.onAuthFailure();
      });
      return;
    }
    this.state('connecting');
    let ws;
    try {
      ws = new WebSocket(this.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    let authenticated = false;
    ws.addEventListener('open', () => {
      ws.send(JSON.stringify({ type: 'auth', token }));
    });
    ws.addEventListener('message', (event) => {
      let msg;
      try {
        msg = JSON.parse(event.data);
      } catch {
        return;
      }
      if (!msg || typeof msg !== 'object') return;
      if (msg.type === 'batch' && Array.isArray(msg.messages)) {
        // a page that subscribed with batch: true gets the messages of one commit in one frame
        msg.messages.forEach((one) => one && typeof one === 'object' && this.handlers.onMessage(one));
        return;
      }
      if (msg.type === 'welcome' && authenticated) {
        // answer to a re-authentication on this socket: the session was renewed, not reconnected
        msg.renewed = true;
      } else if (msg.type === 'welcome') {
        authenticated = true;
        this.delay = MIN_DELAY;
        this.welcomed += 1;
        this.state('live', { reconnected: this.welcomed > 1 });
      }
      this.handlers.onMessage(msg);
    });
    ws.addEventListener('close', (event) => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.stopped) return;
      if (event.code === POLICY_VIOLATION) {
        this.stopped = true;
        this.handlers.onAuthFailure();
        return;
      }
      this.scheduleReconnect();
    });
    // 'error' is always followed by 'close'; reconnecting happens there.
  }

  /** Renews the session of the open socket with a refreshed access token; a closed one uses it on reconnect. */
  reauthenticate(token) {
    if (this.stopped || !token || !this.ws || this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(JSON.stringify({ type: 'auth', token }));
  }

  /** Sends a message when connected (after the welcome); returns whether it was sent. */
  send(message) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  scheduleReconnect() {
    const delay = this.delay;
    this.delay = Math.min(this.delay * 2, MAX_DELAY);
    this.state('reconnecting', { retryAt: Date.now() + delay });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  reconnectNow() {
    clearTimeout(this.timer);
    this.connect();
  }

  state(name, info = {}) {
    this.handlers.onState(name, info);
  }
}
