// Alert rules: fleet rules with their per-machine overrides grouped underneath. ADMIN edits a row in place and saves
// it with its version (409: someone else changed it, the table reloads) and adds machine overrides of a fleet rule;
// VIEWER and OPERATOR see the table read only. Errors show the problem detail and the field errors next to the fields.
import { request, rulesApi, problemText } from './api.js';
import * as session from './session.js';
import { byId, h, setText } from './dom.js';
import { setupHeader } from './chrome.js';

const METRIC_LABELS = {
  temperature_c: 'Temperature (°C)',
  vibration_hz: 'Vibration (Hz)',
  power_consumption_kw: 'Power (kW)',
  network_latency_ms: 'Network latency (ms)',
  packet_loss_pct: 'Packet loss (%)',
  defect_rate_pct: 'Defect rate (%)',
  production_speed_units_per_hr: 'Production speed (units/h)',
  maintenance_score: 'Maintenance score',
  error_rate_pct: 'Error rate (%)',
  efficiency_score: 'Efficiency score',
  risk_score: 'Risk score',
  risk_level: 'Risk level',
  failure_probability: 'Failure probability',
  health_index: 'Health index',
  machine_offline: 'Machine offline (minutes silent)',
  controller_alarm: 'Controller alarm (MTConnect Condition)',
};
const EDITABLE = ['comparison', 'warningThreshold', 'criticalThreshold', 'consecutiveCount', 'hysteresis', 'enabled', 'description'];
const HEADINGS = {
  comparison: 'Comparison', warningThreshold: 'Warning', criticalThreshold: 'Critical', consecutiveCount: 'Consecutive',
  hysteresis: 'Hysteresis', enabled: 'Enabled', description: 'Description',
};
const NUMERIC = { warningThreshold: false, criticalThreshold: false, consecutiveCount: true, hysteresis: false };

const state = {
  admin: false,
  rules: [],
  /** id -> {version, values}: unsaved edits, kept across a reload while the rule's version is unchanged */
  drafts: new Map(),
  machines: [],
};

const metricLabel = (metric) => METRIC_LABELS[metric] ?? metric;

function message(text, kind = 'error') {
  const box = byId('rules-message');
  setText(box, text);
  box.dataset.kind = kind;
  box.hidden = !text;
}

/** 'create.arg0.warningThreshold' or 'warningThreshold' -> 'warningThreshold' */
const fieldName = (path) => String(path ?? '').split('.').pop();

/** Shows field errors next to the inputs inside `scope`; returns the errors that have no field there. */
function showFieldErrors(scope, errors) {
  clearFieldErrors(scope);
  const rest = [];
  for (const error of errors ?? []) {
    const name = fieldName(error.field);
    const slot = name && scope.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
    if (!slot) {
      rest.push(error);
      continue;
    }
    const text = slot.textContent ? `${slot.textContent}; ${error.message ?? 'invalid'}` : (error.message ?? 'invalid');
    setText(slot, text);
    slot.hidden = false;
    const input = scope.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      if (slot.id) input.setAttribute('aria-describedby', slot.id);
    }
  }
  return rest;
}

