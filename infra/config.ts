/**
 * Everything the stacks read from CDK context (cdk.json or `cdk synth -c key=value`), checked
 * once here so a bad value fails synth with a message instead of producing a broken stack.
 *
 * Any `hall:*` value may be given for all regions, or as an object keyed by region
 * (`"hall:jwtIssuer": { "cn-north-1": "https://..." }`).
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import type { Construct } from 'constructs';

export type AuthConfig = { kind: 'cognito' } | { kind: 'oidc'; issuer: string; audience: string[] };

export interface HallConfig {
  region: string;
  logRetention: RetentionDays;
  logLevel: string;
  auth: AuthConfig;
  /** `rules`: EventBridge scheduled rules in UTC, where EventBridge Scheduler is unavailable. */
  scheduler: 'scheduler' | 'rules';
  /** Default stage limits, shared by all clients (HTTP APIs have no per-client usage plans). */
  throttle: { rateLimit: number; burstLimit: number };
  /** Tighter limits on every /v1/public route (anonymous callers). */
  publicThrottle: { rateLimit: number; burstLimit: number };
  /** Browser origins allowed to call the API (CORS); none: no CORS at all. */
  corsOrigins: string[];
  /** Who administers the personal-data key (and cannot use it); default: the account. */
  keyAdminArns: string[];
  /** E-mail through SES v2 (the sender's address, the agency admins' mailbox); absent: no e-mail channel. */
  notificationEmail?: { from: string; agency: string };
}

export function targetRegions(scope: Construct): string[] {
  const regions: unknown = scope.node.tryGetContext('hall:regions');
  if (!Array.isArray(regions) || regions.length === 0 || !regions.every((r) => typeof r === 'string')) {
    throw new Error('Context "hall:regions" must list at least one region, e.g. ["cn-north-1"]');
  }
  return regions;
}

export function hallConfig(scope: Construct, region: string): HallConfig {
  const setting = (key: string): unknown => {
    const value: unknown = scope.node.tryGetContext(`hall:${key}`);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[region] : value;
  };
  const fail = (key: string, expected: string): never => {
    throw new Error(`Context "hall:${key}" for ${region} must be ${expected}, got ${JSON.stringify(setting(key))}`);
  };
  const positiveNumber = (key: string, fallback: number): number => {
    const value = setting(key) ?? fallback;
    const n = Number(value); // numbers passed with -c arrive as strings
    return Number.isInteger(n) && n > 0 ? n : fail(key, 'a positive integer');
  };
  const stringList = (key: string, valid: (s: string) => boolean, expected: string): string[] => {
    const value = setting(key) ?? [];
    const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && valid(s));
    return isList(value) ? value : fail(key, expected);
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = setting(key) ?? fallback;
    return allowed.includes(value as T) ? (value as T) : fail(key, allowed.join(' | '));
  };

  const retentionDays = positiveNumber('logRetentionDays', 365);
  if (!Object.values(RetentionDays).includes(retentionDays)) fail('logRetentionDays', 'a CloudWatch Logs retention (e.g. 365)');

  // Cognito user pools are not offered in the China regions: there an external OIDC provider
  // (e.g. the province's unified identity platform) issues the tokens.
  const china = RegionInfo.get(region).partition === 'aws-cn';
  const authKind = oneOf('auth', ['cognito', 'oidc'], china ? 'oidc' : 'cognito');

  return {
    region,
    logRetention: retentionDays,
    logLevel: oneOf('logLevel', ['DEBUG', 'INFO', 'WARN', 'ERROR'], 'INFO'),
    auth: authKind === 'cognito' ? { kind: 'cognito' } : oidc(setting, fail),
    scheduler: oneOf('schedules', ['scheduler', 'rules'], 'scheduler'),
    throttle: { rateLimit: positiveNumber('apiRateLimit', 200), burstLimit: positiveNumber('apiBurstLimit', 400) },
    publicThrottle: { rateLimit: positiveNumber('publicRateLimit', 50), burstLimit: positiveNumber('publicBurstLimit', 100) },
    corsOrigins: stringList(
      'corsOrigins',
      (o) => URL.canParse(o) && new URL(o).origin === o,
      'a list of origins like https://hall.example.cn',
    ),
    keyAdminArns: stringList(
      'keyAdminRoleArns',
      (a) => /^arn:aws(-cn)?:iam::\d{12}:(role|user)\//.test(a),
      'a list of IAM role or user ARNs',
    ),
    ...notificationEmail(setting, fail, china),
  };
}

/** SES v2 e-mail, when both addresses are given; SES is not offered in the China regions. */
function notificationEmail(
  setting: (key: string) => unknown,
  fail: (key: string, expected: string) => never,
  china: boolean,
): Pick<HallConfig, 'notificationEmail'> {
  const [from, agency] = [setting('notificationEmailFrom'), setting('agencyEmail')];
  if (from === undefined && agency === undefined) return {};
  const isAddress = (v: unknown): v is string => typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
  if (china) return fail('notificationEmailFrom', 'unset in the China regions (no SES there: agency notices go to the agency work group)');
  if (!isAddress(from)) return fail('notificationEmailFrom', 'the e-mail address notifications are sent from (an SES identity)');
  if (!isAddress(agency)) return fail('agencyEmail', "the agency admins' e-mail address");
  return { notificationEmail: { from, agency } };
}

function oidc(setting: (key: string) => unknown, fail: (key: string, expected: string) => never): AuthConfig {
  const issuer = setting('jwtIssuer');
  // API Gateway compares the token's `iss` with this string exactly, trailing slash included.
  if (typeof issuer !== 'string' || !URL.canParse(issuer) || new URL(issuer).protocol !== 'https:') {
    return fail('jwtIssuer', 'the https URL of the OIDC issuer (required when hall:auth is oidc)');
  }
  const audience = setting('jwtAudience');
  const audiences: unknown = typeof audience === 'string' ? [audience] : audience;
  const isAudienceList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((a) => typeof a === 'string' && a);
  if (!isAudienceList(audiences)) {
    return fail('jwtAudience', 'the audience (client id) or a list of them (required when hall:auth is oidc)');
  }
  return { kind: 'oidc', issuer, audience: audiences };
}
