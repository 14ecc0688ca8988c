// Fleet KPIs (GET /fleet/analytics every 30 s: OEE and energy) and the maintenance work list (GET /maintenance).
import { request } from './api.js';
import { h, byId, setText } from './dom.js';
import { fmtNum, isNum } from './format.js';

export const FLEET_REFRESH_MS = 30000;

const pct = (v) => (isNum(v) ? `${(v * 100).toFixed(1)} %` : '–');

export class FleetStats {
  constructor({ nameOf, onSelect }) {
    this.nameOf = nameOf;
    this.onSelect = onSelect;
    this.timer = 0;
  }

  start() {
    const tick = async () => {
      await Promise.allSettled([this.loadFleet(), this.loadMaintenance()]);
      this.timer = setTimeout(tick, FLEET_REFRESH_MS);
    };
    tick();
  }

  async loadFleet() {
    const box = byId('fleet-kpis');
    try {
      const f = await request('api/v1/fleet/analytics');
      setText(byId('kpi-oee'), pct(f?.oee?.oee));
      byId('kpi-oee').title = `Availability ${pct(f?.oee?.availability)} · performance ${pct(f?.oee?.performance)} · quality ${pct(f?.oee?.quality)}`;
      setText(byId('kpi-oee-parts'), `A ${pct(f?.oee?.availability)} · P ${pct(f?.oee?.performance)} · Q ${pct(f?.oee?.quality)}`);
      setText(byId('kpi-energy'), isNum(f?.energy?.kwhTotal) ? `${fmtNum(f.energy.kwhTotal, 0)} kWh` : '–');
      setText(byId('kpi-energy-unit'), isNum(f?.energy?.kwhPerUnit) ? `${fmtNum(f.energy.kwhPerUnit, 3)} kWh/unit` : '');
      box.dataset.state = 'ok';
      box.title = `Fleet analytics, refreshed every 30 s (last ${new Date().toLocaleTimeString()})`;
    } catch (error) {
      box.dataset.state = 'error';
      box.title = `Fleet analytics unavailable: ${error.message}`;
    }
  }

  async loadMaintenance() {
    const list = byId('maintenance');
    const status = byId('maintenance-status');
    try {
      const items = await request('api/v1/maintenance');
      const rows = Array.isArray(items) ? items : [];
      setText(byId('maintenance-total'), rows.length);
      setText(status, rows.length ? '' : 'Nothing scheduled: no machine near a limit.');
      status.hidden = rows.length > 0;
      list.replaceChildren(...rows.map((m) => {
        const fp = isNum(m.failureProbability) ? m.failureProbability : null;
        const li = h('li', {
          class: 'mt-item', tabindex: '0', role: 'button', dataset: { machineId: String(m.machineId), level: fp == null ? '' : fp >= 0.6 ? 'high' : fp >= 0.3 ? 'medium' : 'low' },
          onclick: () => this.onSelect?.(m.machineId),
          onkeydown: (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              this.onSelect?.(m.machineId);
            }
          },
        },
        h('span', { class: 'mt-rank', text: `${m.rank}` }),
        h('div', { class: 'mt-main' },
          h('div', { class: 'mt-top' },
            h('span', { class: 'mt-machine', text: this.nameOf(m.machineId) }),
            h('span', { class: 'mt-fp', title: 'failure probability', text: fp == null ? '–' : `${(fp * 100).toFixed(0)} %` })),
          h('div', { class: 'mt-meta muted small', text: [
            isNum(m.daysToThreshold)
              ? `${fmtNum(m.daysToThreshold, 1)} days to threshold` + (isNum(m.daysToThresholdLow) && isNum(m.daysToThresholdHigh)
                ? ` (95 %: ${fmtNum(m.daysToThresholdLow, 1)} … ${fmtNum(m.daysToThresholdHigh, 1)})` : '')
              : 'no threshold in sight',
            m.reason ?? '',
          ].filter(Boolean).join(' · ') })));
        return li;
      }));
    } catch (error) {
      setText(status, `Work list unavailable: ${error.message}`);
      status.hidden = false;
    }
  }
}
