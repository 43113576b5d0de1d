/** `npm run openapi`: prints the OpenAPI document (the same one served at /v1/public/openapi.json). */
import { openApiDocument } from '#api/openapi';

process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
