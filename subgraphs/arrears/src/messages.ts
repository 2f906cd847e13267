// The arrears subgraph's messages (see the protocol package's localized-messages.ts): Chinese
// first, with a real English translation. One section per task.
import { defineMessages, withParams } from '@arrears-hub/protocol';

export const arrearsMessages = defineMessages('arrears', {
  // ── Ledger slicing (issue 18: ArrearFilter's region, kinds, search, ages, defaults, documents) ──
  unknownRegionCode: withParams<{ code: string }>({
    zh: (p) => `没有代码为“${p.code}”的地区：请填写登记在册的地区代码，例如 "150621"。`,
    en: (p) =>
      `There is no region with code "${p.code}": give a registered region code, e.g. "150621".`,
  }),
  searchEmpty: {
    zh: '搜索内容为空：请填写合同编号、债权企业名称或统一社会信用代码，或不传 search。',
    en: 'The search is empty: give a contract number, a creditor name or a credit code, or leave search out.',
  },
  searchTooLong: withParams<{ max: number; actual: number }>({
    zh: (p) => `搜索内容最多 ${p.max} 个字符，现有 ${p.actual} 个。`,
    en: (p) => `A search has at most ${p.max} characters; ${p.actual} given.`,
  }),
  searchNotText: {
    zh: '搜索内容含有无法保存的字符（如 NUL），请删去后再试。',
    en: 'The search holds characters that cannot be stored as text (such as NUL); remove them.',
  },
});
