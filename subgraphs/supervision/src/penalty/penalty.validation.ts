// What listing a unit as dishonest and taking it off the list must satisfy, as problems keyed by
// the domain field. Pure of GraphQL: each takes a plain interface the input satisfies.
import { checkText, Problems, todayInChina, type Problem } from '@arrears-hub/subgraph-kit';
import type { Checked } from '../input-checks.js';

export interface DishonestListing {
  reason: string;
  measures: readonly string[];
  listedOn: string;
}

export function checkListing(
  listing: DishonestListing,
  today = todayInChina(),
): Checked<DishonestListing> {
  const p = new Problems();
  const reason = checkText(p, listing.reason, 'reason', {
    required: true,
    max: 5000,
    message: '请写明列入失信主体名录的事由（至少 2 个字）。',
  });
  const measures = listing.measures
    .map((m, i) => checkText(p, m, `measures.${i}`, { max: 200 }))
    .filter((m): m is string => !!m);
  if (!p.has('measures'))
    p.check(measures.length > 0, 'measures', '请至少写明一项联合惩戒措施（例如 压减一般性支出）。');
  p.check(
    listing.listedOn <= today,
    'listedOn',
    `列入日期 ${listing.listedOn} 晚于今天（${today}）。`,
  );
  return {
    problems: p.list,
    value: { reason: reason ?? listing.reason, measures, listedOn: listing.listedOn },
  };
}

export interface Delisting {
  removedOn: string;
  reason: string;
}

export function checkDelisting(delisting: Delisting, today = todayInChina()): Checked<Delisting> {
  const p = new Problems();
  const reason = checkText(p, delisting.reason, 'reason', {
    required: true,
    max: 5000,
    message: '请写明移出名录（信用修复）的理由（至少 2 个字）。',
  });
  p.check(
    delisting.removedOn <= today,
    'removedOn',
    `移出日期 ${delisting.removedOn} 晚于今天（${today}）。`,
  );
  return {
    problems: p.list,
    value: { removedOn: delisting.removedOn, reason: reason ?? delisting.reason },
  };
}

/** A unit comes off the list on or after the day it went on. */
export function removalDateProblems(removedOn: string, listedOn: string): Problem[] {
  const p = new Problems();
  p.check(removedOn >= listedOn, 'removedOn', `移出日期 ${removedOn} 早于列入日期 ${listedOn}。`);
  return p.list;
}
