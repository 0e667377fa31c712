import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AmendInput } from '../../../src-shared/api/minutes';
import type { InspectionDetail } from '../../../src-shared/api/inspections';
import type { CompleteInput } from '../../../src-shared/schemas/inspection';
import { api } from '../../api/client';
import { inspectionKeys } from '../inspections/queries';

export const minutesKey = (id: string) => ['minutes', id] as const;

export function useSignedMinutes(inspectionId: string | undefined) {
  return useQuery({ queryKey: minutesKey(inspectionId ?? ''), queryFn: () => api('minutes.get', { inspectionId: inspectionId! }), enabled: Boolean(inspectionId) });
}

export function useSign(inspectionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (closing: Omit<CompleteInput, 'id'>) => api('inspections.complete', { id: inspectionId, ...closing }),
    onSuccess: (inspection) => {
      qc.setQueryData<InspectionDetail>(inspectionKeys.detail(inspectionId), (d) => (d ? { ...d, inspection } : d));
      void qc.invalidateQueries({ queryKey: inspectionKeys.all });
      void qc.invalidateQueries({ queryKey: minutesKey(inspectionId) });
    },
  });
}

export function useAmend(inspectionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<AmendInput, 'inspectionId'>) => api('minutes.amend', { inspectionId, ...input }),
    onSuccess: (m) => qc.setQueryData(minutesKey(inspectionId), m),
  });
}
