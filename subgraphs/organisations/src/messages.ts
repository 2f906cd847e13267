// The organisations package's messages (see protocol/src/localized-messages.ts): every text a
// person reads from the registry, in Chinese (the default) and English, under stable ids.
import { defineMessages, withParams } from '@arrears-hub/protocol';

export const organisationsMessages = defineMessages('organisations', {
  // Issue 18, msg-others: the registry's refusals

  // Things named in refusals
  unit: { zh: '单位', en: 'Unit' },
  debtorUnit: { zh: '欠款单位', en: 'Debtor unit' },
  tenure: { zh: '任职记录', en: 'tenure' },
  reportingRoute: { zh: '报送路径', en: 'reporting route' },

  // Shared
  notAnId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的编号（id）。`,
    en: (p) => `"${p.id}" is not a valid id.`,
  }),
  noSuchUnit: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的单位。`,
    en: (p) => `There is no unit with the id "${p.id}".`,
  }),
  noSuchRegion: withParams<{ code: string }>({
    zh: (p) => `没有代码为“${p.code}”的区划。`,
    en: (p) => `There is no region with the code "${p.code}".`,
  }),

  // Units (organisation/)
  employeesRange: withParams<{ max: number }>({
    zh: (p) => `从业人员应在 0 到 ${p.max} 人之间。`,
    en: (p) => `The number of employees must be from 0 to ${p.max}.`,
  }),
  sizeDateInFuture: {
    zh: '规模数据的日期不能晚于今天。',
    en: 'The date of the size figures cannot be in the future.',
  },
  enterpriseNeedsCreditCode: {
    zh: '企业必须登记统一社会信用代码。',
    en: 'An enterprise must be registered with its unified social credit code.',
  },
  tooManyAliases: withParams<{ max: number }>({
    zh: (p) => `别名最多 ${p.max} 个。`,
    en: (p) => `At most ${p.max} aliases.`,
  }),
  ownSupervisor: {
    zh: '单位不能是自己的主管部门。',
    en: 'A unit cannot be its own supervising department.',
  },
  parentCycle: {
    zh: '不能把单位放在它自己或它的下属单位之下（会形成循环）。',
    en: 'A unit cannot be placed under itself or one of its own units (that would make a loop).',
  },
  creditCodeTaken: {
    zh: '已有单位登记了这个统一社会信用代码：请查找该单位，不要重复登记。',
    en: 'A unit with this credit code is already registered: find it instead of registering it again.',
  },
  creditCodeTakenByImport: {
    zh: '另一次导入刚刚登记了同一统一社会信用代码的企业：请重新导入一次。',
    en: 'Another import has just registered an enterprise with the same credit code: import again.',
  },

  // Posts and tenures (post/)
  personIdOrName: {
    zh: '请填写 personId（已登记的人员）或 personName（新人员）中的一项，不能都填，也不能都不填。',
    en: 'Give either personId (a person on record) or personName (a new person), exactly one of them.',
  },
  successorTooEarly: withParams<{ startedOn: string }>({
    zh: (p) => `现任者自 ${p.startedOn} 起任职，继任者的起始日期不能更早。`,
    en: (p) =>
      `The current holder has held the post since ${p.startedOn}: the successor cannot start earlier.`,
  }),
  postNewHolder: {
    zh: '该职务刚刚有了新的任职者：请重新读取后再试。',
    en: 'The post has just been given a new holder: read it again and retry.',
  },
  noSuchPost: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的职务。`,
    en: (p) => `There is no post with the id "${p.id}".`,
  }),
  noSuchPerson: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的人员。`,
    en: (p) => `There is no person with the id "${p.id}".`,
  }),
  postHolderChanged: {
    zh: '该职务的任职者刚刚变更：请重新读取后再试。',
    en: 'The holder of this post has just changed: read it again and retry.',
  },
  alreadyHoldsPost: { zh: '此人已担任该职务。', en: 'This person already holds this post.' },

  // Reporting routes (reporting-route/)
  routeUnitKeepsNoLedger: withParams<{ name: string; kind: string }>({
    zh: (p) => `${p.name}（${p.kind}）不报送台账。`,
    en: (p) => `${p.name} (${p.kind}) keeps no ledger to report.`,
  }),
  routeGroupUnknown: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的工作组。`,
    en: (p) => `There is no working group with the id "${p.id}".`,
  }),
  routeGroupAggregatesNothing: withParams<{ group: string }>({
    zh: (p) => `${p.group}没有汇总单位，不是报送台账的行业组。`,
    en: (p) =>
      `${p.group} has no aggregating unit: it is not a sector group that ledgers go through.`,
  }),
  routeUnitOutsideRegion: withParams<{ unit: string; group: string; regionCode: string }>({
    zh: (p) => `${p.unit}不在${p.group}所属地区（${p.regionCode}）内。`,
    en: (p) => `${p.unit} is outside the region of ${p.group} (${p.regionCode}).`,
  }),
  routeNotAnAggregator: withParams<{ group: string }>({
    zh: (p) => `该单位不是${p.group}的汇总单位。`,
    en: (p) => `This unit is not one of the aggregating units of ${p.group}.`,
  }),
  routeNameAggregator: withParams<{ group: string; count: number }>({
    zh: (p) => `${p.group}有 ${p.count} 个汇总单位：请指定报送到哪一个。`,
    en: (p) => `${p.group} has ${p.count} aggregating units: name the one the ledger goes to.`,
  }),
  routeExists: withParams<{ unit: string }>({
    zh: (p) => `${p.unit}已有本地区的报送路径：请重新读取后修改。`,
    en: (p) =>
      `${p.unit} already has a reporting route in this region: read it again and change it.`,
  }),

  // Regions (region/)
  regionCodeForm: {
    zh: '区划代码为 6 位数字（县级及以上）或 9 位数字（乡级）。',
    en: 'A region code has 6 digits (county and above) or 9 digits (township).',
  },
  townshipCodePrefix: withParams<{ county: string }>({
    zh: (p) => `乡级区划代码应以所属县级代码（${p.county}）开头。`,
    en: (p) => `A township code must start with the code of its county (${p.county}).`,
  }),
  regionExists: withParams<{ code: string }>({
    zh: (p) => `代码为“${p.code}”的区划已经存在。`,
    en: (p) => `A region with the code "${p.code}" already exists.`,
  }),
});
