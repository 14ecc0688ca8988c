// Fleet page: wires REST snapshot, WebSocket stream, tiles, alert list and detail panel together.
import { api } from './api.js';
import * as session from './session.js';
import { byId, h, setText } from './dom.js';
import { STATUSES, machineLabel } from './format.js';
import { FleetView } from './fleet.js';
import { AlertsView } from './alerts.js';
import { DetailPanel } from './detail.js';
import { LiveSocket } from './ws.js';
import { setupHeader, setupConnectionIndicator } from './chrome.js';
import { FleetStats } from './fleetstats.js';
import * as sound from './audio.js';
import { fmtDuration } from './format.js';

const PREFS_KEY = 'cnc.fleetView';

function loadPrefs() {
  try {
    return { sort: 'id', status: '', risk: '', ...JSON.parse(localStorage.getItem(PREFS_KEY) || '{}') };
  } catch {
    return { sort: 'id', status: '', risk: '' };
  }
}

function savePrefs(prefs) {
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    /* storage may be disabled; preferences are optional */
  }
}

function showReplay(msg) {
  const twin = [msg, msg.twin, msg.state, msg.replay].find((o) => o && typeof o === 'object' && typeof o.position === 'number');
  if (!twin) return;
  const { position, total, rowsPerSecond } = twin;
  const paused = twin.paused === true || twin.state === 'PAUSED';
  byId('replay').hidden = false;
  const parts = [typeof total === 'number' ? `${position.toLocaleString()} / ${total.toLocaleString()}` : position.toLocaleString()];
  if (paused) parts.push('paused');
  else if (typeof rowsPerSecond === 'number') parts.push(`${rowsPerSecond.toFixed(1)} rows/s`);
  if (!paused && typeof twin.etaSeconds === 'number') parts.push(`ETA ${fmtDuration(twin.etaSeconds)}`);
  if (twin.source) byId('replay').title = `Replay of ${twin.source}${twin.dataTime ? ` · data time ${twin.dataTime}` : ''}`;
  setText(byId('replay-text'), parts.join(' · '));
  byId('replay').dataset.paused = paused ? 'true' : 'false';
  const pct = typeof total === 'number' && total > 0 ? Math.min(100, (position / total) * 100) : 0;
  byId('replay-fill').style.width = `${pct.toFixed(1)}%`;
}

