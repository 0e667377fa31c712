/**
 * The app never leaves its own origin (DESIGN.md §2): in Electron the main process refuses
 * navigations and new windows; in web mode this guard does it in the page. A link to another
 * origin, window.open of another origin, and a URL or file dropped outside a drop zone do nothing.
 */
export function sameOrigin(href: string, here: Location = window.location): boolean {
  try {
    return new URL(href, here.href).origin === here.origin;
  } catch {
    return false;
  }
}

export function installNavigationGuard(win: Window = window): () => void {
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (target && !sameOrigin((target as HTMLAnchorElement).href, win.location)) event.preventDefault();
  };
  // Drops the page itself does not handle (the photo drop zones do) must not open the dropped URL.
  const onDragOver = (event: DragEvent) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
  };
  const onDrop = (event: DragEvent) => event.preventDefault();
  const open = win.open.bind(win);
  win.open = (url?: string | URL, ...rest) => (url === undefined || sameOrigin(String(url), win.location) ? open(url, ...rest) : null);
  win.document.addEventListener('click', onClick, true);
  win.document.addEventListener('auxclick', onClick, true);
  win.addEventListener('dragover', onDragOver);
  win.addEventListener('drop', onDrop);
  return () => {
    win.open = open;
    win.document.removeEventListener('click', onClick, true);
    win.document.removeEventListener('auxclick', onClick, true);
    win.removeEventListener('dragover', onDragOver);
    win.removeEventListener('drop', onDrop);
  };
}
