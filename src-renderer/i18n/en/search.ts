import type { search as vi } from '../vi/search';

export const search: typeof vi = {
  title: 'Search',
  placeholder: 'Find facilities, serials, sources, licences, workers… (accents optional, e.g. "dien bien", "SN-0042")',
  hint: 'Type at least one word. Searches every facility and register, accents optional.',
  none: 'Nothing found for "{{query}}". Try fewer words or the start of a serial number.',
  count: '{{count}} results',
  countMore: 'more than {{count}} results — type more to narrow',
  all: 'All',
  entities: {
    facility: 'Facility',
    xray_unit: 'X-ray unit',
    sealed_source: 'Sealed source',
    wastewater_system: 'Wastewater',
    licence: 'Licence',
    worker: 'Worker',
  },
};
