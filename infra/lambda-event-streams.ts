/**
 * What the bundles load instead of `@smithy/core/event-streams` (infra/bundling.ts). The SDK
 * imports it lazily, for operations that stream events (Lambda's InvokeWithResponseStream,
 * Bedrock's streaming replies); esbuild inlines a lazy import into the one-file bundle, so every
 * function carried it (about 19 KB minified). No client this backend bundles has such an
 * operation (test/infra/bundle-size.test.ts checks): reaching this is a bug, and says so.
 */
const notBundled = (): never => {
  throw new Error('Event streams are not bundled (infra/lambda-event-streams.ts): no operation of the bundled AWS clients uses one');
};

export const eventStreamSerdeProvider = notBundled;

export class EventStreamSerde {
  constructor() {
    notBundled();
  }
}
