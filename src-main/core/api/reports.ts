import type { reportOperations } from '../../../src-shared/api/reports';
import { reportChecks } from '../reports/checks-list';
import { dashboard, reportOptions } from '../reports/dashboard';
import { exportReport } from '../reports/export';
import type { HandlerSlice } from './types';

export const reportHandlers: HandlerSlice<keyof typeof reportOperations> = {
  'reports.dashboard': (env, filter) => dashboard(env, filter),
  'reports.checks': (env, input) => reportChecks(env.db, input),
  'reports.options': (env) => reportOptions(env),
  'reports.export': (env, input) => exportReport(env, input),
};
