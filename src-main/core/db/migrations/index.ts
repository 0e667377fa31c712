import type { Migration } from '../types';
import { migration001 } from './001_foundation';
import { migration002 } from './002_register';
import { migration003 } from './003_inspections';
import { migration004 } from './004_rule_packs';
import { migration005 } from './005_findings';
import { migration007 } from './007_check_flow';
import { migration008 } from './008_trusted_keys';
import { migration009 } from './009_signed_minutes';
import { migration010 } from './010_sync_state';
import { migration011 } from './011_dose_read_on';

/** Every migration in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration007, migration008, migration009, migration010, migration011];

/** The highest version (numbers were reserved per area, so the list may have gaps). */
export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
