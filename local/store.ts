/**
 * The embedded DynamoDB of the local runtime: dynalite, behind a recording proxy that turns
 * every successful write into a DynamoDB Streams record (dynalite has no Streams).
 *
 * Every client talks to the proxy, so every write reaches the change stream: clients in another
 * process (`npm run invoke`) at its HTTP endpoint, clients in this process through its
 * `requestHandler` (the same signed requests and responses, without a socket). The proxy hands
 * requests to dynalite's own request handler in this process (no second HTTP hop) and passes
 * its responses on byte for byte; for writes to the table it also takes the item before and
 * after (from the write's own ReturnValues where it can, read otherwise), under a per-item lock,
 * so the stream carries exact images in exact per-item order.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { tableDefinition } from '#adapters/table';
import { ChangeStream } from './change-stream';
import { StreamJournal } from './stream-journal';

export interface LocalStore {
  /** The URL of the proxy, for DynamoDB clients in other processes. */
  endpoint: string;
  /**
   * For DynamoDB clients in this process (with any endpoint): the SDK's signed request goes to
   * the proxy as a call, not over a socket; the response comes back the same.
   */
  requestHandler: InProcessHandler;
  tableName: string;
  stream: ChangeStream;
  /**
   * While unavailable, every request is answered as DynamoDB answers during a service event
   * (500 InternalServerError, which the SDK retries, then gives up on): for rehearsing how the
   * functions fail and how their work is recovered (`npm run replay`).
   */
  setAvailable(available: boolean): void;
  /**
   * Puts these items straight into dynalite (25 a BatchWriteItem, several batches at a time),
   * making no stream records: a bench's fixture of many thousand records, where how they were
   * written is not what is measured and nothing consumes the stream.
   */
  load(items: readonly Record<string, unknown>[]): Promise<void>;
  close(): Promise<void>;
}

export interface LocalStoreOptions {
  /** Directory for persisted data, or ':memory:' for none. */
  dataDir: string;
  tableName: string;
  region?: string;
}

type Item = Record<string, AttributeValue>;

// dynalite is CommonJS without type declarations.
const dynalite = createRequire(import.meta.url)('dynalite') as (options: { path?: string; createTableMs?: number }) => http.Server;

export async function startLocalStore({ dataDir, tableName, region = 'local' }: LocalStoreOptions): Promise<LocalStore> {
  const path = dataDir === ':memory:' ? undefined : join(dataDir, 'dynamodb');
  if (path) await mkdir(path, { recursive: true });
  const database = dynalite({ createTableMs: 0, ...(path ? { path } : {}) });
  // Listening only so that closing it closes its database cleanly: requests go to its handler.
  await listen(database);
  const dynamo = new Upstream(database);
  await ensureTable(dynamo, tableName);

  // On disk, the stream keeps its records and its consumers' positions across restarts.
  const stream = new ChangeStream(path ? await StreamJournal.open(join(dataDir, 'stream')) : undefined);
  const recorder = new Recorder(dynamo, stream, tableName, region);
  const proxy = http.createServer((req, res) => void serveOverHttp(recorder, req, res));
  const endpoint = await listen(proxy);

  return {
    endpoint,
    requestHandler: inProcessHandler(recorder),
    tableName,
    stream,
    setAvailable: (available) => recorder.setAvailable(available),
    load: (items) => loadItems(dynamo, tableName, items),
    async close() {
      await stream.close();
      await stopServer(proxy);
      await stopServer(database);
    },
  };
}

