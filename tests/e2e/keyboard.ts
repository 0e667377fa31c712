import type { Page } from 'playwright-core';

/** Where the focused element is, and whether the user can see it. */
export interface FocusView {
  tag: string;
  text: string;
  /** Inside the viewport and not under the app header or a sticky form header. */
  visible: boolean;
  why: string;
}

/**
 * Reads the focused element: its box (a visually hidden radio input counts by its label) must be
 * inside the window, below every fixed/sticky header that could cover it, and be what the
 * browser hit-tests at its centre.
 */
export function focusView(page: Page): Promise<FocusView> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', text: '', visible: false, why: 'nothing focused' };
    const shown = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.labels?.[0] ? el.labels[0] : el;
    const r = shown.getBoundingClientRect();
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80);
    const base = { tag: el.tagName, text };
    if (r.width === 0 || r.height === 0) return { ...base, visible: false, why: 'no box' };
    // A fixed element (the skip link) is drawn above the headers: only the hit test below can hide it.
    const inFixedPart = el.closest('header, nav, [role="dialog"], [data-sticky-header]') || getComputedStyle(el).position === 'fixed';
    let top = 0;
    if (!inFixedPart) {
      for (const cover of document.querySelectorAll<HTMLElement>('header, [data-sticky-header]')) {
        const c = cover.getBoundingClientRect();
        const pos = getComputedStyle(cover).position;
        if ((pos === 'fixed' || pos === 'sticky') && c.top <= 80) top = Math.max(top, c.bottom);
      }
    }
    const visibleTop = Math.max(r.top, 0);
    if (r.bottom <= top + 4 || visibleTop < top - 1) return { ...base, visible: false, why: `top ${Math.round(r.top)} under a header ending at ${Math.round(top)}` };
    if (r.top >= window.innerHeight || r.bottom > window.innerHeight + 1) {
      // A box taller than the window (a list's scroll area) only needs its top in view.
      if (!(r.height > window.innerHeight - top && r.top < window.innerHeight)) return { ...base, visible: false, why: `bottom ${Math.round(r.bottom)} below the window` };
    }
    const cx = r.left + Math.min(r.width / 2, 20);
    const cy = Math.max(r.top, top) + Math.min((Math.min(r.bottom, window.innerHeight) - Math.max(r.top, top)) / 2, 12);
    const hit = document.elementFromPoint(cx, cy);
    if (hit && !shown.contains(hit) && !hit.contains(shown) && !el.contains(hit)) {
      return { ...base, visible: false, why: `covered by ${hit.tagName}.${String(hit.className).slice(0, 40)}` };
    }
    return { ...base, visible: true, why: '' };
  });
}

/** Presses a key and checks the newly focused element is visible; returns what is focused. */
export async function press(page: Page, key: string, log: string[]): Promise<FocusView> {
  await page.keyboard.press(key);
  const view = await focusView(page);
  log.push(`${key} → ${view.tag} "${view.text}"${view.visible ? '' : ` HIDDEN: ${view.why}`}`);
  if (!view.visible) throw new Error(`After ${key}, the focused element is not visible: ${view.tag} "${view.text}" (${view.why}).\n${log.slice(-12).join('\n')}`);
  return view;
}

/** Whether the focused element matches a CSS selector. */
export function focusedMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => Boolean(document.activeElement?.matches(sel)), selector);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, asserting
 * visibility at every stop. Fails after `max` stops. Returns the number of stops.
 */
export async function tabUntil(page: Page, selector: string, log: string[], { back = false, max = 80 } = {}): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await press(page, back ? 'Shift+Tab' : 'Tab', log);
    if (await focusedMatches(page, selector)) return i;
  }
  throw new Error(`${selector} not reached in ${max} ${back ? 'Shift+Tab' : 'Tab'} presses.\n${log.slice(-15).join('\n')}`);
}