function clearFieldErrors(scope) {
  for (const slot of scope.querySelectorAll('[data-error-for]')) {
    setText(slot, '');
    slot.hidden = true;
  }
  for (const input of scope.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/** The problem detail plus the field errors that could not be placed next to a field. */
function problemSummary(error, unplaced) {
  return problemText({ ...error, detail: error.detail || error.message, errors: unplaced });
}

// ---- reading and writing values of a row or the form

function readValues(scope, fields) {
  const values = {};
  const errors = [];
  for (const field of fields) {
    const input = scope.querySelector(`[data-field="${field}"]`);
    if (!input) continue;
    if (input.type === 'checkbox') values[field] = input.checked;
    else if (field in NUMERIC) {
      const raw = input.value.trim();
      const number = Number(raw);
      if (raw === '' || !Number.isFinite(number)) errors.push({ field, message: 'enter a number' });
      else if (NUMERIC[field] && !Number.isInteger(number)) errors.push({ field, message: 'enter a whole number' });
      values[field] = number;
    } else if (field === 'machineId') {
      const number = Number(input.value);
      if (!input.value.trim() || !Number.isInteger(number) || number < 1) errors.push({ field, message: 'enter a machine id' });
      values[field] = number;
    } else values[field] = input.value.trim();
  }
  return { values, errors };
}

function writeValues(scope, values) {
  for (const [field, value] of Object.entries(values)) {
    const input = scope.querySelector(`[data-field="${field}"]`);
    if (!input) continue;
    if (input.type === 'checkbox') input.checked = Boolean(value);
    else input.value = value == null ? '' : String(value);
  }
}

const fmt = (value) => (typeof value === 'number' ? value.toLocaleString(undefined, { maximumFractionDigits: 6 }) : (value ?? '–'));

// ---- table

let errorSeq = 0;
function errorSlot(field) {
  errorSeq += 1;
  return h('span', { class: 'field-error', id: `fe-${errorSeq}`, dataset: { errorFor: field }, hidden: true });
}

function editCell(rule, field) {
  let input;
  const label = `${field} of ${rule.machineId == null ? 'fleet' : `machine ${rule.machineId}`} ${rule.metric}`;
  if (field === 'comparison') {
    input = h('select', { 'aria-label': label },
      h('option', { value: 'ABOVE', text: 'above' }), h('option', { value: 'BELOW', text: 'below' }));
  } else if (field === 'enabled') {
    input = h('input', { type: 'checkbox', 'aria-label': label });
  } else if (field === 'description') {
    input = h('input', { type: 'text', maxlength: '500', class: 'rule-description', 'aria-label': label });
  } else {
    input = h('input', {
      type: 'number', class: 'rule-number', 'aria-label': label,
      step: field === 'consecutiveCount' ? '1' : 'any', min: field === 'consecutiveCount' ? '1' : field === 'hysteresis' ? '0' : null,
    });
  }
  input.dataset.field = field;
  return h('td', { class: `c-${field}`, dataset: { label: HEADINGS[field] } }, input, errorSlot(field));
}

function readCell(rule, field) {
  let text;
  if (field === 'comparison') text = rule.comparison === 'BELOW' ? 'below' : 'above';
  else if (field === 'enabled') text = rule.enabled ? 'yes' : 'no';
  else if (field === 'description') text = rule.description || '–';
  else text = fmt(rule[field]);
  return h('td', { class: `c-${field}`, dataset: { field, label: HEADINGS[field] }, text });
}

function scopeCell(rule, override) {
  if (override) {
    return h('th', { scope: 'row', class: 'rule-scope' },
      h('span', { class: 'override-mark', 'aria-hidden': 'true', text: '↳ ' }),
      h('a', { href: `machine.html?id=${encodeURIComponent(rule.machineId)}`, text: `Machine #${rule.machineId}` }),
      h('span', { class: 'muted small', text: ' override' }));
  }
  return h('th', { scope: 'row', class: 'rule-scope' },
    h('span', { class: 'rule-metric', text: metricLabel(rule.metric) }), ' ',
    h('span', { class: 'scope-badge', text: rule.machineId == null ? 'fleet' : `machine #${rule.machineId}` }),
    h('code', { class: 'muted small rule-code', text: rule.metric }));
}

function ruleRow(rule, override) {
  const cells = EDITABLE.map((field) => (state.admin ? editCell(rule, field) : readCell(rule, field)));
  const actions = h('td', { class: 'rule-actions' });
  const row = h('tr', {
    class: override ? 'rule-row rule-override' : 'rule-row rule-fleet',
    dataset: { ruleId: String(rule.id), metric: rule.metric, machineId: rule.machineId == null ? '' : String(rule.machineId), enabled: String(Boolean(rule.enabled)) },
  }, scopeCell(rule, override), ...cells, h('td', { class: 'num muted small c-version', dataset: { label: 'Version' }, text: String(rule.version ?? '') }), actions);
  if (!state.admin) return row;

  const values = Object.fromEntries(EDITABLE.map((f) => [f, rule[f]]));
  writeValues(row, values);
  const draft = state.drafts.get(rule.id);
  if (draft && draft.version === rule.version) writeValues(row, draft.values);
  else state.drafts.delete(rule.id);

  const save = h('button', { type: 'button', class: 'btn btn-small btn-primary rule-save', text: 'Save', disabled: !state.drafts.has(rule.id) });
  save.addEventListener('click', () => saveRule(rule, row, save));
  actions.append(save);
  if (!override && rule.machineId == null) {
    const add = h('button', { type: 'button', class: 'btn btn-small rule-add-override', text: 'Override…', title: `Add a machine override of ${rule.metric}` });
    add.addEventListener('click', () => startOverride(rule));
    actions.append(add);
  }
  const markDirty = () => {
    const { values: now } = readValues(row, EDITABLE);
    const changed = EDITABLE.some((f) => (typeof now[f] === 'number' && Number.isNaN(now[f])) || now[f] !== (f === 'description' ? (rule[f] ?? '') : rule[f]));
    if (changed) state.drafts.set(rule.id, { version: rule.version, values: now });
    else state.drafts.delete(rule.id);
    row.dataset.dirty = String(changed);
    save.disabled = !changed;
  };
  row.addEventListener('input', markDirty);
  row.addEventListener('change', markDirty);
  row.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && !save.disabled) {
      event.preventDefault();
      save.click();
    }
  });
  row.dataset.dirty = String(state.drafts.has(rule.id));
  return row;
}

