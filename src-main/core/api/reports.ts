import type { reportOperations } from '../../../src-shared/api/reports';
import { dashboard, reportOptions } from '../reports/dashboard';
import { exportReport } from '../reports/export';
import type { HandlerSlice } from './types';

export const reportHandlers: HandlerSlice<keyof typeof reportOperations> = {
  'reports.dashboard': (env, filter) => dashboard(env, filter),
  'reports.options': (env) => reportOptions(env),
  'reports.export': (env, input) => exportReport(env, input),
};
