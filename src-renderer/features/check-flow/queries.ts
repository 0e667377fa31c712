import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Templates for a new check of the facility, the one that fits its register first. */
export function useTemplateProposals(facilityId: string | undefined) {
  return useQuery({
    queryKey: ['templateProposals', facilityId ?? ''],
    queryFn: () => api('inspections.proposeTemplates', { facilityId: facilityId! }),
    enabled: Boolean(facilityId && /^[0-9a-f-]{36}$/i.test(facilityId)),
  });
}
