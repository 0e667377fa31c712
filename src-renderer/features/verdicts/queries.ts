import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** The check form invalidates ['verdicts', inspectionId] after each saved answer. */
export const verdictKeys = {
  inspection: (inspectionId: string) => ['verdicts', inspectionId] as const,
};

export function useInspectionVerdicts(inspectionId: string) {
  return useQuery({ queryKey: verdictKeys.inspection(inspectionId), queryFn: () => api('inspections.verdicts', { inspectionId }) });
}
