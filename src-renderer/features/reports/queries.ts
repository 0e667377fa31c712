import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReportFilter } from '../../../src-shared/schemas/report';
import { api } from '../../api/client';

export function useDashboard(filter: ReportFilter) {
  return useQuery({ queryKey: ['reports', 'dashboard', filter], queryFn: () => api('reports.dashboard', filter), placeholderData: keepPreviousData });
}

export function useReportOptions() {
  return useQuery({ queryKey: ['reports', 'options'], queryFn: () => api('reports.options', {}) });
}
