// Renders GET /machines/{id}/analytics: overheating, congestion, power steps, energy by mode, error rate,
// vibration degradation trend with time to threshold, correlations with verdicts, OEE.
import { h } from './dom.js';
import { fmtDateTime, fmtNum, humanize, isNum } from './format.js';

const pct = (v, digits = 1) => (isNum(v) ? `${(v * 100).toFixed(digits)} %` : '–');
const minutes = (m) => {
  if (!isNum(m)) return '–';
  if (m < 120) return `${m.toFixed(0)} min`;
  return `${(m / 60).toFixed(1)} h`;
};

function card(title, id, ...children) {
  return h('section', { class: 'a-card', id }, h('h3', { text: title }), ...children);
}

function stat(label, value, extra) {
  return h('div', { class: 'a-stat' }, h('div', { class: 'a-stat-value', text: value }), h('div', { class: 'a-stat-label muted small', text: label }), extra ?? null);
}

function episodes(title, id, ep, what) {
  return card(title, id,
    h('div', { class: 'a-stats' },
      stat(`time ${what}`, minutes(ep?.minutes)),
      stat('episodes', isNum(ep?.episodes) ? String(ep.episodes) : '–')));
}

function energy(e) {
  const byMode = Object.entries(e?.kwhByMode ?? {}).filter(([, v]) => isNum(v));
  const max = Math.max(1e-9, ...byMode.map(([, v]) => v));
  return card('Energy', 'a-energy',
    h('div', { class: 'a-stats' },
      stat('total', isNum(e?.kwhTotal) ? `${fmtNum(e.kwhTotal, 1)} kWh` : '–'),
      stat('per unit', isNum(e?.kwhPerUnit) ? `${fmtNum(e.kwhPerUnit, 3)} kWh` : '–')),
    byMode.length
      ? h('ul', { class: 'bars' }, byMode.map(([mode, v]) => {
        const bar = h('span', { class: 'bar-fill', dataset: { mode } });
        bar.style.width = `${Math.round((v / max) * 100)}%`;
        return h('li', { class: 'bar-row' }, h('span', { class: 'bar-label', text: humanize(mode) }),
          h('span', { class: 'bar-track' }, bar), h('span', { class: 'bar-value', text: `${fmtNum(v, 1)} kWh` }));
      }))
      : h('p', { class: 'muted small', text: 'No energy by mode.' }));
}

function trend(t) {
  const verdict = t?.verdict ?? 'insufficient data';
  const rising = verdict === 'rising trend' && t?.significant;
  const ci = isNum(t?.ciLowPerDay) && isNum(t?.ciHighPerDay) ? `95 % CI ${fmtNum(t.ciLowPerDay, 3)} … ${fmtNum(t.ciHighPerDay, 3)} per day` : '';
  return card('Vibration degradation trend', 'a-trend',
    h('p', { class: `verdict ${rising ? 'verdict-bad' : t?.significant ? 'verdict-info' : 'verdict-neutral'}`, text: verdict }),
    h('div', { class: 'a-stats' },
      stat('slope per day', isNum(t?.slopePerDay) ? `${t.slopePerDay > 0 ? '+' : ''}${fmtNum(t.slopePerDay, 3)} Hz` : '–'),
      stat(`days to ${isNum(t?.threshold) ? `${t.threshold} Hz` : 'threshold'}`,
        isNum(t?.daysToThreshold)
          ? fmtNum(t.daysToThreshold, 1) + (isNum(t?.daysToThresholdLow) && isNum(t?.daysToThresholdHigh)
            ? ` (95 %: ${fmtNum(t.daysToThresholdLow, 1)} … ${fmtNum(t.daysToThresholdHigh, 1)})` : '')
          : rising ? '–' : 'not approaching')),
    h('p', { class: 'muted small', text: [ci, isNum(t?.n) ? `n = ${t.n}` : '',
      isNum(t?.effectiveN) && isNum(t?.n) && t.effectiveN < t.n ? `effective n ≈ ${Math.round(t.effectiveN)} (autocorrelation)` : '',
      t?.mode ? `${t.mode} readings since the last tool change` : '',
      t?.significant ? 'significant' : 'not significant'].filter(Boolean).join(' · ') }));
}

