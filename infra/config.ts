/**
 * Everything the stacks read from CDK context (cdk.json or `cdk synth -c key=value`), checked
 * once here so a bad value fails synth with a message instead of producing a broken stack.
 *
 * Any `hall:*` value may be given for all regions, or as an object keyed by region
 * (`"hall:jwtIssuer": { "cn-north-1": "https://..." }`). Values passed with `-c` arrive as
 * strings: a JSON object or list there is read as JSON, and `hall:regions` also takes a
 * comma-separated list (`-c hall:regions=cn-north-1,cn-northwest-1`).
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import type { Construct } from 'constructs';

export type AuthConfig = { kind: 'cognito' } | { kind: 'oidc'; issuer: string; audience: string[] };

/** The API under the agency's own domain (required in the China regions to serve the public; needs an ICP filing there). */
export interface CustomDomainConfig {
  domainName: string;
  /** An ACM certificate (imported, or issued by ACM) for the domain; without it one is requested with DNS validation. */
  certificateArn?: string;
  /** After the cut-over: the default `execute-api` endpoint refuses calls, so only the domain serves the API. */
  disableDefaultEndpoint: boolean;
}

export interface HallConfig {
  /** The deployment stage (`dev`, `staging`, `prod`…): part of every stack id, a dimension of every metric. */
  stage: string;
  /** The account the stack is for (aws and aws-cn accounts differ); absent: any account (environment-agnostic). */
  account?: string;
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
  /** An existing SNS topic for the alarms (e.g. the agency's on-call topic); absent: the stack makes one. */
  alarmTopicArn?: string;
  /** Whether Lambda's asynchronous-invocation metrics (AsyncEventAge, AsyncEventsDropped) are alarmed on. */
  asyncInvocationMetrics: boolean;
  customDomain?: CustomDomainConfig;
}

/** The stage whose placeholder identity-provider values in cdk.json are acceptable. */
export const DEV_STAGE = 'dev';

/**
 * What cdk.json ships so that a development synth runs: an issuer on a reserved example domain
 * (RFC 2606: example.com/.net/.org, .example, .test, .invalid, localhost) and the audience
 * `hall-api`. No other stage may deploy with them: every staff call would be refused.
 */
const PLACEHOLDER_ISSUER_HOST = /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/;
const PLACEHOLDER_AUDIENCES = ['hall-api'];

/** A context value as given: strings from `-c` that hold JSON are read as JSON. */
function contextValue(scope: Construct, key: string): unknown {
  const value: unknown = scope.node.tryGetContext(key);
  if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      throw new Error(`Context "${key}" looks like JSON but is not: ${value}`);
    }
  }
  return value;
}

export function targetRegions(scope: Construct): string[] {
  const given = contextValue(scope, 'hall:regions');
  const regions: unknown = typeof given === 'string' ? given.split(',').map((r) => r.trim()) : given;
  if (!Array.isArray(regions) || regions.length === 0 || !regions.every((r) => typeof r === 'string')) {
    throw new Error('Context "hall:regions" must list at least one region, e.g. ["cn-north-1"]');
  }
  return regions;
}

/** The stage: lower-case letters and digits, so that it reads well in stack ids and names. */
export function hallStage(scope: Construct): string {
  const stage = contextValue(scope, 'hall:stage') ?? DEV_STAGE;
  if (typeof stage !== 'string' || !/^[a-z][a-z0-9]{0,11}$/.test(stage)) {
    throw new Error(`Context "hall:stage" must be lower-case letters and digits (e.g. dev, staging, prod), got ${JSON.stringify(stage)}`);
  }
  return stage;
}

