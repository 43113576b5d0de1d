/**
 * What the bundles load instead of `@aws-sdk/credential-provider-node` (infra/bundling.ts): the
 * credentials Lambda puts in the environment, read as the SDK reads them.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
