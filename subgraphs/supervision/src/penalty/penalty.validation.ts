// What listing a unit as dishonest and taking it off the list must satisfy, as problems keyed by
// the domain field. Pure of GraphQL: each takes a plain interface the input satisfies.
import { checkText, Problems, todayInChina, type Problem } from '@arrears-hub/subgraph-kit';
import type { Checked } from '../input-checks.js';
import { supervisionMessages as msg } from '../messages.js';

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
    message: msg.listingReasonRequired(),
  });
  const measures = listing.measures
    .map((m, i) => checkText(p, m, `measures.${i}`, { max: 200 }))
    .filter((m): m is string => !!m);
  if (!p.has('measures')) p.check(measures.length > 0, 'measures', msg.measuresRequired());
  p.check(
    listing.listedOn <= today,
    'listedOn',
    msg.dayAfterToday({ what: msg.listingDate(), day: listing.listedOn, today }),
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
    message: msg.delistingReasonRequired(),
  });
  p.check(
    delisting.removedOn <= today,
    'removedOn',
    msg.dayAfterToday({ what: msg.removalDate(), day: delisting.removedOn, today }),
  );
  return {
    problems: p.list,
    value: { removedOn: delisting.removedOn, reason: reason ?? delisting.reason },
  };
}

/** A unit comes off the list on or after the day it went on. */
export function removalDateProblems(removedOn: string, listedOn: string): Problem[] {
  const p = new Problems();
  p.check(removedOn >= listedOn, 'removedOn', msg.removedBeforeListed({ removedOn, listedOn }));
  return p.list;
}
