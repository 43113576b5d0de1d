/**
 * SMS through Tencent Cloud SMS (SendSms, API version 2021-01-11), as one signed HTTPS call.
 *
 * Why not the SDK: `tencentcloud-sdk-nodejs-sms` bundles to ~540 KB (node-fetch 2, form-data,
 * json-bigint) and adds ~180 ms to a cold start, and Alibaba Cloud's `@alicloud/dysmsapi20170525`
 * to ~1.1 MB and ~250 ms and needs an install script; all the sender needs is one POST and the
 * TC3-HMAC-SHA256 signature, which test/adapters/tencent-sms.test.ts checks against the
 * official SDK's own signer.
 */
import { createHash, createHmac } from 'node:crypto';
import { toE164 } from '#domain/contacts';
import type { Rendered } from '#domain/notification-template';
import { DeliveryError, PermanentDeliveryError } from './notification-ports';
import type { SmsConfig } from './notification-secrets';

const SERVICE = 'sms';
const ACTION = 'SendSms';
const VERSION = '2021-01-11';
const CONTENT_TYPE = 'application/json; charset=utf-8';

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** The TC3-HMAC-SHA256 `Authorization` header of a JSON POST to `host` at `timestamp` (seconds). */
export function tc3Authorization(a: {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  payload: string;
  timestamp: number;
}): string {
  const date = new Date(a.timestamp * 1000).toISOString().slice(0, 10);
  const canonicalRequest = [
    'POST',
    '/',
    '',
    `content-type:${CONTENT_TYPE}\nhost:${a.host}\n`,
    'content-type;host',
    sha256Hex(a.payload),
  ].join('\n');
  const scope = `${date}/${a.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(a.timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${a.secretKey}`, date), a.service), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${a.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`;
}

/** Error codes no retry can fix (the rest, e.g. LimitExceeded.* and InternalError.*, are retried). */
const PERMANENT =
  /^(InvalidParameter|InvalidParameterValue|UnsupportedOperation|UnauthorizedOperation|FailedOperation\.(TemplateIncorrectOrUnapproved|SignatureIncorrectOrUnapproved|PhoneNumberInBlacklist|MissingTemplateToModify))/;

const replySchema = (body: unknown) =>
  body as { Response?: { Error?: { Code?: string }; SendStatusSet?: { Code?: string }[] } } | undefined;

export class TencentSms {
  constructor(
    private readonly config: () => Promise<SmsConfig | undefined>,
    private readonly fetchFn: typeof fetch = fetch,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  async send(phone: string, message: Rendered): Promise<void> {
    const config = await this.config();
    if (!config) throw new PermanentDeliveryError('No SMS provider is configured');
    const templateId = config.templates[message.template];
    if (!templateId) throw new PermanentDeliveryError(`No SMS template is registered for ${message.template}`);
    const payload = JSON.stringify({
      PhoneNumberSet: [toE164(phone)],
      SmsSdkAppId: config.sdkAppId,
      SignName: config.signName,
      TemplateId: templateId,
      TemplateParamSet: message.params,
    });
    const timestamp = this.nowSeconds();
    const res = await this.fetchFn(`https://${config.endpoint}/`, {
      method: 'POST',
      headers: {
        Authorization: tc3Authorization({ ...config, service: SERVICE, host: config.endpoint, payload, timestamp }),
        'Content-Type': CONTENT_TYPE,
        Host: config.endpoint,
        'X-TC-Action': ACTION,
        'X-TC-Version': VERSION,
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': config.region,
      },
      body: payload,
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new DeliveryError(`SMS provider answered HTTP ${res.status}`);
    const reply = replySchema(await res.json())?.Response;
    // Only codes leave this function: the provider's messages may repeat the phone number.
    const code = reply?.Error?.Code ?? reply?.SendStatusSet?.[0]?.Code ?? 'NoStatus';
    if (code === 'Ok') return;
    throw PERMANENT.test(code) ? new PermanentDeliveryError(`SMS refused: ${code}`) : new DeliveryError(`SMS failed: ${code}`);
  }
}
