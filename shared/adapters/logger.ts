/**
 * The structured JSON logger (Powertools). Handlers never log bodies; as a second line of
 * defence every string value is scrubbed of ID numbers and phone numbers before it is written.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { redactPersonalData } from '#domain/personal-data';

export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'hall',
  jsonReplacerFn: (_key, value) => (typeof value === 'string' ? redactPersonalData(value) : value),
});
