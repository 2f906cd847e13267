// Sending one notice through one subscription: a signed webhook POST, or an e-mail over SMTP
// (nodemailer). Throws on any failure, so the delivery job retries it.
import { createTransport, type Transporter } from 'nodemailer';
import { config } from '../config.js';
import { signWebhook } from '../rules/webhook-signature.js';
import { noticesMessages as msg } from '../messages.js';

export interface OutgoingNotice {
  deliveryId: string;
  noticeId: string;
  kind: string;
  text: string;
  link: { type: string; id: string } | null;
  recipient: { type: string; unitId: string | null; regionCode: string | null };
  occurredAt: string;
  test: boolean;
}

export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export async function sendWebhook(
  url: string,
  secret: string,
  notice: OutgoingNotice,
): Promise<number> {
  const body = JSON.stringify(notice);
  const timestamp = Math.floor(Date.now() / 1000);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'arrears-hub-notices/1',
        'x-hub-delivery': notice.deliveryId,
        'x-hub-timestamp': String(timestamp),
        'x-hub-signature': signWebhook(secret, timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(config().webhookTimeoutMs),
    });
  } catch (error) {
    throw new DeliveryFailure(
      msg.receiverUnreachable({ error: (error as Error).message }).zh,
      null,
    );
  }
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300)
    throw new DeliveryFailure(
      msg.receiverAnswered({ status: response.status }).zh,
      response.status,
    );
  return response.status;
}

let transport: Transporter | undefined;

export async function sendEmail(
  to: string,
  subject: string,
  notice: OutgoingNotice,
): Promise<void> {
  const { smtpUrl, smtpFrom } = config();
  if (!smtpUrl) throw new DeliveryFailure(msg.smtpNotConfigured().zh, null);
  transport ??= createTransport(smtpUrl);
  const link = notice.link ? `\n\n${msg.emailLink(notice.link).zh}` : '';
  try {
    await transport.sendMail({
      from: smtpFrom,
      to,
      subject,
      text: `${notice.text}${link}\n\n${msg.emailFooter({ noticeId: notice.noticeId }).zh}`,
      headers: { 'X-Hub-Delivery': notice.deliveryId },
    });
  } catch (error) {
    throw new DeliveryFailure(msg.emailFailed({ error: (error as Error).message }).zh, null);
  }
}
