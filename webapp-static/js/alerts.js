// Open-alert list (latest first), keyed by alert id so items update in place. OPERATOR and ADMIN get
// acknowledge (with a comment form built in the DOM) and clear buttons; the WebSocket events update the items.
import { h, setText, pulse } from './dom.js';
import { alertsApi } from './api.js';
import { fmtNum, fmtTime, parseTime, severityRank } from './format.js';

const isOpen = (alert) => alert && alert.state !== 'CLEARED';
const latestTime = (alert) => (parseTime(alert.lastSeenAt) ?? parseTime(alert.raisedAt))?.getTime() ?? 0;

export class AlertsView {
  constructor({ list, panel, empty, total, onSelect, nameOf, canAct = false, filter = null }) {
    Object.assign(this, { list, panel, empty, total, onSelect, nameOf, canAct, filter });
    this.alerts = new Map();
    this.items = new Map();
  }

  /** Replace all alerts with a fresh snapshot. */
  setAll(alerts) {
    this.alerts.clear();
    for (const alert of alerts || []) if (isOpen(alert) && this.accepts(alert)) this.alerts.set(alert.id, alert);
    this.render();
  }

  /**
   * Applies a WebSocket alert event.
   * @returns {boolean} true when this is a new (or newly escalated) CRITICAL alert
   */
  applyEvent(event, alert) {
    if (!alert || alert.id == null || !this.accepts(alert)) return false;
    const previous = this.alerts.get(alert.id);
    let newCritical = false;
    if (event === 'cleared' || !isOpen(alert)) {
      this.alerts.delete(alert.id);
    } else {
      this.alerts.set(alert.id, alert);
      newCritical = alert.severity === 'CRITICAL' && alert.state !== 'ACKNOWLEDGED'
        && (event === 'raised' || !previous || previous.severity !== 'CRITICAL');
    }
    this.render(newCritical ? alert.id : null);
    if (newCritical) pulse(this.panel, 'flash-critical');
    return newCritical;
  }

  accepts(alert) {
    return !this.filter || this.filter(alert);
  }

  sorted() {
    return [...this.alerts.values()].sort((a, b) => latestTime(b) - latestTime(a) || String(b.id).localeCompare(String(a.id)));
  }

  forMachine(machineId) {
    return this.sorted().filter((a) => String(a.machineId) === String(machineId));
  }

  /** machineId -> worst open alert (CRITICAL over WARNING, unacknowledged first, then latest). */
  worstByMachine() {
    const worst = new Map();
    const score = (a) => severityRank(a.severity) * 2 + (a.state === 'ACKNOWLEDGED' ? 0 : 1);
    for (const alert of this.sorted()) {
      const key = Number.isFinite(Number(alert.machineId)) ? Number(alert.machineId) : alert.machineId;
      const current = worst.get(key);
      if (!current || score(alert) > score(current)) worst.set(key, alert);
    }
    return worst;
  }

  counts() {
    let critical = 0;
    let warning = 0;
    for (const alert of this.alerts.values()) {
      if (alert.severity === 'CRITICAL') critical += 1;
      else warning += 1;
    }
    return { critical, warning };
  }

  render(newId = null) {
    const sorted = this.sorted();
    for (const [id, item] of this.items) {
      if (!this.alerts.has(id)) {
        item.root.remove();
        this.items.delete(id);
      }
    }
    sorted.forEach((alert, index) => {
      let item = this.items.get(alert.id);
      if (!item) {
        item = this.buildItem(alert.id);
        this.items.set(alert.id, item);
      }
      this.fill(item, alert);
      if (this.list.children[index] !== item.root) this.list.insertBefore(item.root, this.list.children[index] ?? null);
      if (alert.id === newId) pulse(item.root, 'is-new');
    });
    this.empty.hidden = sorted.length > 0;
    setText(this.total, sorted.length);
  }

