// The notices package's messages (see protocol/src/localized-messages.ts): every text a person
// reads from this subgraph, in Chinese (the default) and English, under stable ids.
import { defineMessages, withParams } from '@arrears-hub/protocol';

export const noticesMessages = defineMessages('notices', {
  // Issue 18, msg-others: subscriptions, notices and their delivery

  // Things named in "does not exist" refusals
  subscription: { zh: '通知订阅', en: 'Notice subscription' },
  delivery: { zh: '推送记录', en: 'Delivery' },
  notice: { zh: '通知', en: 'Notice' },

  // Subscriptions (delivery/subscription.validation.ts, subscription.mutations.ts)
  unitOrRegion: {
    zh: '请指定一个单位（unitId）或一个地区（regionCode），二者选一。',
    en: 'Name either a unit (unitId) or a region (regionCode), not both.',
  },
  urlRequired: {
    zh: '请填写接收推送的网址（https://…）。',
    en: 'Give the address the notices are pushed to (https://…).',
  },
  urlHttpOrHttps: {
    zh: '网址应以 https:// 或 http:// 开头。',
    en: 'The address must start with https:// or http://.',
  },
  urlHttpsOnly: {
    zh: '网址应以 https:// 开头（生产环境只向 HTTPS 推送）。',
    en: 'The address must start with https:// (in production notices are pushed over HTTPS only).',
  },
  webhookNoEmail: {
    zh: 'Webhook 订阅不填写电子邮件地址。',
    en: 'A webhook subscription takes no e-mail address.',
  },
  emailRequired: { zh: '请填写电子邮件地址。', en: 'Give an e-mail address.' },
  emailInvalid: withParams<{ email: string }>({
    zh: (p) => `“${p.email}”不是有效的电子邮件地址。`,
    en: (p) => `"${p.email}" is not a valid e-mail address.`,
  }),
  smtpMissing: {
    zh: '本系统尚未配置邮件服务器（HUB_SMTP_URL），暂不能订阅电子邮件通知。',
    en: 'No mail server is configured (HUB_SMTP_URL): e-mail notices cannot be subscribed to yet.',
  },
  emailNoUrl: { zh: '电子邮件订阅不填写网址。', en: 'An e-mail subscription takes no address.' },
  subscriptionEnded: {
    zh: '该订阅已停止，不能发送测试通知。',
    en: 'This subscription has ended: no test notice can be sent through it.',
  },
  onlyDeadRedelivered: {
    zh: '只有进入死信列表（DEAD）的推送可以重发。',
    en: 'Only a dead-lettered delivery (DEAD) can be sent again.',
  },

  // Texts sent and stored by the delivery job, outside any request: always Chinese when sent
  testNoticeText: {
    zh: '这是一条测试通知：清欠数据枢纽的推送渠道工作正常。',
    en: 'This is a test notice: the Arrears Hub delivery channel works.',
  },
  subjectTest: { zh: '测试通知', en: 'Test notice' },
  subjectCaseEscalated: { zh: '督办事项已升级', en: 'Supervised case escalated' },
  subjectCaseOpened: { zh: '新的督办事项', en: 'New supervised case' },
  subjectInstalmentMissed: {
    zh: '还款计划分期逾期',
    en: 'Repayment plan instalment missed',
  },
  subjectLedgerReportDue: { zh: '月度台账报送提醒', en: 'Monthly ledger report reminder' },
  subjectClueClockBreached: { zh: '线索办理超期', en: 'Complaint handling overdue' },
  subjectDefault: { zh: '通知', en: 'Notice' },
  emailSubject: withParams<{ subject: string }>({
    zh: (p) => `【清欠数据枢纽】${p.subject}`,
    en: (p) => `[Arrears Hub] ${p.subject}`,
  }),
  emailLink: withParams<{ type: string; id: string }>({
    zh: (p) => `相关记录：${p.type} ${p.id}`,
    en: (p) => `Record: ${p.type} ${p.id}`,
  }),
  emailFooter: withParams<{ noticeId: string }>({
    zh: (p) => `（清欠数据枢纽自动发送，请勿直接回复。通知编号 ${p.noticeId}）`,
    en: (p) => `(Sent automatically by the Arrears Hub; do not reply. Notice ${p.noticeId})`,
  }),
  receiverUnreachable: withParams<{ error: string }>({
    zh: (p) => `接收方无法连接（${p.error}）`,
    en: (p) => `The receiver cannot be reached (${p.error})`,
  }),
  receiverAnswered: withParams<{ status: number }>({
    zh: (p) => `接收方答复 HTTP ${p.status}`,
    en: (p) => `The receiver answered HTTP ${p.status}`,
  }),
  smtpNotConfigured: {
    zh: '未配置 HUB_SMTP_URL，无法发送电子邮件。',
    en: 'HUB_SMTP_URL is not set: no e-mail can be sent.',
  },
  emailFailed: withParams<{ error: string }>({
    zh: (p) => `邮件发送失败（${p.error}）`,
    en: (p) => `The e-mail could not be sent (${p.error})`,
  }),
});