function render() {
  const fleet = state.rules.filter((r) => r.machineId == null).sort((a, b) => a.metric.localeCompare(b.metric));
  const overrides = state.rules.filter((r) => r.machineId != null).sort((a, b) => a.machineId - b.machineId);
  const rows = [];
  for (const rule of fleet) {
    rows.push(ruleRow(rule, false));
    for (const o of overrides.filter((x) => x.metric === rule.metric)) rows.push(ruleRow(o, true));
  }
  // overrides of a metric without a fleet rule: shown on their own
  const orphans = overrides.filter((o) => !fleet.some((f) => f.metric === o.metric));
  for (const o of orphans.sort((a, b) => a.metric.localeCompare(b.metric))) rows.push(ruleRow(o, false));
  if (!rows.length) rows.push(h('tr', { class: 'rules-empty' }, h('td', { colspan: '10', class: 'muted', text: 'No alert rules.' })));
  const focused = document.activeElement;
  const focusKey = focused?.closest?.('tr[data-rule-id]') ? [focused.closest('tr').dataset.ruleId, focused.dataset.field] : null;
  byId('rules').replaceChildren(...rows);
  if (focusKey) byId('rules').querySelector(`tr[data-rule-id="${focusKey[0]}"] [data-field="${focusKey[1]}"]`)?.focus();
  setText(byId('rules-total'), `${fleet.length} fleet · ${overrides.length} override${overrides.length === 1 ? '' : 's'}`);
  fillOverrideRules(fleet);
}

async function load() {
  const rules = await rulesApi.list();
  state.rules = Array.isArray(rules) ? rules : [];
  render();
}

async function reload(note) {
  try {
    await load();
    if (note) message(note.text, note.kind);
  } catch (error) {
    if (error.status !== 401) message(`Could not load the alert rules: ${problemText(error)}`);
  }
}

