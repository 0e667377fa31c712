import type { Migration } from '../types';
import { migration001 } from './001_foundation';
import { migration002 } from './002_register';
import { migration003 } from './003_inspections';
import { migration004 } from './004_rule_packs';
import { migration005 } from './005_findings';
import { migration009 } from './009_signed_minutes';

/** Every migration in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration009];

/** The highest version (numbers may leave gaps while areas add theirs). */
export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
