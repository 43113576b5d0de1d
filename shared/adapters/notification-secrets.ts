/**
 * The notification providers' credentials, in one Secrets Manager secret (NOTIFICATION_SECRET_ARN),
 * read by the sender only and kept for five minutes so a rotated credential is picked up
 * without a deployment. Its shape (JSON):
 *
 *   { "sms": { "provider": "tencent", "secretId": "…", "secretKey": "…", "sdkAppId": "1400…",
 *              "signName": "…", "region": "ap-guangzhou", "templates": { "case-accepted": "123456", … } },
 *     "robots": { "h1": { "provider": "wecom", "webhookUrl": "https://qyapi.weixin.qq.com/…" },
 *                 "*":  { "provider": "dingtalk", "webhookUrl": "https://oapi.dingtalk.com/…", "signSecret": "SEC…" } } }
 *
 * `robots` is keyed by hall id (`*`: the agency's own group); `templates` maps each template id of
 * shared/domain/notification-templates to the id the SMS provider approved for its wording.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod';

export const robotSchema = z.object({
  provider: z.enum(['wecom', 'dingtalk']),
  webhookUrl: z.url({ protocol: /^https$/ }),
  /** DingTalk's 加签 secret (SEC…), when the robot's security setting is signing. */
  signSecret: z.string().min(1).optional(),
});
export type Robot = z.infer<typeof robotSchema>;

export const smsSchema = z.object({
  provider: z.literal('tencent'),
  secretId: z.string().min(1),
  secretKey: z.string().min(1),
  sdkAppId: z.string().min(1),
  signName: z.string().min(1),
  region: z.string().default('ap-guangzhou'),
  endpoint: z.string().default('sms.tencentcloudapi.com'),
  templates: z.record(z.string(), z.string()),
});
export type SmsConfig = z.infer<typeof smsSchema>;

export const notificationSecretSchema = z.object({
  sms: smsSchema.optional(),
  robots: z.record(z.string(), robotSchema).default({}),
});
export type NotificationSecret = z.infer<typeof notificationSecretSchema>;

const TTL_MS = 5 * 60_000;

/** The secret, read at most every five minutes (a failed read is not cached). */
export function cachedSecret(load: () => Promise<string>, now: () => number = Date.now): () => Promise<NotificationSecret> {
  let cached: { at: number; value: Promise<NotificationSecret> } | undefined;
  return () => {
    if (!cached || now() - cached.at > TTL_MS) {
      const value = load().then((text) => notificationSecretSchema.parse(JSON.parse(text)));
      cached = { at: now(), value };
      value.catch(() => (cached = undefined));
    }
    return cached.value;
  };
}

export const secretFromSecretsManager = (client: SecretsManagerClient, secretId: string) => async (): Promise<string> => {
  const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  if (!out.SecretString) throw new Error('The notification secret has no string value');
  return out.SecretString;
};
