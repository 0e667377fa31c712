import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FacilityInput } from '../../../src-shared/schemas/facility';
import { api } from '../../api/client';

export const facilityKeys = {
  all: ['facilities'] as const,
  one: (id: string) => ['facilities', id] as const,
};

export function useFacility(id: string | undefined) {
  return useQuery({ queryKey: facilityKeys.one(id ?? ''), queryFn: () => api('facilities.get', { id: id! }), enabled: Boolean(id) });
}

export function useProvinces() {
  return useQuery({ queryKey: ['provinces'], queryFn: () => api('adminUnits.provinces', {}), staleTime: Infinity });
}

export function useSaveFacility() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, values }: { id?: string; values: FacilityInput }) =>
      id ? api('facilities.update', { id, patch: values }) : api('facilities.create', values),
    onSuccess: (f) => {
      qc.setQueryData(facilityKeys.one(f.id), f);
      void qc.invalidateQueries({ queryKey: facilityKeys.all });
    },
  });
}

export function useDeleteFacility() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore, reason }: { id: string; restore?: boolean; reason?: string }) =>
      restore ? api('facilities.restore', { id }) : api('facilities.delete', { id, reason: reason ?? '' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: facilityKeys.all }),
  });
}
