import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiInput } from '../../../src-shared/api/contract';
import { api } from '../../api/client';

export const findingKeys = {
  inspection: (inspectionId: string) => ['findings', inspectionId] as const,
};

/** Every requirements query starts with 'requirements': one invalidation refreshes lists and panels. */
export const requirementKeys = {
  all: ['requirements'] as const,
  inspection: (inspectionId: string) => ['requirements', 'inspection', inspectionId] as const,
  openForFacility: (facilityId: string) => ['requirements', 'open', facilityId] as const,
  closedBy: (facilityId: string) => ['requirements', 'closed', facilityId] as const,
};

/** A finding or requirement changed: the panels, the lists and the register warnings may show it. */
function refresh(qc: QueryClient, inspectionId?: string) {
  if (inspectionId) void qc.invalidateQueries({ queryKey: findingKeys.inspection(inspectionId) });
  void qc.invalidateQueries({ queryKey: requirementKeys.all });
  void qc.invalidateQueries({ queryKey: ['warnings'] });
}

export function useFindings(inspectionId: string) {
  return useQuery({ queryKey: findingKeys.inspection(inspectionId), queryFn: () => api('findings.list', { inspectionId }) });
}

/** The requirements written at one inspection (a check has tens at most). */
export function useInspectionRequirements(inspectionId: string) {
  return useQuery({ queryKey: requirementKeys.inspection(inspectionId), queryFn: () => api('requirements.list', { inspectionId, limit: 500 }) });
}

export function useCreateFinding() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: ApiInput<'findings.create'>) => api('findings.create', input), onSuccess: (f) => refresh(qc, f.inspectionId) });
}

export function useUpdateFinding() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: ApiInput<'findings.update'>) => api('findings.update', input), onSuccess: (f) => refresh(qc, f.inspectionId) });
}

export function useSaveRequirement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, create }: { id?: string; create: ApiInput<'requirements.create'> }) =>
      id ? api('requirements.update', { id, patch: { text: create.text, responsible: create.responsible, deadline: create.deadline } }) : api('requirements.create', create),
    onSuccess: (r) => refresh(qc, r.inspectionId),
  });
}

export function useSetRequirementStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: 'open' | 'cancelled' }) => api('requirements.update', { id, patch: { status } }),
    onSuccess: (r) => refresh(qc, r.inspectionId),
  });
}

export function useCloseRequirement() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: ApiInput<'requirements.close'>) => api('requirements.close', input), onSuccess: () => refresh(qc) });
}
