/**
 * Each function's table permissions, enforced locally as IAM enforces them in AWS: the same
 * catalog entry gives the stack its policy (infra/hall-function.ts `bindTable`) and gives each
 * local function a client that refuses what that policy would refuse, with DynamoDB's
 * AccessDeniedException. So a function writing outside the partitions it owns (`writesOnly`),
 * deleting without `deletes`, or writing at all with `RO`, fails the tests, not production.
 */
import type { Deps } from '#adapters/deps';
import { functionCatalog, tableGrantOf, type FunctionName } from '#topology/catalog';
import { partitionOf } from './service-calls';

interface Command {
  constructor: { name: string };
  input?: { Item?: Record<string, unknown>; Key?: Record<string, unknown> };
}

/** The document client's command names that are not DynamoDB's operation names. */
const OPERATIONS: Record<string, string> = {
  Get: 'GetItem',
  BatchGet: 'BatchGetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
};

const operationOf = (command: Command): string => {
  const name = command.constructor.name.replace(/Command$/, '');
  return OPERATIONS[name] ?? name;
};

/** IAM's StringLike as a regular expression: `*` matches any run of characters, `?` any one; the rest literally. */
function stringLike(pattern: string): RegExp {
  const literal = (text: string) => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  const parts = pattern.split('*').map((part) => part.split('?').map(literal).join('.'));
  return new RegExp(`^${parts.join('.*')}$`, 's');
}

export class AccessDeniedException extends Error {
  override readonly name = 'AccessDeniedException';
  readonly $fault = 'client';
}

/** `deps` with a table client that allows function `name` exactly what its role allows in AWS. */
export function withTableGrants(deps: Deps, name: FunctionName): Deps {
  const { reads, writes, writesOnly } = tableGrantOf(functionCatalog[name]);
  const writable = writesOnly?.map((prefix) => stringLike(`${prefix}*`));
  const refuse = (what: string): never => {
    throw new AccessDeniedException(`${name} is not authorized to perform: dynamodb:${what} (see its catalog entry)`);
  };
  const check = (command: Command) => {
    const operation = operationOf(command);
    if (reads.includes(operation)) return;
    if (!writes.includes(operation)) refuse(operation);
    const pk = partitionOf(command.input) ?? '';
    if (writable && !writable.some((partitions) => partitions.test(pk))) refuse(`${operation} on the partition ${pk}`);
  };
  const db = new Proxy(deps.db, {
    get(target, property, receiver): unknown {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      // Refused as the SDK refuses: a rejected promise, not a throw at the call.
      return async (command: Command, ...rest: unknown[]) => {
        check(command);
        return (target.send as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
      };
    },
  });
  return { ...deps, db };
}
