import { useEffect, type RefObject } from 'react';

/**
 * A sticky header tells the page how far down it reaches (`--kt-sticky-top`, read by the
 * `scroll-padding-top` of app/a11y.css and by useKeepFocusInView), so nothing that takes focus
 * is left hidden under it.
 */
export function useStickyTop(ref: RefObject<HTMLElement | null>, top: number): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--kt-sticky-top', `${top + el.getBoundingClientRect().height}px`);
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--kt-sticky-top');
    };
  }, [ref, top]);
}
