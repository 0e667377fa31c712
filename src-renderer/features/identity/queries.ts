import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProfileInput } from '../../../src-shared/api/identity';
import { api } from '../../api/client';

export const profileKey = ['profile'] as const;

export function useProfile() {
  return useQuery({ queryKey: profileKey, queryFn: () => api('profile.get', {}), staleTime: Infinity });
}

export function useSaveProfile(mode: 'create' | 'update') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) => api(mode === 'create' ? 'profile.create' : 'profile.update', input),
    onSuccess: (p) => qc.setQueryData(profileKey, p),
  });
}
