// A machine's state timeline as a horizontal band: one segment per interval of the API's timeline, placed by its
// share of the range (left and width set through the CSSOM, which the strict CSP allows), coloured by state in CSS.
import { h } from './dom.js';
import { fmtDateTime, parseTime } from './format.js';

export const STATES = ['RUNNING', 'IDLE', 'MAINTENANCE', 'WARNING', 'CRITICAL', 'OFFLINE'];

const ms = (t) => parseTime(t)?.getTime();

/** Minutes as people read them: 95 -> "1 h 35 min". */
export function fmtMinutes(minutes) {
  const m = Math.round(minutes);
  return m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`;
}

/** The band of one machine's intervals over [from, to). */
export function band(intervals, from, to, label) {
  const start = ms(from);
  const span = ms(to) - start;
  const el = h('div', { class: 'tl-band', role: 'img', 'aria-label': label });
  for (const interval of intervals) {
    const left = ((ms(interval.from) - start) / span) * 100;
    const width = ((ms(interval.to) - ms(interval.from)) / span) * 100;
    const seg = h('span', {
      class: 'tl-seg',
      dataset: { state: interval.state, minutes: String(interval.minutes) },
      title: `${interval.state} ${fmtDateTime(parseTime(interval.from))} – ${fmtDateTime(parseTime(interval.to))} (${fmtMinutes(interval.minutes)})`,
    });
    seg.style.left = `${left}%`;
    seg.style.width = `${width}%`;
    el.append(seg);
  }
  return el;
}

/** Minutes per state, each cell carrying the API's figure in data-minutes. */
export function minutesList(minutes) {
  return h('ul', { class: 'tl-minutes small' }, ...STATES.map((state) => h('li', {
    dataset: { state, minutes: String(minutes?.[state] ?? 0) },
  }, h('span', { class: 'tl-swatch', dataset: { state } }), `${state.toLowerCase()} ${fmtMinutes(minutes?.[state] ?? 0)}`)));
}

/** The longest stops as a short list. */
export function stopsList(stops) {
  if (!stops?.length) return h('p', { class: 'muted small', text: 'No stops in this range.' });
  return h('ol', { class: 'tl-stops small' }, ...stops.map((s) => h('li', {
    text: `${fmtMinutes(s.minutes)} ${s.state.toLowerCase()} from ${fmtDateTime(parseTime(s.from))} to ${fmtDateTime(parseTime(s.to))}`,
  })));
}

/** A time ruler under the bands: the range's ends. */
export function ruler(from, to) {
  return h('div', { class: 'tl-ruler small muted' },
    h('span', { text: fmtDateTime(parseTime(from)) }), h('span', { text: fmtDateTime(parseTime(to)) }));
}
