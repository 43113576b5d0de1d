/**
 * What a piece of work reads from the store: the items DynamoDB reads (what read capacity is
 * paid for, filters or not) in the partitions `partition` accepts, over every invocation the
 * work leads to (the local runtime invokes handlers in process, so an HTTP call's reads are
 * counted, and so are those of stream or bus deliveries meanwhile: run nothing else).
 */
import { itemsRead, type ServiceCalls } from '../service-calls';

export async function queryReads<T>(
  calls: ServiceCalls,
  partition: (pk: string) => boolean,
  work: () => Promise<T>,
): Promise<{ result: T; itemsRead: number }> {
  const { result, invocations } = await calls.during(work);
  return {
    result,
    itemsRead: itemsRead(
      invocations.flatMap((i) => i.calls),
      partition,
    ),
  };
}
