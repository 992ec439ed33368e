// Keeps the app's container at the placeholder's height after the first render until a change of height
// can no longer move what the visitor sees: the element's bottom stays below the viewport (or above it:
// scroll anchoring keeps the view still) whichever height it has, or the visitor has just used the widget
// (the browser does not count shifts right after input). Only small differences are held.

export const HOLD_AT_MOST = 64;

/** Whether to stop holding: `top` is the element's top in the viewport, `held` the placeholder's
 *  height, `natural` the app's, `viewport` the viewport's height (all px). */
export function mayRelease({ top, held, natural, viewport }) {
  const gap = Math.abs(natural - held);
  // A first screen far from the placeholder's size is not the first screen (saved answers restored a
  // later step, a notice about the settings): holding it would hide what the visitor came back for.
  if (gap < 1 || gap > HOLD_AT_MOST) return true;
  const below = top + Math.min(held, natural) >= viewport;
  const above = top + Math.max(held, natural) <= 0;
  return below || above;
}

/** Holds `container` (in `root`, the shadow root of `element`) at `height` px; returns the release. */
export function hold(element, root, container, height) {
  let sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`.en-root--held{height:${height}px}`);
  } catch {
    return () => {};
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  container.classList.add('en-root--held');
  let done = false;
  let frame = 0;
  const inputs = ['pointerdown', 'keydown', 'focusin'];
  function release() {
    if (done) return;
    done = true;
    container.classList.remove('en-root--held');
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    window.removeEventListener('scroll', schedule, true);
    window.removeEventListener('resize', release);
    for (const type of inputs) element.removeEventListener(type, release, true);
    if (frame) cancelAnimationFrame(frame);
  }
  function check() {
    frame = 0;
    if (done) return;
    if (!element.isConnected) return release();
    const top = element.getBoundingClientRect().top;
    if (mayRelease({ top, held: height, natural: container.scrollHeight, viewport: window.innerHeight })) release();
  }
  function schedule() {
    if (!frame && !done) frame = requestAnimationFrame(check);
  }
  window.addEventListener('scroll', schedule, { passive: true, capture: true });
  window.addEventListener('resize', release);
  for (const type of inputs) element.addEventListener(type, release, true);
  // The first check after the app has rendered (Yew renders in a microtask after mount).
  schedule();
  return release;
}