async function saveRule(rule, row, button) {
  const { values, errors } = readValues(row, EDITABLE);
  if (errors.length) {
    showFieldErrors(row, errors);
    message('Check the highlighted values.');
    return;
  }
  clearFieldErrors(row);
  message('');
  button.disabled = true;
  setText(button, 'Saving…');
  try {
    const saved = await rulesApi.update(rule.id, { ...values, version: rule.version });
    state.drafts.delete(rule.id);
    const index = state.rules.findIndex((r) => r.id === rule.id);
    if (saved && index >= 0) state.rules[index] = saved;
    render();
    message(`Saved ${metricLabel(rule.metric)} (${rule.machineId == null ? 'fleet' : `machine #${rule.machineId}`}), version ${saved?.version ?? ''}.`, 'info');
  } catch (error) {
    if (error.status === 401) return;
    if (error.status === 409) {
      state.drafts.delete(rule.id);
      await reload({ text: `The ${metricLabel(rule.metric)} rule (${rule.machineId == null ? 'fleet' : `machine #${rule.machineId}`}) was changed by someone else, reloaded. Check the current values and edit again.`, kind: 'error' });
      return;
    }
    const unplaced = showFieldErrors(row, error.errors);
    message(problemSummary(error, unplaced));
    button.disabled = false;
    setText(button, 'Save');
  }
}

// ---- override form

function fillOverrideRules(fleet) {
  const select = byId('override-rule');
  const previous = select.value;
  select.replaceChildren(...fleet.map((r) => h('option', { value: r.metric, text: metricLabel(r.metric), title: r.metric })));
  if (fleet.some((r) => r.metric === previous)) select.value = previous;
  else if (fleet.length) prefill(fleet[0]);
  byId('override-submit').disabled = fleet.length === 0;
}

function fleetRule(metric) {
  return state.rules.find((r) => r.machineId == null && r.metric === metric) ?? null;
}

function prefill(rule) {
  if (!rule) return;
  const form = byId('override-form');
  byId('override-rule').value = rule.metric;
  writeValues(form, {
    comparison: rule.comparison, warningThreshold: rule.warningThreshold, criticalThreshold: rule.criticalThreshold,
    consecutiveCount: rule.consecutiveCount, hysteresis: rule.hysteresis, enabled: rule.enabled ?? true,
    description: rule.description ? `${rule.description} (machine override)` : '',
  });
  clearFieldErrors(form);
  overrideMessage('');
}

function startOverride(rule) {
  prefill(rule);
  const form = byId('override-form');
  form.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  byId('override-machine').focus({ preventScroll: true });
}

function overrideMessage(text, kind = 'error') {
  const box = byId('override-message');
  setText(box, text);
  box.dataset.kind = kind;
  box.hidden = !text;
}

async function submitOverride(event) {
  event.preventDefault();
  const form = byId('override-form');
  const button = byId('override-submit');
  if (button.disabled) return;
  const { values, errors } = readValues(form, ['metric', 'machineId', ...EDITABLE]);
  if (!values.metric) errors.push({ field: 'metric', message: 'pick a fleet rule' });
  if (errors.length) {
    showFieldErrors(form, errors);
    overrideMessage('Check the highlighted values.');
    return;
  }
  clearFieldErrors(form);
  overrideMessage('');
  button.disabled = true;
  setText(button, 'Adding…');
  try {
    const created = await rulesApi.create(values);
    if (created) {
      state.rules = state.rules.filter((r) => r.id !== created.id).concat(created);
      render();
    } else await load();
    byId('override-machine').value = '';
    const text = `Added the ${metricLabel(values.metric)} override for machine #${values.machineId}.`;
    overrideMessage(text, 'info');
    message(text, 'info');
    byId('rules').querySelector(`tr[data-rule-id="${created?.id}"]`)?.classList.add('is-new');
  } catch (error) {
    if (error.status === 401) return;
    const unplaced = showFieldErrors(form, error.errors);
    if (error.status === 409 && !error.errors?.length) {
      showFieldErrors(form, [{ field: 'machineId', message: 'this machine already has a rule for this metric: edit it in the table' }]);
    }
    overrideMessage(problemSummary(error, unplaced));
  } finally {
    button.disabled = false;
    setText(button, 'Add override');
  }
}

async function loadMachines() {
  try {
    const machines = await request('api/v1/machines');
    state.machines = Array.isArray(machines) ? machines : [];
    byId('override-machines').replaceChildren(...state.machines.map((m) => h('option', { value: String(m.id), text: m.name ?? `#${m.id}` })));
  } catch { /* the datalist is only a hint */ }
}

async function main() {
  if (!(await session.ensureToken())) {
    session.expire();
    return;
  }
  setupHeader();
  state.admin = session.hasRole('ADMIN');
  byId('rules-readonly').hidden = state.admin;
  byId('rules').closest('table').dataset.mode = state.admin ? 'edit' : 'read';
  byId('rules-reload').addEventListener('click', () => {
    const unsaved = state.drafts.size;
    reload({ text: unsaved ? `Reloaded; ${unsaved} unsaved edit${unsaved === 1 ? '' : 's'} kept where the rule did not change.` : 'Reloaded.', kind: 'info' });
  });
  if (state.admin) {
    const form = byId('override-form');
    form.hidden = false;
    form.addEventListener('submit', submitOverride);
    byId('override-rule').addEventListener('change', (e) => prefill(fleetRule(e.target.value)));
    loadMachines();
  }
  await reload();
}

main();