const PAIRS = {
  temperatureVsErrors: 'Temperature vs error rate',
  temperatureVsEfficiency: 'Temperature vs efficiency',
  powerVsEfficiency: 'Power vs efficiency',
  errorsVsLatency: 'Error rate vs latency',
};

export function correlationsTable(c) {
  const rows = Object.entries(c ?? {}).filter(([, f]) => f && typeof f === 'object');
  if (!rows.length) return h('p', { class: 'muted small', text: 'No correlations.' });
  return h('table', { class: 'corr' },
    h('thead', null, h('tr', null, ['Pair', 'r', 'n', 'p', 'Verdict', 'Effect'].map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', null, rows.map(([key, f]) => h('tr', { dataset: { verdict: f.verdict ?? '' } },
      h('th', { scope: 'row', text: PAIRS[key] ?? humanize(key) }),
      h('td', { text: fmtNum(f.r, 2) }),
      h('td', { text: isNum(f.n) ? String(f.n) + (isNum(f.effectiveN) && f.effectiveN < f.n ? ` (effective ${Math.round(f.effectiveN)})` : '') : '–' }),
      h('td', { text: isNum(f.pValue) ? (f.pValue < 0.001 ? '< 0.001' : f.pValue.toFixed(3)) : '–' }),
      h('td', null, h('span', { class: `verdict-chip ${f.verdict === 'significant' ? 'verdict-bad' : 'verdict-neutral'}`, text: f.verdict ?? '–' })),
      h('td', { text: f.effect ?? '–' })))));
}

export function oeeStats(o) {
  return h('div', { class: 'a-stats' },
    stat('OEE', pct(o?.oee)), stat('availability', pct(o?.availability)), stat('performance', pct(o?.performance)), stat('quality', pct(o?.quality)));
}

export function renderAnalytics(a) {
  const head = h('p', { class: 'muted small a-window' },
    `${isNum(a?.readings) ? `${a.readings.toLocaleString()} readings` : ''} · ${fmtDateTime(a?.firstReading ?? a?.from)} – ${fmtDateTime(a?.lastReading ?? a?.to)}${a?.capped ? ' · capped (oldest part left out)' : ''}`);
  const err = a?.errorRate;
  return [
    head,
    h('div', { class: 'a-grid' },
      card('OEE', 'a-oee', oeeStats(a?.oee)),
      episodes('Overheating', 'a-overheating', a?.overheating, 'above limit'),
      episodes('Network congestion', 'a-congestion', a?.congestion, 'congested'),
      card('Power steps', 'a-power', h('div', { class: 'a-stats' },
        stat('jumps', isNum(a?.power?.jumps) ? String(a.power.jumps) : '–'),
        stat('drops', isNum(a?.power?.drops) ? String(a.power.drops) : '–'))),
      energy(a?.energy),
      card('Error rate', 'a-errors', h('div', { class: 'a-stats' },
        stat('mean', isNum(err?.meanPct) ? `${fmtNum(err.meanPct, 2)} %` : '–'),
        stat('max', isNum(err?.maxPct) ? `${fmtNum(err.maxPct, 2)} %` : '–'),
        stat(`above ${err?.warningLimitPct ?? 8} %`, isNum(err?.aboveWarningSharePct) ? `${fmtNum(err.aboveWarningSharePct, 1)} %` : '–'),
        stat(`above ${err?.criticalLimitPct ?? 12} %`, isNum(err?.aboveCriticalSharePct) ? `${fmtNum(err.aboveCriticalSharePct, 1)} %` : '–'))),
      trend(a?.vibrationTrend),
      card('Correlations', 'a-correlations', correlationsTable(a?.correlations))),
  ];
}
