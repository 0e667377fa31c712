import type { a11y as vi } from '../vi/a11y';

export const a11y: typeof vi = {
  skipToMain: 'Skip to main content',
  close: 'Close',
  clear: 'Clear the field',
  mainNav: 'Main navigation',
  list: {
    scroll: '{{name}} list: use the arrow keys and Page Up/Page Down to scroll',
    loadingRow: 'Loading row {{n}}…',
  },
  verdict: {
    explain: '{{label}} — show the explanation',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    nextUnanswered: 'Next unanswered item',
    nextFailed: 'Next failed item',
    none: 'No such item left',
  },
};
