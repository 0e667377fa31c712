import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const packKeys = { all: ['rules.packs'] as const };

export function usePacks() {
  return useQuery({ queryKey: packKeys.all, queryFn: () => api('rules.packs.list', {}) });
}

/** A new pack changes what judges every open inspection: verdicts are refetched too. */
export function useImportPack() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { fileName: string; json: string; reason: string }) => api('rules.packs.import', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: packKeys.all });
      void qc.invalidateQueries({ queryKey: ['verdicts'] });
      void qc.invalidateQueries({ queryKey: ['warnings'] });
    },
  });
}
