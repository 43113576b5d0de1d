/**
 * Each function's table permissions, enforced locally as IAM enforces them in AWS: the same
 * catalog entry gives the stack its policy (infra/hall-function.ts `bindTable`) and gives each
 * local function a client that refuses what that policy would refuse, with DynamoDB's
 * AccessDeniedException. So a function writing outside the partitions it owns (`writesOnly`),
 * deleting without `deletes`, or writing at all with `RO`, fails the tests, not production.
 */
import type { Deps } from '#adapters/deps';
import { TABLE_KEYS } from '#adapters/table';
import { functionCatalog, tableGrantOf, type FunctionName } from '#topology/catalog';

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

/** The partition key a single-item write names (document or marshalled form). */
function partitionOf(command: Command): string {
  const pk = (command.input?.Item ?? command.input?.Key)?.[TABLE_KEYS.partitionKey];
  return typeof pk === 'string' ? pk : String((pk as { S?: string } | undefined)?.S);
}

/** IAM's StringLike: `*` matches any run of characters, `?` any one; the rest literally. */
function stringLike(pattern: string, value: string): boolean {
  const literal = (text: string) => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.split('?').map(literal).join('.'))
      .join('.*')}$`,
    's',
  ).test(value);
}

export class AccessDeniedException extends Error {
  override readonly name = 'AccessDeniedException';
  readonly $fault = 'client';
}

/** `deps` with a table client that allows function `name` exactly what its role allows in AWS. */
export function withTableGrants(deps: Deps, name: FunctionName): Deps {
  const { reads, writes, writesOnly } = tableGrantOf(functionCatalog[name]);
  const refuse = (what: string): never => {
    throw new AccessDeniedException(`${name} is not authorized to perform: dynamodb:${what} (see its catalog entry)`);
  };
  const check = (command: Command) => {
    const operation = operationOf(command);
    if (reads.includes(operation)) return;
    if (!writes.includes(operation)) refuse(operation);
    const pk = partitionOf(command);
    if (writesOnly && !writesOnly.some((prefix) => stringLike(`${prefix}*`, pk))) refuse(`${operation} on the partition ${pk}`);
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
