import { appHandlers } from './app';
import { facilityHandlers } from './facilities';
import { demoHandlers } from './demo';
import { registerHandlers } from './register';
import { searchHandlers } from './search';
import { adminUnitHandlers } from './admin-units';
import { inspectionHandlers } from './inspections';
import { ruleHandlers } from './rules';
import { findingHandlers } from './findings';
import { judgingHandlers } from './judging';
import { warningHandlers } from './warnings';
import { checkFlowHandlers } from './check-flow';
import { backupHandlers } from './backup';
import { identityHandlers } from './identity';
import { minutesHandlers } from './minutes';
import { auditHandlers } from './audit';
import { reportHandlers } from './reports';
import { minutesPdfHandlers } from './minutes-pdf';
import { syncHandlers } from './sync';
import type { Handlers } from './types';

/** Every operation's implementation; each area keeps its slice in its own file. */
export const handlers: Handlers = {
  ...appHandlers,
  ...facilityHandlers,
  ...demoHandlers,
  ...registerHandlers,
  ...searchHandlers,
  ...adminUnitHandlers,
  ...inspectionHandlers,
  ...ruleHandlers,
  ...findingHandlers,
  ...judgingHandlers,
  ...warningHandlers,
  ...checkFlowHandlers,
  ...backupHandlers,
  ...identityHandlers,
  ...minutesHandlers,
  ...auditHandlers,
  ...reportHandlers,
  ...minutesPdfHandlers,
  ...syncHandlers,
};
