import { useEffect, useRef } from 'react';
import { useNavigationType } from 'react-router';

/**
 * On every route change, focus moves to the new page's h1 (once it has loaded), so keyboard and
 * screen-reader users start on the new page instead of the link they left. A page that puts
 * focus somewhere better itself (the check form's first unanswered item) keeps it.
 * The app's first page (the initial load and its redirects, e.g. "/" → "/facilities") keeps the
 * browser's start: the first Tab reaches the skip link.
 */
export function useFocusTitleOnRouteChange(pathname: string): void {
  const navigationType = useNavigationType();
  const startup = useRef(true);
  useEffect(() => {
    // Still the first page until the user follows a link (PUSH); back/forward after that count too.
    if (startup.current && navigationType !== 'PUSH') return;
    startup.current = false;
    const main = document.getElementById('main');
    if (!main) return;
    const focusTitle = (): boolean => {
      const title = main.querySelector<HTMLElement>('h1');
      if (!title) return false;
      const active = document.activeElement;
      const elsewhere = active && active !== document.body && !main.contains(active) && !active.closest('nav');
      // A control inside the page already has focus (the page chose it), or focus is in a dialog.
      if ((active && active !== main && main.contains(active)) || elsewhere) return true;
      if (!title.hasAttribute('tabindex')) title.tabIndex = -1;
      title.focus({ preventScroll: true });
      return true;
    };
    if (focusTitle()) return;
    // The title appears once the page's data has loaded.
    const observer = new MutationObserver(() => {
      if (focusTitle()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, navigationType]);
}

/**
 * Whatever takes focus in the page is scrolled clear of the sticky headers (the app header and
 * a form's sticky header, whose bottom is `--kt-sticky-top`) and of the window's bottom edge.
 * The browser scrolls only elements it considers off screen; one under a sticky header is not.
 */
export function useKeepFocusInView(): void {
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const el = e.target;
      if (!(el instanceof HTMLElement) || el === document.body) return;
      // Focus inside fixed or sticky parts (app header, navigation, dialogs, popovers) needs no scrolling.
      if (el.closest('header, nav, [role="dialog"], [data-sticky-header], [data-portal]')) return;
      if (el.tagName === 'H1' || el.id === 'main') return;
      const root = document.documentElement;
      const top = parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;
      const bottomGap = parseFloat(getComputedStyle(root).scrollPaddingBottom) || 0;
      const rect = el.getBoundingClientRect();
      if (rect.top < top) window.scrollBy({ top: rect.top - top, behavior: 'instant' });
      else if (rect.bottom > window.innerHeight - bottomGap && rect.height < window.innerHeight - top) {
        window.scrollBy({ top: rect.bottom - (window.innerHeight - bottomGap), behavior: 'instant' });
      }
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
}
