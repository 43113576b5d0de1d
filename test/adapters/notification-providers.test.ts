/**
 * The notification providers as the sender calls them, with the network replaced by a fetch
 * double: Tencent Cloud SMS (its TC3 signature checked against the official SDK's signer),
 * the WeCom / DingTalk group robots, SES v2 (aws-sdk-client-mock), the channel routing and the
 * secret's cache.
 */
import { createHmac } from 'node:crypto';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import Sign from 'tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js';
import { describe, expect, it } from 'vitest';
import { ProviderChannels } from '../../shared/adapters/notification-channels';
import { DeliveryError, PermanentDeliveryError } from '../../shared/adapters/notification-ports';
import { cachedSecret, type SmsConfig } from '../../shared/adapters/notification-secrets';
import { SesEmail } from '../../shared/adapters/ses-email';
import { tc3Authorization, TencentSms } from '../../shared/adapters/tencent-sms';
import { dingTalkSignedUrl, WorkGroupRobots } from '../../shared/adapters/work-group-robot';
import type { Rendered } from '../../shared/domain/notification-template';

const message: Rendered = {
  template: 'case-accepted',
  subject: '办件已受理',
  text: '【涟水县政务服务中心】您申请的…',
  params: ['涟水县政务服务中心', '食品经营许可', 'C1', '2025-10-10'],
};

/** A fetch that answers `reply` and remembers each request (the adapters pass a URL string and a string body). */
function fetchDouble(reply: unknown, status = 200) {
  const requests: { url: string; init: RequestInit; body: string }[] = [];
  const fn: typeof fetch = (url, init) => {
    requests.push({
      url: typeof url === 'string' ? url : url instanceof URL ? url.href : url.url,
      init: init ?? {},
      body: typeof init?.body === 'string' ? init.body : '',
    });
    return Promise.resolve(new Response(JSON.stringify(reply), { status, headers: { 'content-type': 'application/json' } }));
  };
  return { fetch: fn, requests };
}

const sms: SmsConfig = {
  provider: 'tencent',
  secretId: 'AKIDtest',
  secretKey: 'test-secret-key',
  sdkAppId: '1400000000',
  signName: '涟水政务',
  region: 'ap-guangzhou',
  endpoint: 'sms.tencentcloudapi.com',
  templates: { 'case-accepted': '2000001' },
};

