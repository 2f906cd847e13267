// The kit's messages (see @arrears-hub/protocol, localized-messages.ts): what the shared checks,
// guards and servers of every subgraph tell a person, in Chinese (the default) and English.
import { defineMessages, withParams, type MessageText } from '@arrears-hub/protocol';

/** A noun a caller passes (a catalogue noun, or a plain string) in one language. */
const noun = (what: MessageText, locale: 'zh' | 'en'): string =>
  typeof what === 'string' ? what : what[locale];

// Task msg-kit-gateway: the kit's messages
export const kitMessages = defineMessages('kit', {
  // Regions named by code (region-codes.ts)
  unknownRegionCode: withParams<{ code: string }>({
    zh: (p) => `没有代码为“${p.code}”的地区：请填写登记在册的地区代码，例如 "150621"。`,
    en: (p) =>
      `There is no region with code "${p.code}": give a registered region code, e.g. "150621".`,
  }),
  // Texts, dates and ids (input-checks.ts, input-safety.ts, ownership/guards.ts)
  required: { zh: '此项不能为空。', en: 'This cannot be empty.' },
  unstorableText: {
    zh: '含有无法保存的字符（NUL 或不成对的代理字符），请删除后重试。',
    en: 'Contains characters that cannot be stored (NUL or an unpaired surrogate): remove them and try again.',
  },
  tooLong: withParams<{ max: number; actual: number }>({
    zh: (p) => `最多 ${p.max} 个字符，现有 ${p.actual} 个。`,
    en: (p) => `At most ${p.max} characters; ${p.actual} given.`,
  }),
  tooShort: withParams<{ min: number }>({
    zh: (p) => `至少 ${p.min} 个字符。`,
    en: (p) => `At least ${p.min} characters.`,
  }),
  dateInFuture: { zh: '日期不能晚于今天。', en: 'The date cannot be later than today.' },
  tooManyIds: withParams<{ max: number }>({
    zh: (p) => `一次最多 ${p.max} 个编号。`,
    en: (p) => `At most ${p.max} ids at a time.`,
  }),
  notAnId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的编号（id）。`,
    en: (p) => `"${p.id}" is not a valid id.`,
  }),
  noSuchUnit: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的单位。`,
    en: (p) => `There is no unit with the id "${p.id}".`,
  }),

  // Scalars (scalars.ts)
  scalarNotString: withParams<{ scalar: string }>({
    zh: (p) => `${p.scalar} 类型的值须写成字符串。`,
    en: (p) => `${p.scalar} must be written as a string.`,
  }),
  creditCodeNotString: {
    zh: '统一社会信用代码须写成 18 位的字符串。',
    en: 'A credit code must be a string of 18 characters.',
  },

  // Roles and jurisdiction (auth.ts, ownership/guards.ts, change-entity.ts, contracts/references.ts)
  roleRequired: withParams<{ needed: readonly string[]; held: readonly string[] }>({
    zh: (p) =>
      `此操作需要以下角色之一：${p.needed.join('、')}；您的角色：${p.held.join('、') || '无'}。`,
    en: (p) =>
      `This needs one of the roles ${p.needed.join(', ')}; your roles: ${p.held.join(', ') || 'none'}.`,
  }),
  readOnlyForYou: withParams<{ record: string; writers: readonly string[] }>({
    zh: (p) =>
      `您可以查看这条 ${p.record} 记录，但不能办理此事项（只有 ${p.writers.join('、')} 可以）。`,
    en: (p) =>
      `You may see this ${p.record} record but not do this (only ${p.writers.join(', ')} may).`,
  }),
  movesOutOfReach: {
    zh: '这项修改会把记录移出您的管辖范围，不能保存。',
    en: 'This change would move the record out of your jurisdiction, so it cannot be saved.',
  },
  referenceOutOfReach: withParams<{ what: MessageText; id: string }>({
    zh: (p) => `${noun(p.what, 'zh')}“${p.id}”不存在，或不在您的管辖范围内。`,
    en: (p) => `${noun(p.what, 'en')} "${p.id}" does not exist or is outside your jurisdiction.`,
  }),

  // Concurrent changes and duplicates (transaction.ts, change-entity.ts)
  alreadyExists: { zh: '这条记录已经存在。', en: 'This record already exists.' },
  changedMeanwhile: {
    zh: '这条记录刚被他人修改：请重新读取后再试。',
    en: 'Someone has just changed this record: read it again and retry.',
  },
  staleVersion: withParams<{ what: MessageText; expected: number; current: number }>({
    zh: (p) =>
      `这条${noun(p.what, 'zh')}在您读取后已被修改（您读取的是第 ${p.expected} 版，现在是第 ${p.current} 版）：请重新读取后再试。`,
    en: (p) =>
      `This ${noun(p.what, 'en')} was changed after you read it (you read version ${p.expected}, it is now version ${p.current}): read it again and retry.`,
  }),

  // Pages (pagination.ts)
  pageSizeOutOfRange: withParams<{ field: string; max: number; actual: number }>({
    zh: (p) => `“${p.field}”应在 1 到 ${p.max} 之间，现为 ${p.actual}。`,
    en: (p) => `"${p.field}" must be from 1 to ${p.max}; it is ${p.actual}.`,
  }),
  invalidCursor: {
    zh: '这个游标（cursor）不属于此列表或此排序：请不带 "after" 从第一页重新开始。',
    en: 'This cursor does not belong to this list or this order: start again from the first page, without "after".',
  },

  // The subgraph's HTTP server (start-subgraph.ts): what a caller that is not the gateway is told
  servicesOnly: withParams<{ path: string }>({
    zh: (p) => `${p.path} 只应答登记在册的服务。`,
    en: (p) => `${p.path} answers registered services only.`,
  }),
  calledForPerson: withParams<{ path: string }>({
    zh: (p) => `${p.path} 须代表某个人调用。`,
    en: (p) => `${p.path} is called for a person.`,
  }),
  usePost: { zh: '请使用 POST 请求。', en: 'Use POST.' },
  servicesUseContracts: {
    zh: '服务之间通过内部约定（contract）相互调用，不能调用 GraphQL。',
    en: 'Services call internal contracts, not GraphQL.',
  },

  // Units named the way people name them (issue 18, unit-refs.ts)
  unitRefOneWay: {
    zh: '请只用一种方式指明单位：编号（id）、统一社会信用代码（creditCode）或名称（name），三者选一。',
    en: 'Name the unit in exactly one way: by id, by credit code (creditCode) or by name.',
  },
  unitRefTwice: withParams<{ id: string; ref: string }>({
    zh: (p) => `${p.id} 与 ${p.ref} 只能给一个：两者都指明单位。`,
    en: (p) => `Give either ${p.id} or ${p.ref}, not both: each names the unit.`,
  }),
  unitRefUnknownCreditCode: withParams<{ creditCode: string }>({
    zh: (p) =>
      `登记册中没有统一社会信用代码为 ${p.creditCode} 的单位：请核对代码，或先登记该单位。`,
    en: (p) =>
      `The registry has no unit with the credit code ${p.creditCode}: check the code, or register the unit first.`,
  }),
  unitRefUnknownName: withParams<{ name: string }>({
    zh: (p) =>
      `登记册中没有名为“${p.name}”的单位，也没有以此为简称或别名的单位：请核对名称，或用统一社会信用代码（creditCode）指明。`,
    en: (p) =>
      `The registry has no unit named "${p.name}", nor one with that short name or alias: check the name, or give the credit code (creditCode).`,
  }),
  unitRefAmbiguous: withParams<{ name: string; count: number; names: string }>({
    zh: (p) =>
      `“${p.name}”对应 ${p.count} 个单位（${p.names}）：请用统一社会信用代码（creditCode）或编号（id）指明，或在名称前加上地区名称；候选单位见 extensions.candidates。`,
    en: (p) =>
      `"${p.name}" fits ${p.count} units (${p.names}): give the credit code (creditCode) or the id, or put the region's name before the name; the candidates are in extensions.candidates.`,
  }),
  unitRefRequired: withParams<{ field: string }>({
    zh: (p) =>
      `请指明单位 ${p.field}：给出编号（id）、统一社会信用代码（creditCode）或名称（name）之一。`,
    en: (p) => `Name the unit ${p.field}: give its id, its credit code (creditCode) or its name.`,
  }),
});
