/**
 * How every function is bundled, as plain data: the stack (infra/hall-function.ts) hands it to
 * NodejsFunction, and test/infra/bundle.test.ts and bench/cold-start.ts hand the same to
 * esbuild, so what they build and measure is what Lambda runs. No CDK import: reading it is cheap.
 */
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/**
 * ESM bundles that also carry CommonJS dependencies: prefer the ESM builds, and give the rest
 * a `require` (otherwise "Dynamic require of node:https is not supported").
 */
export const BUNDLE_MAIN_FIELDS = ['module', 'main'] as const;
export const BUNDLE_BANNER =
  "import { createRequire as hallCreateRequire } from 'node:module'; const require = hallCreateRequire(import.meta.url);";

/**
 * Modules replaced in every bundle. The SDK's default credential chain (environment, SSO, INI
 * files, web identity, container and instance metadata: about 130 KB minified with the STS, SSO
 * and sign-in clients it carries) is the environment alone: Lambda always hands the execution
 * role's credentials to the function in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
 * AWS_SESSION_TOKEN, which is the first place the chain looks anyway. The SDK's event-stream
 * serialization (about 19 KB), loaded lazily for operations none of the bundled clients has, is
 * a stand-in that refuses (infra/lambda-event-streams.ts), and the DynamoDB client's endpoint
 * cache is a Map (infra/lambda-lru-cache.ts, about 7 KB less). Only the bundles see this; the
 * local runtime and the tests run the unbundled SDK whole.
 */
export const BUNDLE_ALIASES = {
  '@aws-sdk/credential-provider-node': fileURLToPath(new URL('./lambda-credentials.ts', import.meta.url)),
  '@smithy/core/event-streams': fileURLToPath(new URL('./lambda-event-streams.ts', import.meta.url)),
  'mnemonist/lru-cache': fileURLToPath(new URL('./lambda-lru-cache.ts', import.meta.url)),
} as const;

/** The NodejsFunction bundling options of every function (`format` mapped to CDK's enum there). */
export const LAMBDA_BUNDLING = {
  format: 'esm',
  target: 'node24',
  minify: true,
  // The map ships with the code but is not loaded (NODE_OPTIONS=--enable-source-maps
  // would cost ~50 ms per cold start): read minified stack traces with it when needed.
  sourceMap: true,
  sourcesContent: false,
  // Bundle the AWS SDK too: a pinned, tree-shaken SDK instead of whatever the runtime ships.
  externalModules: [] as string[],
  mainFields: [...BUNDLE_MAIN_FIELDS],
  banner: BUNDLE_BANNER,
  esbuildArgs: Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([module, path]) => [`--alias:${module}`, path])),
} as const;

/**
 * Packages a function needs for some requests only and loads with a dynamic import: installed
 * next to its bundle (NodejsFunction `nodeModules`) instead of bundled, so its cold start
 * neither loads nor parses them. exceljs (about 1 MB bundled) writes the statistics workbook
 * (`?format=xlsx`); the workbook shares its route with the JSON, CSV and HTML forms, so it
 * cannot be a function of its own without another path in the contract.
 */
const INSTALLED_MODULES: Readonly<Record<string, readonly string[]>> = { statistics: ['exceljs'] };

/** The packages function `name` has installed rather than bundled (none for most). */
export const installedModules = (name: string): string[] => [...(INSTALLED_MODULES[name] ?? [])];

/**
 * Files a function reads at run time from beside its bundle (repository paths; each sits beside
 * the entry that reads it, so the entry finds it at the same relative URL bundled or not). The
 * stack copies them into the deployment package (NodejsFunction `afterBundling`). public-read
 * serves the OpenAPI document, generated from the complete route table (`npm run openapi --
 * --types`): built in the function, it would bundle every function's schemas.
 */
const SHIPPED_FILES: Readonly<Record<string, readonly string[]>> = { 'public-read': ['functions/api/openapi.json'] };

/** The files function `name` ships beside its bundle (none for most). */
export const shippedFiles = (name: string): string[] => [...(SHIPPED_FILES[name] ?? [])];

/**
 * The esbuild options NodejsFunction derives from LAMBDA_BUNDLING and the function's installed
 * modules (it always bundles for the node platform).
 */
export const lambdaBuildOptions = (name = ''): BuildOptions => ({
  bundle: true,
  platform: 'node',
  format: LAMBDA_BUNDLING.format,
  target: LAMBDA_BUNDLING.target,
  minify: LAMBDA_BUNDLING.minify,
  sourcemap: LAMBDA_BUNDLING.sourceMap,
  sourcesContent: LAMBDA_BUNDLING.sourcesContent,
  external: [...LAMBDA_BUNDLING.externalModules, ...installedModules(name)],
  mainFields: [...LAMBDA_BUNDLING.mainFields],
  banner: { js: LAMBDA_BUNDLING.banner },
  alias: { ...BUNDLE_ALIASES },
});