describe('Tencent Cloud SMS', () => {
  it('signs exactly as the official SDK does (TC3-HMAC-SHA256)', () => {
    const payload = JSON.stringify({ PhoneNumberSet: ['+8613912345678'], TemplateParamSet: ['涟水县政务服务中心'] });
    const timestamp = 1758852000;
    const ours = tc3Authorization({
      secretId: sms.secretId,
      secretKey: sms.secretKey,
      service: 'sms',
      host: sms.endpoint,
      payload,
      timestamp,
    });
    const sdk = Sign.sign3({
      method: 'POST',
      url: `https://${sms.endpoint}/`,
      payload: Buffer.from(payload),
      timestamp,
      service: 'sms',
      secretId: sms.secretId,
      secretKey: sms.secretKey,
      multipart: false,
      boundary: '',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(ours).toBe(sdk);
  });

  it('sends the registered template with the values in order, to the number in E.164', async () => {
    const { fetch, requests } = fetchDouble({ Response: { SendStatusSet: [{ Code: 'Ok' }], RequestId: 'r1' } });
    await new TencentSms(
      () => Promise.resolve(sms),
      fetch,
      () => 1758852000,
    ).send('139 1234 5678', message);
    const [request] = requests;
    expect(request?.url).toBe('https://sms.tencentcloudapi.com/');
    expect(request?.init.headers).toMatchObject({
      'X-TC-Action': 'SendSms',
      'X-TC-Version': '2021-01-11',
      'X-TC-Region': 'ap-guangzhou',
      'X-TC-Timestamp': '1758852000',
    });
    expect(JSON.parse(request?.body ?? '')).toEqual({
      PhoneNumberSet: ['+8613912345678'],
      SmsSdkAppId: '1400000000',
      SignName: '涟水政务',
      TemplateId: '2000001',
      TemplateParamSet: message.params,
    });
  });

  it.each([
    ['LimitExceeded.PhoneNumberThirtySecondLimit', DeliveryError, false],
    ['InternalError.Timeout', DeliveryError, false],
    ['InvalidParameterValue.IncorrectPhoneNumber', PermanentDeliveryError, true],
    ['FailedOperation.TemplateIncorrectOrUnapproved', PermanentDeliveryError, true],
  ])('%s is a failure (permanent: %s)', async (code, kind, permanent) => {
    const { fetch } = fetchDouble({ Response: { SendStatusSet: [{ Code: code, Message: 'phone +8613912345678 …' }] } });
    const sent = new TencentSms(() => Promise.resolve(sms), fetch).send('13912345678', message);
    await expect(sent).rejects.toBeInstanceOf(kind);
    await expect(sent).rejects.toSatisfy((e: Error) => e instanceof PermanentDeliveryError === permanent && !e.message.includes('139'));
  });

  it('refuses at once a template nobody registered, or no provider at all', async () => {
    const { fetch, requests } = fetchDouble({});
    await expect(
      new TencentSms(() => Promise.resolve(sms), fetch).send('13912345678', { ...message, template: 'case-rejected' }),
    ).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(new TencentSms(() => Promise.resolve(undefined), fetch).send('13912345678', message)).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
    expect(requests).toEqual([]);
  });
});

describe('work-group robots', () => {
  const robots = {
    h1: { provider: 'wecom' as const, webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1' },
    '*': { provider: 'dingtalk' as const, webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=t1', signSecret: 'SECabc' },
  };

  it('posts a text message to the hall’s robot', async () => {
    const { fetch, requests } = fetchDouble({ errcode: 0, errmsg: 'ok' });
    await new WorkGroupRobots(() => Promise.resolve(robots), fetch).send('h1', '张三：…');
    expect(requests[0]?.url).toBe(robots.h1.webhookUrl);
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ msgtype: 'text', text: { content: '张三：…' } });
  });

  it('signs DingTalk calls when the robot requires it (加签)', async () => {
    const { fetch, requests } = fetchDouble({ errcode: 0 });
    await new WorkGroupRobots(
      () => Promise.resolve(robots),
      fetch,
      () => 1758852000000,
    ).send('*', 'x');
    const url = new URL(requests[0]?.url ?? '');
    expect(url.searchParams.get('access_token')).toBe('t1');
    expect(url.searchParams.get('timestamp')).toBe('1758852000000');
    expect(url.searchParams.get('sign')).toBe(createHmac('sha256', 'SECabc').update('1758852000000\nSECabc').digest('base64'));
    expect(dingTalkSignedUrl(robots['*'].webhookUrl, 'SECabc', 1)).toContain('sign=');
  });

  it.each([
    [45009, DeliveryError], // WeCom: 20 messages a minute
    [130101, DeliveryError], // DingTalk: the same
    [93000, PermanentDeliveryError], // an invalid webhook key
  ])('errcode %i is a %O', async (errcode, kind) => {
    const { fetch } = fetchDouble({ errcode });
    const sent = new WorkGroupRobots(() => Promise.resolve(robots), fetch).send('h1', 'x');
    await expect(sent).rejects.toBeInstanceOf(kind);
    if (kind === DeliveryError) await expect(sent).rejects.not.toBeInstanceOf(PermanentDeliveryError);
  });

  it('refuses at once a hall without a robot', async () => {
    await expect(new WorkGroupRobots(() => Promise.resolve(robots), fetchDouble({}).fetch).send('h2', 'x')).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
  });
});

describe('the channels', () => {
  const ses = mockClient(SESv2Client);

  it('send e-mail through SES v2 (to the agency’s mailbox for agency notices), and offer no e-mail without it', async () => {
    ses.reset();
    ses.on(SendEmailCommand).resolves({ MessageId: 'm1' });
    const { fetch } = fetchDouble({ errcode: 0 });
    const withEmail = new ProviderChannels(
      new TencentSms(() => Promise.resolve(sms), fetch),
      new WorkGroupRobots(() => Promise.resolve({}), fetch),
      {
        ses: new SesEmail(new SESv2Client({ region: 'ap-southeast-1' }), 'hall@example.gov.cn'),
        agency: 'agency@example.gov.cn',
      },
    );
    expect(withEmail.available).toEqual(['sms', 'work-message', 'email']);
    await withEmail.send({ notificationId: 'n1', hallId: '*', channel: 'email', to: { kind: 'agency' }, message });
    expect(ses).toHaveReceivedCommandWith(SendEmailCommand, {
      FromEmailAddress: 'hall@example.gov.cn',
      Destination: { ToAddresses: ['agency@example.gov.cn'] },
      Content: {
        Simple: { Subject: { Data: message.subject, Charset: 'UTF-8' }, Body: { Text: { Data: message.text, Charset: 'UTF-8' } } },
      },
    });

    const withoutEmail = new ProviderChannels(
      new TencentSms(() => Promise.resolve(sms), fetch),
      new WorkGroupRobots(() => Promise.resolve({}), fetch),
    );
    expect(withoutEmail.available).toEqual(['sms', 'work-message']);
    await expect(
      withoutEmail.send({ notificationId: 'n1', hallId: '*', channel: 'email', to: { kind: 'agency' }, message }),
    ).rejects.toBeInstanceOf(PermanentDeliveryError);
  });
});

describe('the notification secret', () => {
  const secret = JSON.stringify({
    robots: { h1: { provider: 'wecom', webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' } },
  });

  it('is read once per five minutes, and a bad one is not kept', async () => {
    let now = 0;
    let reads = 0;
    let text = '{';
    const read = cachedSecret(
      () => (reads++, Promise.resolve(text)),
      () => now,
    );
    await expect(read()).rejects.toThrow();
    text = secret;
    await expect(read()).resolves.toMatchObject({ robots: { h1: { provider: 'wecom' } } });
    now = 299_000;
    await read();
    expect(reads).toBe(2);
    now = 301_000;
    await read();
    expect(reads).toBe(3);
  });
});
