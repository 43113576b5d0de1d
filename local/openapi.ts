/**
 * `npm run openapi`: prints the OpenAPI document (the same one served at /v1/public/openapi.json).
 * `npm run openapi -- --types`: writes what is generated from it, which test/client checks is
 * current: functions/api/openapi.json, the document the public-read function ships beside its
 * bundle and serves (infra/bundling.ts), and test/client/hall-api.ts, the TypeScript a client
 * generates from it (openapi-typescript), which test/client drives with openapi-fetch.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '#api/openapi';

export const CLIENT_TYPES_FILE = resolve(import.meta.dirname, '../test/client/hall-api.ts');
export const SHIPPED_DOCUMENT_FILE = resolve(import.meta.dirname, '../functions/api/openapi.json');

/** The document as the public-read function ships it: compact (it is 1.4 MB so, 3.9 MB indented). */
export const shippedDocument = (): string => `${JSON.stringify(openApiDocument())}\n`;

/** The client types of the current document, as openapi-typescript writes them. */
export async function clientTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument());
  return `// Generated from the OpenAPI document by \`npm run openapi -- --types\`; do not edit.\n${astToString(ast)}`;
}

if (process.argv[1] === import.meta.filename) {
  if (process.argv.includes('--types')) {
    await writeFile(SHIPPED_DOCUMENT_FILE, shippedDocument());
    await writeFile(CLIENT_TYPES_FILE, await clientTypes());
  } else process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
}
