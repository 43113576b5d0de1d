/** E-mail through Amazon SES (v2), where the region offers it: plain UTF-8 text. */
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Rendered } from '#domain/notification-template';

export class SesEmail {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
  ) {}

  async send(to: string, message: Rendered): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [to] },
        Content: {
          Simple: {
            Subject: { Data: message.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
          },
        },
      }),
    );
  }
}
