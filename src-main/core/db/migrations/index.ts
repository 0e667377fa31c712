import type { Migration } from '../types';
import { migration001 } from './001_foundation';

/** Every migration in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [migration001];

export const LATEST_SCHEMA_VERSION = migrations.length;