export function hallConfig(scope: Construct, region: string): HallConfig {
  const setting = (key: string): unknown => {
    const value = contextValue(scope, `hall:${key}`);
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
  const flag = (key: string, fallback: boolean): boolean => {
    const value = setting(key) ?? fallback;
    if (value === true || value === 'true') return true;
    return value === false || value === 'false' ? false : fail(key, 'true or false');
  };
  const optional = (key: string, pattern: RegExp, expected: string): string | undefined => {
    const value = setting(key);
    if (value === undefined) return undefined;
    return typeof value === 'string' && pattern.test(value) ? value : fail(key, expected);
  };

  const retentionDays = positiveNumber('logRetentionDays', 365);
  if (!Object.values(RetentionDays).includes(retentionDays)) fail('logRetentionDays', 'a CloudWatch Logs retention (e.g. 365)');

  // Cognito user pools are not offered in the China regions: there an external OIDC provider
  // (e.g. the province's unified identity platform) issues the tokens.
  const partition = RegionInfo.get(region).partition ?? 'aws';
  const china = partition === 'aws-cn';
  const authKind = oneOf('auth', ['cognito', 'oidc'], china ? 'oidc' : 'cognito');
  const stage = hallStage(scope);
  const account = optional('account', /^\d{12}$/, 'a 12-digit account id');
  const alarmTopicArn = optional(
    'alarmTopicArn',
    new RegExp(`^arn:${partition}:sns:${region}:\\d{12}:[\\w-]{1,256}$`),
    `an SNS topic ARN in ${region}`,
  );

  return {
    stage,
    ...(account ? { account } : {}),
    region,
    logRetention: retentionDays,
    logLevel: oneOf('logLevel', ['DEBUG', 'INFO', 'WARN', 'ERROR'], 'INFO'),
    auth: authKind === 'cognito' ? { kind: 'cognito' } : oidc(setting, fail, stage),
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
    ...(alarmTopicArn ? { alarmTopicArn } : {}),
    // Not assumed in the China regions; the dead-letter queue depth alarm covers dropped runs there.
    asyncInvocationMetrics: flag('asyncInvocationMetrics', !china),
    ...customDomain({ optional, flag, fail, partition, region }),
  };
}

interface Readers {
  optional: (key: string, pattern: RegExp, expected: string) => string | undefined;
  flag: (key: string, fallback: boolean) => boolean;
  fail: (key: string, expected: string) => never;
  partition: string;
  region: string;
}

function customDomain({ optional, flag, fail, partition, region }: Readers): { customDomain?: CustomDomainConfig } {
  const domainName = optional(
    'domainName',
    /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'a lower-case domain name such as api.hall.example.gov.cn',
  );
  const certificateArn = optional(
    'certificateArn',
    new RegExp(`^arn:${partition}:acm:${region}:\\d{12}:certificate/[\\w-]+$`),
    `an ACM certificate ARN in ${region}`,
  );
  const disableDefaultEndpoint = flag('disableDefaultEndpoint', false);
  if (!domainName) {
    if (certificateArn) fail('domainName', 'set when hall:certificateArn is (the certificate is for the custom domain)');
    // Without a domain the default endpoint is the only way in.
    return disableDefaultEndpoint ? fail('disableDefaultEndpoint', 'false unless hall:domainName is set') : {};
  }
  // ACM is not assumed to issue public certificates in the China regions: import one there.
  if (partition === 'aws-cn' && !certificateArn) fail('certificateArn', 'the ARN of the certificate imported into ACM for hall:domainName');
  return { customDomain: { domainName, ...(certificateArn ? { certificateArn } : {}), disableDefaultEndpoint } };
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

function oidc(setting: (key: string) => unknown, fail: (key: string, expected: string) => never, stage: string): AuthConfig {
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
  if (stage !== DEV_STAGE) {
    if (PLACEHOLDER_ISSUER_HOST.test(new URL(issuer).hostname))
      fail('jwtIssuer', `the real issuer for stage "${stage}", not a placeholder`);
    const placeholders = audiences.filter((a) => PLACEHOLDER_AUDIENCES.includes(a));
    if (placeholders.length) fail('jwtAudience', `the real audience for stage "${stage}", not the placeholder ${placeholders.join(', ')}`);
  }
  return { kind: 'oidc', issuer, audience: audiences };
}
