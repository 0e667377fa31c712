import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const syncKeys = { status: ['sync.status'] as const, conflicts: ['sync.conflicts'] as const, devices: ['sync.devices'] as const };

export function useSyncStatus() {
  return useQuery({ queryKey: syncKeys.status, queryFn: () => api('sync.status', {}) });
}

export function useExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { destination: string; all: boolean }) => api('sync.export', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: syncKeys.status }),
  });
}

export function usePreview() {
  return useMutation({ mutationFn: (input: { fileName: string; dataBase64: string }) => api('sync.preview', input) });
}

/** An import can change any record: every list is fetched again. */
export function useImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { fileName: string; dataBase64: string; trust: boolean }) => api('sync.import', input),
    onSuccess: () => void qc.invalidateQueries(),
  });
}

export function useConflicts() {
  return useQuery({ queryKey: syncKeys.conflicts, queryFn: () => api('sync.conflicts.list', { status: 'open' }) });
}

export function useResolveConflict() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; keep: 'kept' | 'lost' }) => api('sync.conflicts.resolve', input),
    onSuccess: () => void qc.invalidateQueries(),
  });
}

export function useDevices() {
  return useQuery({ queryKey: syncKeys.devices, queryFn: () => api('sync.devices.list', {}) });
}

export function useDeviceTrust() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { deviceId: string; revoke: boolean }) => api(input.revoke ? 'sync.devices.revoke' : 'sync.devices.reinstate', { deviceId: input.deviceId }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: syncKeys.devices }),
  });
}
