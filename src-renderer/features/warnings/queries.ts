import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export const warningKeys = {
  all: ['warnings'] as const,
  facility: (facilityId: string | null) => ['warnings', facilityId ?? 'all'] as const,
};

/** Register warnings, judged today by the core; every facility when none is given. */
export function useWarnings(facilityId: string | null) {
  return useQuery({ queryKey: warningKeys.facility(facilityId), queryFn: () => api('warnings.list', facilityId ? { facilityId } : {}) });
}
