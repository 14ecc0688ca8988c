// Tiny DOM helpers: build elements without innerHTML (no markup injection, CSP friendly).
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export const byId = (id) => document.getElementById(id);

/** Sets text only when it changed (keeps DOM writes cheap). */
export function setText(el, text) {
  const value = text == null ? '' : String(text);
  if (el.textContent !== value) el.textContent = value;
}

/** Restarts a one-shot CSS animation class. */
export function pulse(el, className) {
  pulseAll([el], className);
}

/**
 * Restarts a one-shot CSS animation class on many elements with one forced layout, not one per element: a fleet
 * frame that flashes 50 tiles would otherwise lay the page out 50 times (that kept a renderer core busy).
 */
export function pulseAll(elements, className) {
  if (!elements.length) return;
  for (const el of elements) el.classList.remove(className);
  void document.body.offsetWidth; // one reflow, so the animations run again
  for (const el of elements) el.classList.add(className);
}

document.addEventListener('animationend', (event) => {
  const el = event.target;
  if (el instanceof Element) {
    for (const name of ['flash', 'flash-critical', 'is-new']) el.classList.remove(name);
  }
});
