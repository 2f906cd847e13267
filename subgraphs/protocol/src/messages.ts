// The protocol package's messages (see localized-messages.ts): the coded errors' defaults, the
// scalars' refusals (money, dates, credit codes), the HTTP server's and the signed viewer's.
import { defineMessages, withParams, type Message } from './localized-messages.js';

export const protocolMessages = defineMessages('protocol', {
  notFound: withParams<{ what: Message | string; id: string }>({
    zh: (p) => `${typeof p.what === 'string' ? p.what : p.what.zh}“${p.id}”不存在。`,
    en: (p) => `${typeof p.what === 'string' ? p.what : p.what.en} "${p.id}" does not exist.`,
  }),
  outOfReach: {
    zh: '该记录不存在，或不在您的管辖范围内：您不能查看或办理它。',
    en: 'This record does not exist or is outside your jurisdiction: you cannot see or act on it.',
  },
  forbidden: {
    zh: '您没有办理此事项的权限。',
    en: 'You are not allowed to do this.',
  },
  unavailable: withParams<{ service: string }>({
    zh: (p) => `${p.service} 服务暂时不可用，这部分数据缺失，请稍后重试。`,
    en: (p) =>
      `The ${p.service} service is unavailable: this part of the answer is missing; try again later.`,
  }),
  unexpected: {
    zh: '系统内部出错，已记录在案，请稍后重试；如一再出现，请把请求编号告诉管理员。',
    en: 'Unexpected error.',
  },
  unauthenticated: {
    zh: '请先登录：此操作需要有效的令牌（token）。',
    en: 'Please sign in: this needs a valid token.',
  },
  moreProblems: withParams<{ first: string; more: number }>({
    zh: (p) => `${p.first}（另有 ${p.more} 处问题，见 extensions.problems）`,
    en: (p) => `${p.first} (and ${p.more} more problems, see extensions.problems)`,
  }),
  illegalMove: withParams<{ action: string; what: string; from: string; allowed: string[] }>({
    zh: (p) =>
      `不能办理（${p.action}）：这条${p.what}的状态是 ${p.from}，${p.allowed.length ? `只能变为 ${p.allowed.join('、')}` : '已是最终状态，不能再变'}。`,
    en: (p) =>
      `Cannot ${p.action}: this ${p.what} is ${p.from}, ${p.allowed.length ? `it can only become ${p.allowed.join(', ')}` : 'a final status that cannot change'}.`,
  }),

  // Money (money.ts)
  moneyNotString: {
    zh: '金额须写成字符串形式的十进制数，例如 "1200.50"，不能写成数字。',
    en: 'Money must be a decimal string such as "1200.50", not a number.',
  },
  moneyTooManyDecimals: withParams<{ input: string }>({
    zh: (p) => `“${p.input}”的小数超过 2 位：金额以元为单位，精确到分。`,
    en: (p) => `"${p.input}" has more than 2 decimal places; amounts are in yuan and fen.`,
  }),
  moneyNotAmount: withParams<{ input: string }>({
    zh: (p) => `“${p.input}”不是金额：请写数字，最多 2 位小数，例如 "1200.50"。`,
    en: (p) =>
      `"${p.input}" is not an amount: write digits with at most 2 decimals, e.g. "1200.50".`,
  }),
  moneyNegative: withParams<{ input: string }>({
    zh: (p) => `“${p.input}”是负数：此金额不能为负。`,
    en: (p) => `"${p.input}" is negative; this amount cannot be negative.`,
  }),

  // Calendar dates (calendar-date.ts)
  dateNotString: {
    zh: '日期须写成字符串 "YYYY-MM-DD"。',
    en: 'A date must be a string "YYYY-MM-DD".',
  },
  dateBadForm: withParams<{ input: string }>({
    zh: (p) => `“${p.input}”不是日期：请写成 YYYY-MM-DD，例如 "2025-06-01"。`,
    en: (p) => `"${p.input}" is not a date: write it as YYYY-MM-DD, e.g. "2025-06-01".`,
  }),
  dateOutOfRange: withParams<{ input: string }>({
    zh: (p) => `“${p.input}”不在 1900–2199 年之间。`,
    en: (p) => `"${p.input}" is outside the years 1900–2199.`,
  }),
  dateNotReal: withParams<{ input: string }>({
    zh: (p) => `“${p.input}”不是真实存在的日期。`,
    en: (p) => `"${p.input}" is not a real calendar date.`,
  }),

  // Unified social credit codes (credit-code.ts)
  creditCodeLength: withParams<{ input: string; length: number }>({
    zh: (p) => `统一社会信用代码为 18 位，“${p.input}”有 ${p.length} 位。`,
    en: (p) => `A unified social credit code has 18 characters; "${p.input}" has ${p.length}.`,
  }),
  creditCodeForm: withParams<{ input: string }>({
    zh: (p) => `“${p.input}”不是统一社会信用代码：第 3–8 位是数字，且不会出现字母 I、O、S、V、Z。`,
    en: (p) =>
      `"${p.input}" is not a unified social credit code: positions 3–8 are digits and the letters I, O, S, V, Z never occur.`,
  }),
  creditCodeCheck: withParams<{ code: string; expected: string }>({
    zh: (p) => `“${p.code}”的校验码应为“${p.expected}”：代码有误，请核对（GB 32100 校验）。`,
    en: (p) =>
      `The check character of "${p.code}" should be "${p.expected}": the code is mistyped (GB 32100 check).`,
  }),

  // The HTTP server (http.ts)
  useGetOrPost: { zh: '请使用 GET 或 POST 请求。', en: 'Use GET or POST.' },
  bodyTooLarge: withParams<{ max: number }>({
    zh: (p) => `请求体超过 ${p.max} 字节：请缩小查询或分页获取。`,
    en: (p) => `The request body is larger than ${p.max} bytes.`,
  }),
  bodyNotJson: { zh: '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  noRoute: withParams<{ path: string }>({
    zh: (p) => `没有 ${p.path} 这个地址。`,
    en: (p) => `No route ${p.path}.`,
  }),

  // The signed viewer (viewer-header.ts): what a caller that is not the gateway is told
  viewerMissing: {
    zh: '本服务只应答经网关签名的请求（缺少签名的访问者信息）。',
    en: 'This service only answers requests from the gateway (no signed viewer).',
  },
  viewerMalformed: { zh: '访问者信息格式有误。', en: 'Malformed viewer header.' },
  viewerBadSignature: { zh: '访问者信息的签名无效。', en: 'The viewer signature is not valid.' },
  viewerExpired: { zh: '签名的访问者信息已过期。', en: 'The signed viewer has expired.' },

  // Date-times in China Standard Time (date-time.ts; issue 18, pinyin-labels-times)
  dateTimeNotString: {
    zh: '时间须写成 ISO 8601 字符串，例如 "2026-12-02T11:40:05+08:00"。',
    en: 'A date-time must be an ISO 8601 string, e.g. "2026-12-02T11:40:05+08:00".',
  },
  dateTimeBadForm: withParams<{ input: string }>({
    zh: (p) =>
      `“${p.input}”不是有效的时间：应为带时区的 ISO 8601 格式，例如 "2026-12-02T11:40:05+08:00" 或 "2026-12-02T03:40:05Z"。`,
    en: (p) =>
      `"${p.input}" is not a valid date-time: use ISO 8601 with an offset, e.g. "2026-12-02T11:40:05+08:00" or "2026-12-02T03:40:05Z".`,
  }),
});
