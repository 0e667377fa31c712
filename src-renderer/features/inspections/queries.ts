import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InspectionDetail } from '../../../src-shared/api/inspections';
import type { Attachment, AttachmentAddInput } from '../../../src-shared/schemas/attachment';
import type { InspectionCreateInput } from '../../../src-shared/schemas/inspection';
import { api } from '../../api/client';

export const inspectionKeys = {
  all: ['inspections'] as const,
  detail: (id: string) => ['inspections', 'detail', id] as const,
  templates: ['templates'] as const,
  template: (id: string, version: number) => ['templates', id, version] as const,
  blob: (sha256: string) => ['blobs', sha256] as const,
};

export function useInspectionDetail(id: string | undefined) {
  return useQuery({ queryKey: inspectionKeys.detail(id ?? ''), queryFn: () => api('inspections.get', { id: id! }), enabled: Boolean(id) });
}

export function useTemplates() {
  return useQuery({ queryKey: inspectionKeys.templates, queryFn: () => api('templates.list', {}), staleTime: Infinity });
}

/** Templates never change while the app runs: one fetch per id and version. */
export function useTemplate(id: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: inspectionKeys.template(id ?? '', version ?? 0),
    queryFn: () => api('templates.get', { id: id!, version }),
    enabled: Boolean(id),
    staleTime: Infinity,
  });
}

/** A stored image as a data: URL (the CSP allows data: images; blob: URLs would need revoking). */
export function useBlobDataUrl(sha256: string | null) {
  return useQuery({
    queryKey: inspectionKeys.blob(sha256 ?? ''),
    queryFn: async () => {
      const b = await api('blobs.get', { sha256: sha256! });
      return `data:${b.mime};base64,${b.dataBase64}`;
    },
    enabled: Boolean(sha256),
    staleTime: Infinity,
  });
}

export function useCreateInspection() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (values: InspectionCreateInput) => api('inspections.create', values),
    onSuccess: () => void qc.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}

function patchAttachments(qc: ReturnType<typeof useQueryClient>, inspectionId: string, change: (list: Attachment[]) => Attachment[]) {
  qc.setQueryData<InspectionDetail>(inspectionKeys.detail(inspectionId), (d) => (d ? { ...d, attachments: change(d.attachments) } : d));
}

/** Stores the image bytes (once, by SHA-256), then links them to the item. */
export function useAddAttachment(inspectionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ dataBase64, fileName, mime, ...link }: Omit<AttachmentAddInput, 'sha256' | 'inspectionId'> & { dataBase64: string; fileName: string; mime: string }) => {
      const blob = await api('blobs.put', { dataBase64, fileName, mime });
      return api('attachments.add', { ...link, inspectionId, sha256: blob.sha256 });
    },
    onSuccess: (a) => patchAttachments(qc, inspectionId, (list) => [...list, a]),
  });
}

export function useRemoveAttachment(inspectionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('attachments.remove', { id }),
    onSuccess: (a) => patchAttachments(qc, inspectionId, (list) => list.filter((x) => x.id !== a.id)),
  });
}
