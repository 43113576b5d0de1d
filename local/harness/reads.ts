/**
 * What a piece of work reads from the store: the items DynamoDB reads for the Queries sent
 * through one client (ScannedCount: what read capacity is paid for, filters or not) whose
 * partition `partition` accepts. The local runtime invokes handlers in process with its own
 * client, so an HTTP call's reads are counted too. Run nothing else on the client meanwhile.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const NAME = 'hall-count-query-reads';

export async function queryReads<T>(
  db: DynamoDBDocumentClient,
  partition: (pk: string) => boolean,
  work: () => Promise<T>,
): Promise<{ result: T; itemsRead: number }> {
  let itemsRead = 0;
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      if (context.commandName === 'QueryCommand') {
        const values = (args.input as { ExpressionAttributeValues?: Record<string, unknown> }).ExpressionAttributeValues ?? {};
        const pk = values[':pk'];
        // Before or after the document client marshalled it.
        const value = typeof pk === 'string' ? pk : (pk as { S?: string } | undefined)?.S;
        if (value !== undefined && partition(value)) itemsRead += (out.output as { ScannedCount?: number }).ScannedCount ?? 0;
      }
      return out;
    },
    { step: 'initialize', name: NAME },
  );
  try {
    return { result: await work(), itemsRead };
  } finally {
    db.middlewareStack.remove(NAME);
  }
}
