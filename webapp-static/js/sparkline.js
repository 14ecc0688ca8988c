// Sparkline on uPlot: the last readings' line in the element's text colour (the tile's status colour), no axes.
// uPlot draws on canvas; its element styles go through the CSSOM, which the strict CSP does not block.
import uPlot from '../webjars/uplot/1.6.30/dist/uPlot.esm.js';

export function createSparkline({ width = 200, height = 40, label = 'Trend' } = {}) {
  const el = document.createElement('div');
  el.className = 'spark';
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  const colour = () => getComputedStyle(el).color || '#38bdf8';
  const u = new uPlot({
    width,
    height,
    ms: 1,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false },
    axes: [{ show: false }, { show: false }],
    scales: {
      x: { time: false },
      y: {
        range: (self, min, max) => (min == null ? [0, 1] : max - min < 1e-9 ? [min - 1, max + 1]
          : [min - (max - min) * 0.08, max + (max - min) * 0.08]),
      },
    },
    series: [{}, { stroke: colour, width: 1.6, fill: () => colour().replace(/^rgb\((.*)\)$/, 'rgba($1, 0.12)'), points: { show: false } }],
  }, [[], []], el);
  el.uplot = u;
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver((entries) => {
      const w = Math.floor(entries[0].contentRect.width);
      if (w > 0 && w !== u.width) u.setSize({ width: w, height });
    }).observe(el);
  }

  /** `values` in time order; `times` (epoch ms) beside them, or their order when not given. */
  function update(values, times) {
    const xs = [];
    const ys = [];
    values.forEach((v, i) => {
      if (typeof v === 'number' && Number.isFinite(v)) {
        xs.push(times?.[i] ?? i);
        ys.push(v);
      }
    });
    u.setData([xs, ys]);
  }

  return { el, update };
}
