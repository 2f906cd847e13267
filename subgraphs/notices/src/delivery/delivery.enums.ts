import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

export enum DeliveryChannel {
  WEBHOOK = 'WEBHOOK',
  EMAIL = 'EMAIL',
}
registerLabelledEnum(DeliveryChannel, {
  name: 'NoticeChannel',
  labels: {
    WEBHOOK: {
      zh: '网络回调（Webhook）',
      note: 'HMAC-SHA256 签名的 HTTPS POST（政务消息平台、短信网关等）',
    },
    EMAIL: { zh: '电子邮件', note: '（需配置 HUB_SMTP_URL）' },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
}
registerLabelledEnum(DeliveryStatus, {
  name: 'NoticeDeliveryStatus',
  labels: {
    PENDING: { zh: '待发送或重试中' },
    DELIVERED: { zh: '已送达' },
    DEAD: { zh: '重试用尽，进入死信列表', note: '（可 redeliverNotice 重发）' },
  },
});
