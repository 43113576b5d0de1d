/**
 * Staff messages through a hall's work group: a WeCom (企业微信) or DingTalk (钉钉) group robot,
 * one webhook per hall (and one for the agency, `*`), from the notification secret. The text
 * addresses the staff member by name, so no staff phone or account id is needed.
 */
import { createHmac } from 'node:crypto';
import { DeliveryError, PermanentDeliveryError } from './notification-ports';
import type { Robot } from './notification-secrets';

/** Robot error codes that are rate limits (20 messages a minute per robot): retried later. */
const RATE_LIMITED = new Set([45009, 130101]);

/** DingTalk's 加签: `timestamp` and `sign` = base64(HMAC-SHA256(secret, "timestamp\nsecret")). */
export function dingTalkSignedUrl(webhookUrl: string, secret: string, timestampMs: number): string {
  const sign = createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
  const url = new URL(webhookUrl);
  url.searchParams.set('timestamp', String(timestampMs));
  url.searchParams.set('sign', sign);
  return url.toString();
}

export class WorkGroupRobots {
  constructor(
    private readonly robots: () => Promise<Record<string, Robot>>,
    private readonly fetchFn: typeof fetch = fetch,
    private readonly nowMs: () => number = Date.now,
  ) {}

  async send(groupId: string, text: string): Promise<void> {
    const robot = (await this.robots())[groupId];
    if (!robot) throw new PermanentDeliveryError(`No work-group robot is configured for ${groupId}`);
    const url =
      robot.provider === 'dingtalk' && robot.signSecret
        ? dingTalkSignedUrl(robot.webhookUrl, robot.signSecret, this.nowMs())
        : robot.webhookUrl;
    const res = await this.fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // Both providers take the same plain text message.
      body: JSON.stringify({ msgtype: 'text', text: { content: text } }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new DeliveryError(`Work-group robot answered HTTP ${res.status}`);
    const { errcode } = (await res.json()) as { errcode?: number };
    if (!errcode) return;
    throw RATE_LIMITED.has(errcode)
      ? new DeliveryError(`Work-group robot rate-limited (${errcode})`)
      : new PermanentDeliveryError(`Work-group robot refused (${errcode})`);
  }
}
