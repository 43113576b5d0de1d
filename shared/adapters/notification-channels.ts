/**
 * The sender's ports in AWS, built from its environment (set by infra/notifications.ts):
 * SMS (Tencent Cloud), the halls' work-group robots and the agency's, e-mail through SES v2
 * where the stack configured a sender address, the robots from the notification secret, and
 * the queue.
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { ChangeMessageVisibilityCommand, SQSClient } from '@aws-sdk/client-sqs';
import { AGENCY } from '#events/contracts';
import type { Channel } from '#domain/notifications';
import { required } from './environment';
import { PermanentDeliveryError, type NotificationChannels, type NotificationDeps, type OutgoingMessage } from './notification-ports';
import { cachedSecret, secretFromSecretsManager, type NotificationSecret } from './notification-secrets';
import { SesEmail } from './ses-email';
import { TencentSms } from './tencent-sms';
import { WorkGroupRobots } from './work-group-robot';

export class ProviderChannels implements NotificationChannels {
  readonly available: readonly Channel[];

  constructor(
    private readonly sms: TencentSms,
    private readonly robots: WorkGroupRobots,
    /** E-mail where SES is offered and a sender address is configured; the agency's mailbox. */
    private readonly email?: { ses: SesEmail; agency: string },
  ) {
    this.available = email ? ['sms', 'work-message', 'email'] : ['sms', 'work-message'];
  }

  async send({ channel, to, message }: OutgoingMessage): Promise<void> {
    if (channel === 'sms' && to.kind === 'phone') return this.sms.send(to.phone, message);
    if (channel === 'work-message' && to.kind === 'work-group') return this.robots.send(to.hallId, message.text);
    if (channel === 'work-message' && to.kind === 'agency') return this.robots.send(AGENCY, message.text);
    if (channel === 'email' && this.email && to.kind === 'email') return this.email.ses.send(to.address, message);
    if (channel === 'email' && this.email && to.kind === 'agency') return this.email.ses.send(this.email.agency, message);
    throw new PermanentDeliveryError(`Cannot send ${channel} to a ${to.kind} address here`);
  }
}

export function notificationsFromEnvironment(): NotificationDeps {
  const secret: () => Promise<NotificationSecret> = cachedSecret(
    secretFromSecretsManager(new SecretsManagerClient({}), required('NOTIFICATION_SECRET_ARN')),
  );
  const from = process.env.NOTIFICATION_EMAIL_FROM;
  const sqs = new SQSClient({});
  const queueUrl = required('NOTIFICATION_QUEUE_URL');
  return {
    channels: new ProviderChannels(
      new TencentSms(async () => (await secret()).sms),
      new WorkGroupRobots(async () => (await secret()).robots),
      from ? { ses: new SesEmail(new SESv2Client({}), from), agency: required('AGENCY_EMAIL') } : undefined,
    ),
    redelivery: {
      after: async (receiptHandle, seconds) => {
        await sqs.send(
          new ChangeMessageVisibilityCommand({ QueueUrl: queueUrl, ReceiptHandle: receiptHandle, VisibilityTimeout: seconds }),
        );
      },
    },
  };
}
