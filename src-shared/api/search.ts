import { query } from './define';
import { SearchInput, type SearchPage } from '../schemas/search';

export const searchOperations = {
  /** The one search box: facilities and every register entity, accent-free, paged. */
  'search.all': query<SearchPage>()(SearchInput),
} as const;
