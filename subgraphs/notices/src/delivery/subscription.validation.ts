// What a subscription must satisfy, as problems keyed by the domain field (pure of GraphQL).
import { checkText, Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { DeliveryChannel } from './delivery.enums.js';

export interface SubscriptionRequest {
  unitId?: string | null;
  regionCode?: string | null;
  channel: DeliveryChannel;
  url?: string | null;
  email?: string | null;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,}$/;

export function subscriptionProblems(
  r: SubscriptionRequest,
  options: { allowHttp: boolean; smtpConfigured: boolean },
): Problem[] {
  const p = new Problems();
  p.check(
    !!r.unitId !== !!r.regionCode,
    'unitId',
    '请指定一个单位（unitId）或一个地区（regionCode），二者选一。',
  );
  if (r.channel === DeliveryChannel.WEBHOOK) {
    const url = checkText(p, r.url, 'url', {
      required: true,
      max: 2000,
      message: '请填写接收推送的网址（https://…）。',
    });
    let parsed: URL | null;
    try {
      parsed = url ? new URL(url) : null;
    } catch {
      parsed = null;
    }
    if (url)
      p.check(
        !!parsed &&
          (parsed.protocol === 'https:' || (options.allowHttp && parsed.protocol === 'http:')),
        'url',
        options.allowHttp
          ? '网址应以 https:// 或 http:// 开头。'
          : '网址应以 https:// 开头（生产环境只向 HTTPS 推送）。',
      );
    p.check(!r.email, 'email', 'Webhook 订阅不填写电子邮件地址。');
  } else {
    const email = checkText(p, r.email, 'email', {
      required: true,
      max: 254,
      message: '请填写电子邮件地址。',
    });
    if (email) p.check(EMAIL.test(email), 'email', `“${email}”不是有效的电子邮件地址。`);
    p.check(
      options.smtpConfigured,
      'channel',
      '本系统尚未配置邮件服务器（HUB_SMTP_URL），暂不能订阅电子邮件通知。',
    );
    p.check(!r.url, 'url', '电子邮件订阅不填写网址。');
  }
  return p.list;
}