async function main() {
  if (!(await session.ensureToken())) {
    session.expire();
    return;
  }
  setupHeader();
  const prefs = loadPrefs();

  let fleet;
  const alerts = new AlertsView({
    list: byId('alerts'),
    panel: byId('alerts-panel'),
    empty: byId('alerts-empty'),
    total: byId('alerts-total'),
    nameOf: (id) => {
      const entry = fleet.get(id);
      return entry ? `#${entry.id} ${machineLabel(entry)}` : `Machine ${id}`;
    },
    onSelect: (id) => openDetail(id),
    canAct: session.hasRole('OPERATOR'),
  });
  const detail = new DetailPanel({
    panel: byId('detail'), title: byId('detail-title'), sub: byId('detail-sub'), body: byId('detail-body'), close: byId('detail-close'),
    entryOf: (id) => fleet.get(id),
    alertsOf: (id) => alerts.forMachine(id),
  });
  const refreshDetail = () => detail.refresh();

  // Status count chips double as a quick status filter.
  const countEls = {};
  const statusSelect = byId('filter-status');
  const chips = byId('counts');
  const allChip = h('button', { type: 'button', class: 'count-chip', dataset: { status: '' } },
    h('b', { text: '0' }), h('span', { text: 'Machines' }));
  countEls[''] = allChip.firstChild;
  chips.append(allChip);
  for (const status of STATUSES) {
    const chip = h('button', { type: 'button', class: 'count-chip', dataset: { status } },
      h('b', { text: '0' }), h('span', { text: status.charAt(0) + status.slice(1).toLowerCase() }));
    countEls[status] = chip.firstChild;
    chips.append(chip);
  }
  chips.addEventListener('click', (event) => {
    const chip = event.target.closest('.count-chip');
    if (!chip) return;
    const status = chip.dataset.status === statusSelect.value ? '' : chip.dataset.status;
    statusSelect.value = status;
    statusSelect.dispatchEvent(new Event('change'));
  });
  const markActiveChip = () => {
    for (const chip of chips.children) chip.setAttribute('aria-pressed', String(chip.dataset.status === statusSelect.value));
  };

  const updateSummary = () => {
    const counts = fleet.counts();
    let total = 0;
    for (const status of STATUSES) {
      setText(countEls[status], counts[status] ?? 0);
      total += counts[status] ?? 0;
    }
    setText(countEls[''], total);
    const alertCounts = alerts.counts();
    setText(byId('count-critical'), alertCounts.critical);
    setText(byId('count-warning'), alertCounts.warning);
    byId('count-critical').parentElement.dataset.active = String(alertCounts.critical > 0);
    byId('count-warning').parentElement.dataset.active = String(alertCounts.warning > 0);
    const filtered = statusSelect.value || byId('filter-risk').value;
    setText(byId('shown'), filtered ? `${fleet.shown ?? 0} of ${total} shown` : '');
    byId('empty').hidden = !(total > 0 && fleet.shown === 0);
  };

  fleet = new FleetView(byId('grid'), {
    onSelect: (id) => openDetail(id),
    onChange: (changed) => {
      updateSummary();
      if (changed.some((entry) => detail.isOpenFor(entry.id))) refreshDetail();
    },
  });

  function openDetail(id) {
    const entry = fleet.get(id);
    if (entry) detail.open(entry, alerts.forMachine(id));
  }

  // Toolbar
  const sortSelect = byId('sort');
  const riskSelect = byId('filter-risk');
  sortSelect.value = prefs.sort;
  statusSelect.value = prefs.status;
  riskSelect.value = prefs.risk;
  const applyToolbar = () => {
    Object.assign(prefs, { sort: sortSelect.value, status: statusSelect.value, risk: riskSelect.value });
    savePrefs(prefs);
    fleet.setSort(prefs.sort);
    fleet.setFilter({ status: prefs.status, risk: prefs.risk });
    markActiveChip();
  };
  [sortSelect, statusSelect, riskSelect].forEach((el) => el.addEventListener('change', applyToolbar));
  applyToolbar();

  const syncAlerts = () => {
    fleet.setWorstAlerts(alerts.worstByMachine());
    updateSummary();
  };

  // REST snapshot (initially and after every reconnect, to catch up on missed events)
  const banner = byId('banner');
  async function loadSnapshot() {
    const [machines, openAlerts] = await Promise.allSettled([api.machines(), api.openAlerts()]);
    const failures = [machines, openAlerts].filter((r) => r.status === 'rejected' && r.reason?.status !== 401);
    if (machines.status === 'fulfilled') fleet.upsertMachines(Array.isArray(machines.value) ? machines.value : []);
    if (openAlerts.status === 'fulfilled') alerts.setAll(Array.isArray(openAlerts.value) ? openAlerts.value : []);
    syncAlerts();
    banner.hidden = failures.length === 0;
    if (failures.length) {
      const what = machines.status === 'rejected' ? 'machines' : 'alerts';
      setText(byId('banner-text'), `Could not load ${what}: ${failures[0].reason?.message ?? 'unknown error'}`);
    }
    return failures.length === 0;
  }
  byId('banner-retry').addEventListener('click', () => loadSnapshot());

  const socket = new LiveSocket({
    getToken: () => session.token(),
    onAuthFailure: () => session.expire(),
    onState: (() => {
      const indicator = setupConnectionIndicator();
      return (state, info) => {
        indicator(state, info);
        if (state === 'live' && info.reconnected) loadSnapshot();
      };
    })(),
    onMessage: (msg) => {
      switch (msg.type) {
        case 'reading':
          fleet.applyReading(msg.reading, msg.machineStatus);
          break;
        case 'alert': {
          const critical = alerts.applyEvent(msg.event, msg.alert);
          if (msg.alert?.type === 'machine_offline' && msg.event !== 'cleared' && msg.event !== 'acknowledged') {
            fleet.markOffline(msg.alert.machineId);
          }
          syncAlerts();
          if (critical) {
            fleet.flashCritical(msg.alert.machineId);
            criticalCue(msg.alert);
          }
          if (detail.isOpenFor(msg.alert?.machineId)) refreshDetail();
          break;
        }
        case 'twin':
          showReplay(msg);
          break;
        case 'welcome':
          // tiles need scores, not the factors behind them (about a third of the bytes); the side panel fetches those
          if (!msg.renewed) socket.send({ type: 'subscribe', detail: 'summary', batch: true });
          showReplay(msg);
          break;
        default:
          break;
      }
    },
  });

  // New CRITICAL alert: a beep (after a user gesture, unless muted) and a toast that stays until dismissed or 15 s.
  const toast = byId('critical-toast');
  let toastTimer = 0;
  const hideToast = () => {
    toast.hidden = true;
    document.title = baseTitle;
  };
  const baseTitle = document.title;
  byId('critical-toast-close').addEventListener('click', hideToast);
  function criticalCue(alert) {
    sound.beep();
    setText(byId('critical-toast-text'), `${alerts.nameOf(alert.machineId)}: ${alert.message || alert.type}`);
    toast.dataset.machineId = String(alert.machineId);
    toast.hidden = false;
    document.title = `(!) ${baseTitle}`;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(hideToast, 15000);
  }
  const soundToggle = byId('sound-toggle');
  const showSound = () => {
    soundToggle.setAttribute('aria-pressed', String(!sound.isMuted()));
    setText(soundToggle, sound.isMuted() ? 'Sound off' : 'Sound on');
  };
  soundToggle.addEventListener('click', () => {
    sound.setMuted(!sound.isMuted());
    showSound();
  });
  showSound();

  const fleetStats = new FleetStats({ nameOf: (id) => alerts.nameOf(id), onSelect: (id) => openDetail(id) });
  loadSnapshot().finally(() => {
    socket.start();
    fleetStats.start();
  });
}

main();
