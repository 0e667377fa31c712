export * from './errors';
export * from './contract';
export * from './define';
export { toFieldIssues, validationError } from './zod-issues';
