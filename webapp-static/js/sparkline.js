// Inline-SVG sparkline (no chart library).
const NS = 'http://www.w3.org/2000/svg';

export function createSparkline({ width = 200, height = 40, label = 'Trend' } = {}) {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const area = document.createElementNS(NS, 'path');
  area.setAttribute('class', 'spark-area');
  const line = document.createElementNS(NS, 'path');
  line.setAttribute('class', 'spark-line');
  line.setAttribute('vector-effect', 'non-scaling-stroke');
  svg.append(area, line);

  function update(values) {
    const data = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (data.length < 2) {
      line.setAttribute('d', '');
      area.setAttribute('d', '');
      return;
    }
    let min = Math.min(...data);
    let max = Math.max(...data);
    if (max - min < 1e-9) {
      min -= 1;
      max += 1;
    }
    const pad = 3;
    const step = width / (data.length - 1);
    const y = (v) => pad + (height - 2 * pad) * (1 - (v - min) / (max - min));
    const points = data.map((v, i) => `${(i * step).toFixed(1)},${y(v).toFixed(1)}`);
    line.setAttribute('d', `M${points.join('L')}`);
    area.setAttribute('d', `M0,${height}L${points.join('L')}L${width},${height}Z`);
  }

  return { el: svg, update };
}
