// ArrearFilter as a condition on ledger lines, and the sum of a filtered list. The condition is
// one ORM filter: the page (paginate), its totalCount and its sum all read it, and each of them
// also carries the viewer's jurisdiction exactly as the kit applies it to Arrear (em.find and
// em.count apply the filter; the sum's query builder applies the same filters explicitly), so a
// slice is never wider than the rows the viewer may see.
import { raw, type FilterQuery } from '@mikro-orm/core';
import {
  addDays,
  checkCreditCode,
  isStorableText,
  money,
  nameKey,
  normalizeIdentifier,
  todayInChina,
  requireRegion,
  UserInputError,
  uuidList,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { arrearsConfig } from '../config.js';
import { arrearsMessages as msg } from '../messages.js';
import { AgeBucket } from '../rules/ageing.js';
import { pathRange } from '../summary/scope.js';
import { ArrearStatus } from './arrear.enums.js';
import { Arrear } from './arrear.entity.js';
import {
  ArrearFilter,
  MissingDocument,
  SEARCH_MAX_LENGTH,
  type LedgerSum,
} from './arrear.inputs.js';

type Where = FilterQuery<Arrear>;

/** Overdue days each bucket holds, as in rules/ageing.ts (NOT_DUE: 0 days). */
const BUCKET_DAYS: Readonly<Record<AgeBucket, [number, number | null]>> = {
  NOT_DUE: [0, 0],
  UP_TO_30_DAYS: [1, 30],
  DAYS_31_TO_90: [31, 90],
  DAYS_91_TO_180: [91, 180],
  DAYS_181_TO_365: [181, 365],
  OVER_1_YEAR: [366, 1095],
  OVER_3_YEARS: [1096, null],
};

/**
 * The lines in the buckets today. Overdue days today are max(0, today − overdueSince) (the due
 * date while something is outstanding, else 9999-12-31), so a bucket of days [lo, hi] is the range
 * overdueSince ∈ [today − hi, today − lo] of one index, and NOT_DUE is overdueSince ≥ today.
 */
export function ageBucketWhere(buckets: readonly AgeBucket[], today: string): Where {
  const ranges = [...new Set(buckets)].map((bucket): Where => {
    const [lo, hi] = BUCKET_DAYS[bucket];
    if (lo === 0) return { overdueSince: { $gte: today } };
    const latest = addDays(today, -lo);
    return hi === null
      ? { overdueSince: { $lte: latest } }
      : { overdueSince: { $gte: addDays(today, -hi), $lte: latest } };
  });
  return ranges.length === 1 ? ranges[0]! : { $or: ranges };
}

/** `%` and `_` are LIKE's wildcards and `\` its escape: a search for "10%" means the characters. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The search text as the hub normalises identifiers; empty, too long or unstorable is refused. */
export function searchText(search: string): string {
  const field = 'filter.search';
  if (!isStorableText(search)) throw new UserInputError(msg.searchNotText(), field);
  const text = normalizeIdentifier(search);
  if (!text) throw new UserInputError(msg.searchEmpty(), field);
  if ([...text].length > SEARCH_MAX_LENGTH)
    throw new UserInputError(
      msg.searchTooLong({ max: SEARCH_MAX_LENGTH, actual: [...text].length }),
      field,
    );
  return text;
}

/** Contract number contains, creditor name contains (both on trigram indexes), or credit code is. */
export function searchWhere(search: string): Where {
  const text = searchText(search);
  const or: Where[] = [{ contractNo: { $ilike: `%${likeEscaped(text)}%` } }];
  const name = nameKey(text);
  if (name) or.push({ creditorNameKey: { $ilike: `%${likeEscaped(name)}%` } });
  const code = checkCreditCode(text);
  if (code.ok) or.push({ creditorCreditCode: code.value });
  return { $or: or };
}

/** Statuses in which a plan is no longer watched (the repayment watch's SETTLED, jobs.ts). */
const NOT_WATCHED = [ArrearStatus.CLEARED, ArrearStatus.WITHDRAWN, ArrearStatus.IN_COURT];

/**
 * A line whose active plan is in default today: the rule of rules/scheduled-alerts.ts
 * (instalmentAlerts' DEFAULT) in SQL. An instalment is uncovered when the instalments up to it
 * add up to more than the payments since the plan (paid − paid_before), and the plan is in
 * default when an uncovered one fell due more than the grace period ago (due_on + grace < today).
 */
export function planInDefaultSql(today: string, graceDays: number) {
  return raw(
    (
      a: string,
    ) => `(${a}.status not in (${NOT_WATCHED.map((s) => `'${s}'`).join(', ')}) and exists (
      select 1 from repayment_plan p join instalment i on i.plan_id = p.id
       where p.arrear_id = ${a}.id and p.status = 'ACTIVE' and i.due_on < ?::date
         and (select sum(j.amount) from instalment j where j.plan_id = p.id and j.seq <= i.seq)
             > ${a}.paid - p.paid_before))`,
    [addDays(today, -graceDays)],
  );
}

const MISSING_SQL: Readonly<Record<MissingDocument, (a: string) => string>> = {
  CONTRACT: (a) =>
    `not exists (select 1 from document d where d.arrear_id = ${a}.id and d.kind = 'CONTRACT')`,
  PAYMENT_VOUCHER: (a) =>
    `exists (select 1 from payment p where p.arrear_id = ${a}.id and p.voucher_no is null and p.disbursement_id is null)`,
};

/** The region's subtree as a range of the lines' debtor paths (its own level: the one path); an
 * unknown code is refused. */
async function regionWhere(code: string, ownLevel: boolean): Promise<Where> {
  const region = await requireRegion(code, 'filter.regionCode');
  if (ownLevel) return { debtorRegionPath: region.path };
  const { from, to } = pathRange(region.path);
  return { debtorRegionPath: { $gte: from, $lt: to } };
}

export async function arrearWhere(filter: ArrearFilter | null): Promise<Where> {
  if (!filter) return {};
  const and: Where[] = [];
  if (filter.debtorIds)
    and.push({ debtorId: { $in: uuidList(filter.debtorIds, 'filter.debtorIds') } });
  if (filter.creditorIds)
    and.push({ creditorId: { $in: uuidList(filter.creditorIds, 'filter.creditorIds') } });
  if (filter.projectIds)
    and.push({ projectId: { $in: uuidList(filter.projectIds, 'filter.projectIds') } });
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.subjects?.length) and.push({ subject: { $in: filter.subjects } });
  if (filter.sources?.length) and.push({ source: { $in: filter.sources } });
  if (filter.disputed !== null && filter.disputed !== undefined)
    and.push({ disputed: filter.disputed });
  if (filter.inJudicialProcess !== null && filter.inJudicialProcess !== undefined) {
    and.push({ inJudicialProcess: filter.inJudicialProcess });
  }
  if (filter.signedFrom) and.push({ contractSignedOn: { $gte: filter.signedFrom } });
  if (filter.signedTo) and.push({ contractSignedOn: { $lte: filter.signedTo } });
  if (filter.signedFrom && filter.signedTo && filter.signedFrom > filter.signedTo) {
    throw new UserInputError(msg.signedRangeEmpty(), 'filter.signedFrom');
  }
  if (filter.minOutstanding) and.push({ outstanding: { $gte: filter.minOutstanding } });
  if (filter.hasOutstanding === true) and.push({ outstanding: { $gt: '0' } });
  if (filter.hasOutstanding === false) and.push({ outstanding: '0' });
  if (filter.overdueOn)
    and.push({ statutoryDueOn: { $lt: filter.overdueOn }, outstanding: { $gt: '0' } });
  if (filter.hasRepaymentPlan !== null && filter.hasRepaymentPlan !== undefined)
    and.push({ hasRepaymentPlan: filter.hasRepaymentPlan });

  // Issue 18: the slices an inspector cuts the ledger into.
  if (filter.regionOwnLevel && (filter.regionCode === null || filter.regionCode === undefined))
    throw new UserInputError(msg.ownLevelNeedsRegion(), 'filter.regionOwnLevel');
  if (filter.regionCode !== null && filter.regionCode !== undefined)
    and.push(await regionWhere(filter.regionCode, filter.regionOwnLevel === true));
  if (filter.debtorKinds?.length) and.push({ debtorUnitKind: { $in: filter.debtorKinds } });
  if (filter.search !== null && filter.search !== undefined) and.push(searchWhere(filter.search));
  const today = todayInChina();
  if (filter.ageBuckets?.length) and.push(ageBucketWhere(filter.ageBuckets, today));
  if (filter.planInDefault !== null && filter.planInDefault !== undefined) {
    const inDefault = planInDefaultSql(today, arrearsConfig().planDefaultGraceDays);
    and.push(filter.planInDefault ? { [inDefault]: [] } : { $not: { [inDefault]: [] } });
  }
  if (filter.documentsMissing?.length) {
    const missing = [...new Set(filter.documentsMissing)].map((kind): Where => ({
      [raw(MISSING_SQL[kind])]: [],
    }));
    and.push(missing.length === 1 ? missing[0]! : { $or: missing });
  }
  return and.length ? { $and: and } : {};
}

/**
 * Σ amount due, paid and outstanding over every line the condition and the viewer's jurisdiction
 * let through (all pages), in one statement.
 */
export async function ledgerSum(ctx: SubgraphContext, where: Where): Promise<LedgerSum> {
  const qb = ctx.em.createQueryBuilder(Arrear, 'a');
  // The ORM filter the page uses, as the query builder's condition (the same object).
  qb.select([
    raw('coalesce(sum(a.amount_due), 0) as total_due'),
    raw('coalesce(sum(a.paid), 0) as total_paid'),
    raw('coalesce(sum(a.outstanding), 0) as total_outstanding'),
  ]).where(where as Parameters<typeof qb.where>[0]);
  await qb.applyFilters();
  const row = await qb.execute<{
    total_due: string;
    total_paid: string;
    total_outstanding: string;
  }>('get', false);
  return {
    amountDue: money(row.total_due),
    paid: money(row.total_paid),
    outstanding: money(row.total_outstanding),
  };
}
