import type { common as vi } from '../vi/common';

export const common: typeof vi = {
  appName: 'KiemTra',
  tagline: 'Radiation-safety and wastewater-technology inspections',
  nav: {
    facilities: 'Facilities',
    inspections: 'Inspections',
    search: 'Search',
    register: 'Register',
    warnings: 'Warnings',
    requirements: 'Corrective actions',
    rules: 'Regulations',
    settings: 'Settings',
  },
  language: 'Language',
  languages: { vi: 'Tiếng Việt', en: 'English' },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    create: 'New',
    edit: 'Edit',
    delete: 'Delete',
    undo: 'Undo',
    back: 'Back',
    clear: 'Clear filters',
    retry: 'Retry',
  },
  states: {
    loading: 'Loading…',
    saving: 'Saving…',
    saved: 'Saved',
    empty: 'Nothing here yet',
    noResults: 'No matching records',
    error: 'Something went wrong',
  },
  list: {
    count: '{{count}} records',
    searchPlaceholder: 'Search without accents, e.g. "son la"',
  },
  mode: {
    web: 'Local web mode',
    electron: 'Desktop app',
  },
  dataFile: 'Data file',
  version: 'Version',
  deviceId: 'Device id',
  deleted: 'Deleted "{{name}}"',
};
