/**
 * What a function reads from its environment in AWS (the stack sets exactly these per
 * function: shared/topology/catalog.ts), read at the first invocation, never at import.
 */
import { systemClock } from './clock';
import type { StoreDeps } from './deps';
import { createDocumentClient } from './dynamo';

export function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}

/** The table every function reads (TABLE_NAME) and the system clock. */
export const storeFromEnvironment = (): StoreDeps => ({
  db: createDocumentClient(),
  tableName: required('TABLE_NAME'),
  clock: systemClock,
});
