// The kit's messages (see @arrears-hub/protocol's localized-messages.ts). One section per task;
// the lead joins the sections of helpers working at the same time.
import { defineMessages, withParams } from '@arrears-hub/protocol';

export const kitMessages = defineMessages('kit', {
  // Units named the way people name them (issue 18, unit-refs.ts)
  unitRefOneWay: {
    zh: '请只用一种方式指明单位：编号（id）、统一社会信用代码（creditCode）或名称（name），三者选一。',
    en: 'Name the unit in exactly one way: by id, by credit code (creditCode) or by name.',
  },
  unitRefTwice: withParams<{ id: string; ref: string }>({
    zh: (p) => `${p.id} 与 ${p.ref} 只能给一个：两者都指明单位。`,
    en: (p) => `Give either ${p.id} or ${p.ref}, not both: each names the unit.`,
  }),
  unitRefNotAnId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的编号（id）。`,
    en: (p) => `"${p.id}" is not a valid id.`,
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
