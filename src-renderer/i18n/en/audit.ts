import type { audit as vi } from '../vi/audit';

export const audit: typeof vi = {
  title: 'History of changes',
  empty: 'No changes yet.',
  more: 'Showing the latest {{shown}} of {{total}} changes.',
  actions: { create: 'Created', update: 'Changed', delete: 'Deleted', restore: 'Restored' },
  who: '{{actor}} · device {{device}}',
  reason: 'Reason: {{reason}}',
  empty_value: '(empty)',
  show: 'Show the history of changes',
  hide: 'Hide the history of changes',
};