async function listen(server: http.Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stopServer(server: http.Server): Promise<void> {
  // Idle keep-alive connections would otherwise hold close() open.
  const closed = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  server.closeAllConnections();
  await closed;
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request as dynalite's handler reads it: headers, method, url, then the body as events. */
class InProcessRequest extends EventEmitter {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly headers: http.IncomingHttpHeaders,
  ) {
    super();
  }
}

/** A response as dynalite's handler writes it: a status, headers, one `end` with the body. */
class InProcessResponse {
  statusCode = 200;
  readonly headers: http.IncomingHttpHeaders = {};

  constructor(private readonly done: (response: Response) => void) {}

  setHeader(name: string, value: string | number): void {
    this.headers[name.toLowerCase()] = String(value);
  }

  end(body: string | Buffer = ''): void {
    this.done({ status: this.statusCode, headers: this.headers, body: Buffer.isBuffer(body) ? body : Buffer.from(body) });
  }
}

type RequestListener = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * dynalite, called in this process: its own HTTP request handler (the same validation, errors
 * and responses as over HTTP) given the request without a socket. Raw forwarding, and the JSON
 * calls the proxy needs.
 */
class Upstream {
  private readonly handler: RequestListener;

  constructor(server: http.Server) {
    this.handler = server.listeners('request')[0] as RequestListener;
  }

  send(method: string, path: string, headers: http.IncomingHttpHeaders, body: Buffer): Promise<Response> {
    return new Promise((resolve) => {
      const req = new InProcessRequest(method, path, headers);
      this.handler(req as unknown as http.IncomingMessage, new InProcessResponse(resolve) as unknown as http.ServerResponse);
      if (body.length > 0) req.emit('data', body);
      req.emit('end');
    });
  }

  /** One DynamoDB operation; dynalite wants signature headers but never checks them. */
  async call(operation: string, input: object): Promise<{ ok: boolean; output: Record<string, unknown> }> {
    const headers = {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `DynamoDB_20120810.${operation}`,
      'x-amz-date': '20000101T000000Z',
      authorization: 'AWS4-HMAC-SHA256 Credential=local/20000101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    };
    const response = await this.send('POST', '/', headers, Buffer.from(JSON.stringify(input)));
    return { ok: response.status === 200, output: JSON.parse(response.body.toString()) as Record<string, unknown> };
  }

  async getItem(tableName: string, key: Item): Promise<Item | undefined> {
    const { ok, output } = await this.call('GetItem', { TableName: tableName, Key: key, ConsistentRead: true });
    if (!ok) throw new Error(`GetItem failed: ${JSON.stringify(output)}`);
    return output.Item as Item | undefined;
  }
}

async function loadItems(dynamo: Upstream, tableName: string, items: readonly Record<string, unknown>[]): Promise<void> {
  let next = 0;
  const loadBatches = async () => {
    while (next < items.length) {
      const batch = items.slice(next, (next += 25));
      const puts = batch.map((item) => ({ PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) } }));
      const { ok, output } = await resentOnReset(() => dynamo.call('BatchWriteItem', { RequestItems: { [tableName]: puts } }));
      // dynalite never throttles: a batch not fully written is a fault of the items.
      if (!ok || Object.keys(output.UnprocessedItems ?? {}).length > 0) throw new Error(`BatchWriteItem failed: ${JSON.stringify(output)}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, loadBatches));
}

/**
 * A call sent again (up to twice) when its kept-alive connection turns out closed: after seconds
 * of building a fixture, dynalite's idle timeout has closed connections the agent has not yet
 * heard of. Only for idempotent calls (puts of whole items).
 */
async function resentOnReset<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (attempt === 3 || (err as NodeJS.ErrnoException).code !== 'ECONNRESET') throw err;
    }
  }
}

/** Creates the table as the CDK stack defines it, unless it survived from an earlier run. */
async function ensureTable(dynamo: Upstream, tableName: string): Promise<void> {
  const { partitionKey, sortKey, indexes } = tableDefinition;
  const keySchema = (hash: string, range: string) => [
    { AttributeName: hash, KeyType: 'HASH' },
    { AttributeName: range, KeyType: 'RANGE' },
  ];
  const attributes = [partitionKey, sortKey, ...Object.values(indexes).flatMap((i) => [i.partitionKey, i.sortKey])];
  const created = await dynamo.call('CreateTable', {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: keySchema(partitionKey, sortKey),
    AttributeDefinitions: attributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    GlobalSecondaryIndexes: Object.entries(indexes).map(([name, index]) => ({
      IndexName: name,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: 'ALL' },
    })),
  });
  if (!created.ok && !String(created.output.__type).endsWith('#ResourceInUseException')) {
    throw new Error(`CreateTable failed: ${JSON.stringify(created.output)}`);
  }
  // Even with createTableMs 0, dynalite flips the table to ACTIVE on a timer.
  for (;;) {
    const { output } = await dynamo.call('DescribeTable', { TableName: tableName });
    if ((output.Table as { TableStatus?: string } | undefined)?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The parts of PutItem, UpdateItem, DeleteItem and BatchWriteItem inputs that name items. */
interface WriteInput {
  TableName?: string;
  ReturnValues?: string;
  Item?: unknown;
  Key?: unknown;
  RequestItems?: Record<string, Array<{ PutRequest?: { Item?: unknown }; DeleteRequest?: { Key?: unknown } }>>;
}

/** A write to the table's items. */
interface Write {
  operation: string;
  input: WriteInput;
  keys: Item[];
}

/** A successful write with the images of its items. */
interface Imaged {
  response: Response;
  before: Array<Item | undefined>;
  after: Array<Item | undefined>;
}

/** The image a single-item write can return itself, unless its client asked for ReturnValues of its own. */
function returnedImage({ operation, input, keys }: Write): 'ALL_OLD' | 'ALL_NEW' | undefined {
  if (keys.length !== 1 || operation === 'BatchWriteItem' || (input.ReturnValues ?? 'NONE') !== 'NONE') return undefined;
  return operation === 'UpdateItem' ? 'ALL_NEW' : 'ALL_OLD';
}

/** The response with another JSON body (the checksum the SDK verifies recomputed). */
function withBody(response: Response, output: object): Response {
  const body = Buffer.from(JSON.stringify(output));
  return { ...response, body, headers: { ...response.headers, 'content-length': String(body.length), 'x-amz-crc32': String(crc32(body)) } };
}

/** Forwards requests to dynalite and records the effect of every write to the table. */
class Recorder {
  private readonly locks = new KeyLocks();
  private readonly arn: string;
  private available = true;

  constructor(
    private readonly dynamo: Upstream,
    private readonly stream: ChangeStream,
    private readonly tableName: string,
    private readonly region: string,
  ) {
    this.arn = `arn:aws:dynamodb:${region}:000000000000:table/${tableName}/stream/local`;
  }

  setAvailable(available: boolean): void {
    this.available = available;
  }

  /** A DynamoDB request's response: dynalite's, with the write recorded on the stream if it is one. */
  async respond(method: string, url: string, headers: http.IncomingHttpHeaders, body: Buffer): Promise<Response> {
    if (!this.available) return internalServerError('Internal server error');
    try {
      const forward = (sent: Buffer = body) => this.dynamo.send(method, url, { ...headers, 'content-length': String(sent.length) }, sent);
      const write = this.writeOf(String(headers['x-amz-target']), body);
      return write ? await this.recordWrite(write, forward) : await forward();
    } catch (err) {
      return internalServerError(String(err));
    }
  }

  /** The write to the table's items this request is, with their keys; none for anything else. */
  private writeOf(target: string, body: Buffer): Write | undefined {
    const operation = target.replace(/^DynamoDB_20120810\./, '');
    if (!['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'].includes(operation)) return undefined;
    let input: WriteInput;
    try {
      input = JSON.parse(body.toString()) as WriteInput;
    } catch {
      return undefined; // dynalite answers with the proper SerializationException
    }
    const requested: unknown[] =
      operation === 'BatchWriteItem'
        ? (input.RequestItems?.[this.tableName] ?? []).map((r) => r.PutRequest?.Item ?? r.DeleteRequest?.Key)
        : input.TableName === this.tableName
          ? [operation === 'PutItem' ? input.Item : input.Key]
          : [];
    const keys = requested.map((item) => this.keyOf(item));
    // An incomplete key fails dynalite's validation anyway, so there is nothing to record.
    return keys.length > 0 && keys.every((key): key is Item => key !== undefined) ? { operation, input, keys } : undefined;
  }

  private keyOf(item: unknown): Item | undefined {
    const { partitionKey, sortKey } = tableDefinition;
    const attributes = item as Item | undefined;
    const pk = attributes?.[partitionKey];
    const sk = attributes?.[sortKey];
    return pk && sk ? { [partitionKey]: pk, [sortKey]: sk } : undefined;
  }

  private async recordWrite(write: Write, forward: (body?: Buffer) => Promise<Response>): Promise<Response> {
    const { keys } = write;
    const release = await this.locks.acquire(keys.map((key) => JSON.stringify(key)));
    try {
      const imaged = await this.writeWithImages(write, forward);
      if (!('before' in imaged)) return imaged;
      const { response, before, after } = imaged;
      // dynalite counts string lengths in UTF-16 code units, DynamoDB in UTF-8 bytes (a Chinese
      // character is 1 unit there and 3 bytes here): refuse what DynamoDB would, undoing the write.
      if (after.some((item) => item && dynamoItemSize(item) > MAX_ITEM_BYTES)) {
        await Promise.all(keys.map((key, i) => this.restore(key, before[i])));
        return itemTooLarge();
      }
      const records = keys.flatMap((key, i) => this.streamRecord(key, before[i], after[i]) ?? []);
      // On the stream (and in its journal) before the client hears back: an acknowledged write is never missed.
      this.stream.append(records);
      await this.stream.persisted();
      return response;
    } finally {
      release();
    }
  }

  /**
   * The write, and its items before and after it (under their locks): a single-item write for
   * which the client asked no ReturnValues gets one image from its own ReturnValues (the old item
   * of a put or delete, the new one of an update); the others are read around it. A delete needs
   * no read at all, a put or an update one instead of two.
   */
  private async writeWithImages(write: Write, forward: (body?: Buffer) => Promise<Response>): Promise<Imaged | Response> {
    const read = () => Promise.all(write.keys.map((key) => this.dynamo.getItem(this.tableName, key)));
    const returns = returnedImage(write);
    // Only an invalid key fails the read; the write then fails too, with dynalite's own error.
    const before = returns === 'ALL_OLD' ? [] : await read().catch(() => undefined);
    if (!before) return forward();
    if (!returns) {
      const response = await forward();
      return response.status === 200 ? { response, before, after: await read() } : response;
    }
    const answered = await forward(Buffer.from(JSON.stringify({ ...write.input, ReturnValues: returns })));
    if (answered.status !== 200) return answered;
    const { Attributes: image, ...output } = JSON.parse(answered.body.toString()) as { Attributes?: Item };
    const response = withBody(answered, output);
    if (returns === 'ALL_NEW') return { response, before, after: [image] };
    return { response, before: [image], after: write.operation === 'DeleteItem' ? [undefined] : await read() };
  }

  private async restore(key: Item, before: Item | undefined): Promise<void> {
    const { ok, output } = before
      ? await this.dynamo.call('PutItem', { TableName: this.tableName, Item: before })
      : await this.dynamo.call('DeleteItem', { TableName: this.tableName, Key: key });
    if (!ok) throw new Error(`Could not undo an oversized write: ${JSON.stringify(output)}`);
  }

  private streamRecord(keys: Item, oldImage: Item | undefined, newImage: Item | undefined): DynamoDBRecord | undefined {
    // DynamoDB Streams writes no record for a write that changed nothing (only an item that
    // stayed needs comparing, attribute by attribute).
    if (!oldImage && !newImage) return undefined;
    if (oldImage && newImage && canonical(oldImage) === canonical(newImage)) return undefined;
    const eventName = !oldImage ? 'INSERT' : !newImage ? 'REMOVE' : 'MODIFY';
    const images = { Keys: keys, ...(newImage && { NewImage: newImage }), ...(oldImage && { OldImage: oldImage }) };
    return {
      eventID: randomUUID(),
      eventName,
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: this.region,
      eventSourceARN: this.arn,
      dynamodb: {
        ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
        ...images,
        SizeBytes: Buffer.byteLength(JSON.stringify(images)),
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    };
  }
}

/** DynamoDB's answer while unavailable (the SDK retries it, then gives up). */
function internalServerError(message: string): Response {
  const body = Buffer.from(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message }));
  return { status: 500, headers: { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(body.length) }, body };
}

async function serveOverHttp(recorder: Recorder, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const response = await recorder.respond(req.method ?? 'POST', req.url ?? '/', req.headers, Buffer.concat(chunks));
  res.writeHead(response.status, response.headers).end(response.body);
}

/** What the SDK's request handlers take: an HTTP request it has serialized and signed (DynamoDB's has no query string). */
interface SignedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

export type InProcessHandler = Extract<NonNullable<DynamoDBClientConfig['requestHandler']>, { handle: unknown }>;

/** An SDK request handler that sends requests to the proxy as calls in this process. */
function inProcessHandler(recorder: Recorder): InProcessHandler {
  const handle = async ({ method, path, headers, body }: SignedRequest) => {
    const lowered = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    // The SDK serializes into a Uint8Array (that warns when read as a string): its bytes, not copied.
    const sent =
      body instanceof Uint8Array
        ? Buffer.from(body.buffer, body.byteOffset, body.byteLength)
        : Buffer.from(typeof body === 'string' ? body : '');
    const response = await recorder.respond(method, path, lowered, sent);
    return { response: { statusCode: response.status, headers: response.headers as Record<string, string>, body: response.body } };
  };
  return { handle, updateHttpClientConfig: () => undefined, httpHandlerConfigs: () => ({}) } as InProcessHandler;
}

/** JSON with sorted map keys and sorted sets, so equal items compare equal as strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (Array.isArray(v) && ['SS', 'NS', 'BS'].includes(key)) return [...(v as string[])].sort();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return v;
  });
}

/**
 * Serializes work per item key while different keys proceed concurrently. Several keys are
 * taken in sorted order, so two batch writes can never wait on each other.
 */
class KeyLocks {
  private readonly tails = new Map<string, Promise<void>>();

  async acquire(keys: string[]): Promise<() => void> {
    const releases: Array<() => void> = [];
    for (const key of [...new Set(keys)].sort()) releases.push(await this.acquireOne(key));
    return () => releases.forEach((release) => release());
  }

  private async acquireOne(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}

/** DynamoDB's item size limit. */
export const MAX_ITEM_BYTES = 400 * 1024;

/**
 * An item's size as DynamoDB counts it: attribute names and string values in UTF-8 bytes,
 * numbers about one byte per two significant digits plus one, binary values in bytes, 1 for a
 * boolean or null, and 3 bytes plus 1 per element for lists and maps.
 */
export function dynamoItemSize(item: Item): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + valueSize(value), 0);
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return Math.ceil(value.N.replace(/^-|\.|e.*$/gi, '').replace(/^0+/, '').length / 2) + 1;
  if (value.B !== undefined) return Buffer.from(value.B, 'base64').length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS) return value.SS.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  if (value.NS) return value.NS.reduce((sum, n) => sum + valueSize({ N: n }), 0);
  if (value.BS) return value.BS.reduce((sum, b) => sum + valueSize({ B: b }), 0);
  if (value.L) return 3 + value.L.reduce((sum, v) => sum + 1 + valueSize(v), 0);
  if (value.M) return 3 + Object.entries(value.M).reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + valueSize(v), 0);
  return 0;
}

/** DynamoDB's answer to an item over 400 KB. */
function itemTooLarge(): Response {
  const body = Buffer.from(
    JSON.stringify({ __type: 'com.amazon.coral.validate#ValidationException', message: 'Item size has exceeded the maximum allowed size' }),
  );
  return { status: 400, headers: { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(body.length) }, body };
}
