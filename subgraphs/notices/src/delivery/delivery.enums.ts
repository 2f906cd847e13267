import { registerEnumType } from 'type-graphql';

export enum DeliveryChannel {
  WEBHOOK = 'WEBHOOK',
  EMAIL = 'EMAIL',
}
registerEnumType(DeliveryChannel, {
  name: 'NoticeChannel',
  valuesConfig: {
    WEBHOOK: { description: 'HMAC-SHA256 签名的 HTTPS POST（政务消息平台、短信网关等）' },
    EMAIL: { description: '电子邮件（需配置 HUB_SMTP_URL）' },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
}
registerEnumType(DeliveryStatus, {
  name: 'NoticeDeliveryStatus',
  valuesConfig: {
    PENDING: { description: '待发送或重试中' },
    DELIVERED: { description: '已送达' },
    DEAD: { description: '重试用尽，进入死信列表（可 redeliverNotice 重发）' },
  },
});