  buildItem(id) {
    const item = {
      severity: h('span', { class: 'sev-badge' }),
      machine: h('span', { class: 'alert-machine' }),
      state: h('span', { class: 'alert-state' }),
      message: h('div', { class: 'alert-message' }),
      meta: h('div', { class: 'alert-meta muted small' }),
      ackNote: h('div', { class: 'alert-ack-note muted small' }),
      actions: null,
      form: null,
    };
    const select = () => this.onSelect?.(this.alerts.get(id)?.machineId);
    if (this.canAct) {
      item.ackButton = h('button', {
        type: 'button', class: 'btn btn-small alert-ack', 'data-action': 'acknowledge', text: 'Acknowledge',
        onclick: (event) => { event.stopPropagation(); this.openAckForm(id, item); },
      });
      item.clearButton = h('button', {
        type: 'button', class: 'btn btn-small alert-clear', 'data-action': 'clear', text: 'Clear',
        onclick: (event) => { event.stopPropagation(); this.act(id, item, () => alertsApi.clear(id), 'cleared'); },
      });
      item.error = h('div', { class: 'alert-error small', role: 'alert', hidden: true });
      item.actions = h('div', { class: 'alert-actions' }, item.ackButton, item.clearButton);
    }
    item.root = h('li', {
      class: 'alert-item', tabindex: '0', role: 'button', dataset: { alertId: String(id) },
      onclick: (event) => {
        if (!event.target.closest('.alert-actions, .ack-form')) select();
      },
      onkeydown: (event) => {
        if (event.target === item.root && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          select();
        }
      },
    }, h('div', { class: 'alert-top' }, item.severity, item.machine, item.state), item.message, item.meta, item.ackNote,
    item.actions, item.error ?? null);
    return item;
  }

  /** Inline comment form (no window.prompt): Enter or "Acknowledge" sends, Escape or "Cancel" closes. */
  openAckForm(id, item) {
    if (item.form) {
      item.form.querySelector('input').focus();
      return;
    }
    const input = h('input', {
      type: 'text', class: 'ack-comment', maxlength: '500', placeholder: 'Comment (optional), e.g. coolant checked',
      'aria-label': 'Acknowledgement comment',
    });
    const close = () => {
      item.form?.remove();
      item.form = null;
      item.ackButton.hidden = this.alerts.get(id)?.state === 'ACKNOWLEDGED';
      item.ackButton.focus();
    };
    const form = h('form', {
      class: 'ack-form',
      onsubmit: (event) => {
        event.preventDefault();
        const comment = input.value.trim();
        this.act(id, item, () => alertsApi.acknowledge(id, comment || null), 'acknowledged', () => {
          item.form?.remove();
          item.form = null;
        });
      },
      onkeydown: (event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      },
      onclick: (event) => event.stopPropagation(),
    }, input,
    h('div', { class: 'ack-form-buttons' },
      h('button', { type: 'submit', class: 'btn btn-small btn-primary ack-confirm', text: 'Acknowledge' }),
      h('button', { type: 'button', class: 'btn btn-small ack-cancel', text: 'Cancel', onclick: close })));
    item.form = form;
    item.ackButton.hidden = true;
    item.actions.after(form);
    input.focus();
  }

  async act(id, item, call, event, done) {
    const buttons = item.root.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    item.error.hidden = true;
    try {
      const updated = await call();
      done?.();
      if (updated && updated.id != null) this.applyEvent(event, updated);
    } catch (error) {
      // 409 and friends: the problem's detail says why (e.g. already cleared by someone else).
      setText(item.error, error.detail || error.message || 'The request failed.');
      item.error.hidden = false;
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  fill(item, alert) {
    item.root.dataset.severity = alert.severity;
    item.root.dataset.state = alert.state;
    setText(item.severity, alert.severity);
    setText(item.machine, this.nameOf?.(alert.machineId) ?? `Machine ${alert.machineId}`);
    setText(item.state, alert.state === 'ACKNOWLEDGED' ? 'ACK' : '');
    setText(item.message, alert.message || alert.type);
    const parts = [];
    if (alert.value != null) parts.push(`value ${fmtNum(alert.value, 2)}${alert.threshold != null ? ` / limit ${fmtNum(alert.threshold, 2)}` : ''}`);
    if (alert.occurrences > 1) parts.push(`×${alert.occurrences}`);
    parts.push(`since ${fmtTime(alert.raisedAt)}`);
    if (alert.lastSeenAt && alert.lastSeenAt !== alert.raisedAt) parts.push(`last ${fmtTime(alert.lastSeenAt)}`);
    setText(item.meta, parts.join(' · '));
    const acked = alert.state === 'ACKNOWLEDGED';
    setText(item.ackNote, acked
      ? `Acknowledged${alert.acknowledgedBy ? ` by ${alert.acknowledgedBy}` : ''}${alert.acknowledgedAt ? ` at ${fmtTime(alert.acknowledgedAt)}` : ''}${alert.comment ? `: “${alert.comment}”` : ''}`
      : '');
    item.ackNote.hidden = !acked;
    if (item.ackButton) item.ackButton.hidden = acked || Boolean(item.form);
    item.root.setAttribute('aria-label', `${alert.severity} alert on ${item.machine.textContent}: ${alert.message || alert.type}`);
  }
}
