// Connectors: every configured MQTT broker and MTConnect agent with its state, counters, last error and notes,
// refreshed every 3 s. ADMIN adds, edits (with the version read: 409 means someone else changed it), enables,
// disables and removes them. Secrets are write-only: the page never shows one, and an empty password or private key
// keeps the stored one (the API merges the secrets given with those stored).
import { request, problemText } from './api.js';
import * as session from './session.js';
import { byId, h, setText } from './dom.js';
import { setupHeader } from './chrome.js';

const REFRESH_MS = 3000;
// settings that hold PEM text (several lines): each has a field of its own instead of a name=value line
const PEM_SETTINGS = { clientCertificate: 'connector-client-certificate', caCertificates: 'connector-ca-certificates' };
const state = { connectors: [], editing: null };

const connectorsApi = {
  list: () => request('api/v1/connectors'),
  create: (body) => request('api/v1/connectors', { method: 'POST', body }),
  update: (id, body) => request(`api/v1/connectors/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  remove: (id) => request(`api/v1/connectors/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

function message(id, text, kind = 'error') {
  const box = byId(id);
  setText(box, text);
  box.dataset.kind = kind;
  box.hidden = !text;
}

const when = (iso) => (iso ? new Date(iso).toLocaleString() : '–');

function stateText(status) {
  if (status.state === 'RETRYING' && status.nextAttempt) return `RETRYING (next ${when(status.nextAttempt)})`;
  return status.state;
}

function errorCell(status) {
  const lines = [];
  if (status.lastError) lines.push(h('div', { text: `${status.lastError} (${when(status.lastErrorAt)})` }));
  for (const note of (status.notes ?? []).slice(-3)) lines.push(h('div', { class: 'muted small', text: note }));
  for (const reason of (status.rejections ?? []).slice(-3)) lines.push(h('div', { class: 'muted small', text: `rejected: ${reason}` }));
  return h('td', { dataset: { field: 'error' } }, lines.length ? lines : '–');
}

function body(connector, enabled) {
  return { name: connector.name, kind: connector.kind, enabled, settings: connector.settings, version: connector.version };
}

async function act(work, done) {
  try {
    await work();
    message('connectors-message', done, 'info');
  } catch (error) {
    message('connectors-message', problemText(error));
  }
  await reload();
}

function row(c) {
  const s = c.status;
  const toggle = h('button', { class: 'btn btn-small', type: 'button', dataset: { action: 'toggle' }, text: c.enabled ? 'Disable' : 'Enable',
    onclick: () => act(() => connectorsApi.update(c.id, body(c, !c.enabled)), `${c.name} ${c.enabled ? 'disabled' : 'enabled'}.`) });
  const edit = h('button', { class: 'btn btn-small', type: 'button', dataset: { action: 'edit' }, text: 'Edit', onclick: () => startEdit(c) });
  const remove = h('button', { class: 'btn btn-small', type: 'button', dataset: { action: 'remove' }, text: 'Remove',
    onclick: () => window.confirm(`Remove connector ${c.name}?`) && act(() => connectorsApi.remove(c.id), `${c.name} removed.`) });
  return h('tr', { dataset: { id: String(c.id) } },
    h('td', {}, h('div', { text: c.name }), h('div', { class: 'muted small', text: `${c.kind} · ${c.settings.url ?? ''}` })),
    h('td', { dataset: { field: 'state' }, text: stateText(s) }),
    ...['messages', 'accepted', 'duplicates', 'rejected'].map((field) => h('td', { class: 'num', dataset: { field }, text: s[field] })),
    h('td', { text: when(s.lastMessageAt) }),
    errorCell(s),
    h('td', {}, toggle, ' ', edit, ' ', remove));
}

async function reload() {
  try {
    state.connectors = await connectorsApi.list();
  } catch (error) {
    message('connectors-message', problemText(error));
    return;
  }
  setText(byId('connectors-total'), state.connectors.length);
  const rows = state.connectors.map(row);
  byId('connectors').replaceChildren(...(rows.length ? rows
    : [h('tr', { class: 'rules-empty' }, h('td', { colspan: '9', class: 'muted', text: 'No connectors yet.' }))]));
}

function startEdit(c) {
  state.editing = c;
  byId('connector-name').value = c.name;
  byId('connector-kind').value = c.kind;
  byId('connector-kind').disabled = true;
  byId('connector-settings').value = Object.entries(c.settings).filter(([k]) => !PEM_SETTINGS[k])
    .map(([k, v]) => `${k}=${v}`).join('\n');
  for (const [setting, field] of Object.entries(PEM_SETTINGS)) byId(field).value = c.settings[setting] ?? '';
  byId('connector-password').value = '';
  byId('connector-private-key').value = '';
  byId('connector-enabled').checked = c.enabled;
  setText(byId('connector-form-title'), `Edit ${c.name}`);
  setText(byId('connector-submit'), 'Save');
  byId('connector-cancel').hidden = false;
}

function resetForm() {
  state.editing = null;
  byId('connector-form').reset();
  byId('connector-kind').disabled = false;
  setText(byId('connector-form-title'), 'Add a connector');
  setText(byId('connector-submit'), 'Add connector');
  byId('connector-cancel').hidden = true;
  message('connector-form-message', '');
}

function settingsOf(text) {
  const settings = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (line.trim() && at > 0) settings[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return settings;
}

async function submit(event) {
  event.preventDefault();
  const editing = state.editing;
  const settings = settingsOf(byId('connector-settings').value);
  for (const [setting, field] of Object.entries(PEM_SETTINGS)) {
    const pem = byId(field).value.trim();
    if (pem) settings[setting] = pem;
  }
  const secrets = {};
  const password = byId('connector-password').value;
  const privateKey = byId('connector-private-key').value.trim();
  if (password) secrets.password = password;
  if (privateKey) secrets.privateKey = privateKey;
  // a client certificate taken away takes its stored key with it (a key without a certificate cannot work)
  else if (!settings.clientCertificate && editing?.secretsSet?.includes('privateKey')) secrets.privateKey = '';
  const request = {
    name: byId('connector-name').value.trim(),
    kind: byId('connector-kind').value,
    enabled: byId('connector-enabled').checked,
    settings,
    secrets: Object.keys(secrets).length ? secrets : undefined,
    version: editing?.version,
  };
  try {
    if (editing) await connectorsApi.update(editing.id, request);
    else await connectorsApi.create(request);
    message('connectors-message', `${request.name} ${editing ? 'saved' : 'added'}.`, 'info');
    resetForm();
    await reload();
  } catch (error) {
    message('connector-form-message', problemText(error));
  }
}

async function main() {
  if (!(await session.ensureToken())) {
    session.expire();
    return;
  }
  setupHeader();
  if (!session.hasRole('ADMIN')) {
    message('connectors-message', 'Connectors are managed by an ADMIN; this account cannot see them.', 'info');
    byId('connector-form').hidden = true;
    // nothing to load or reload: the API answers 403 to this account
    byId('connectors-reload').hidden = true;
    byId('connectors-h').closest('section').hidden = true;
    return;
  }
  byId('connectors-reload').addEventListener('click', () => reload());
  byId('connector-form').addEventListener('submit', submit);
  byId('connector-cancel').addEventListener('click', resetForm);
  await reload();
  setInterval(reload, REFRESH_MS);
}

main();
