// Each bound unit's compliance with a campaign deadline (the Wutaishan and Ye County programmes,
// docs/programmes.md): ledger submitted, agreements signed, or everything repaid by the date — for
// every deadline of a request in at most three statements, over the units and rows the viewer may
// see (the ownership declarations, in SQL through andVisible).
import {
  addDays,
  defineLoader,
  inRegion,
  REPORTING_KINDS,
  unitDirectory,
  type DirectoryUnit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { countedSql } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { unitsWithVisibleLedger } from '../ledger/ledger-scope.js';
import { andVisible } from '../visible-rows.js';
import type { CampaignDeadline } from './campaign-deadline.entity.js';
import type { DeadlineCompliance } from './campaign-deadline.inputs.js';
import { LedgerReport } from './ledger-report.entity.js';
import { CampaignDeadlineKind } from './reporting.enums.js';
import { arrearsMessages as msg } from '../messages.js';

/** End of the due day in China time, as an instant: submissions before it are in time. */
const endOfDueDay = (dueOn: string) => new Date(`${addDays(dueOn, 1)}T00:00:00+08:00`);

/** The units a deadline binds: those keeping a ledger in its region and below. */
function boundUnits(deadline: CampaignDeadline, all: Map<string, DirectoryUnit>): string[] {
  return [...all.values()]
    .filter((u) => inRegion(u, deadline.regionCode) && REPORTING_KINDS.has(u.kind))
    .map((u) => u.id);
}

/** Why each unit misses its deadline, for every deadline of the batch in at most two statements. */
async function failuresOf(
  ctx: SubgraphContext,
  bound: ReadonlyMap<CampaignDeadline, string[]>,
): Promise<Map<CampaignDeadline, Map<string, string>>> {
  const failures = new Map([...bound.keys()].map((d) => [d, new Map<string, string>()]));
  const ledger = [...bound].filter(
    ([d, units]) => d.kind === CampaignDeadlineKind.LEDGER_SUBMITTED && units.length,
  );
  const debts = [...bound].filter(
    ([d, units]) => d.kind !== CampaignDeadlineKind.LEDGER_SUBMITTED && units.length,
  );
  if (ledger.length) {
    // A unit met a submission deadline when its first submission came before the end of the due day.
    const units = [...new Set(ledger.flatMap(([, u]) => u))];
    const reports = await andVisible(ctx, LedgerReport, 'ledger_report');
    const rows = await ctx.em.execute<{ unit_id: string; first: Date }[]>(
      `select unit_id, min(submitted_at) as first from ledger_report
        where unit_id in (?)${reports.sql} group by unit_id`,
      [units, ...reports.params],
    );
    const first = new Map(rows.map((r) => [r.unit_id, new Date(r.first)]));
    for (const [deadline, ids] of ledger) {
      for (const id of ids)
        if (!(first.get(id)! < endOfDueDay(deadline.dueOn)))
          failures.get(deadline)!.set(id, msg.complianceNoReport({ dueOn: deadline.dueOn }).text());
    }
  }
  if (debts.length) {
    // Debts on the ledger by each due day that were still owed on it (payments after it added back).
    const arrears = await andVisible(ctx, Arrear, 'a');
    const pairs = debts.flatMap(([d, units]) => units.map((u) => ({ d: d.id, due: d.dueOn, u })));
    const rows = await ctx.em.execute<
      { d: string; debtor_id: string; open: number; unplanned: number }[]
    >(
      `with m as (select x.d, x.due::date as due, x.u from jsonb_to_recordset(?::jsonb) as x(d text, due text, u uuid))
       select m.d, a.debtor_id, count(*)::int as open,
              count(*) filter (where not exists (select 1 from repayment_plan p where p.arrear_id = a.id and p.signed_on <= m.due))::int as unplanned
         from m join arrear a on a.debtor_id = m.u
        where a.registered_at < ((m.due + 1)::timestamp at time zone 'Asia/Shanghai') and ${countedSql('a')}${arrears.sql}
          and a.amount_due - a.paid + coalesce((select sum(p.amount) from payment p where p.arrear_id = a.id and p.paid_on > m.due), 0) > 0
        group by m.d, a.debtor_id`,
      [JSON.stringify(pairs), ...arrears.params],
    );
    const byId = new Map(debts.map(([d]) => [d.id, d]));
    for (const row of rows) {
      const deadline = byId.get(row.d)!;
      if (deadline.kind === CampaignDeadlineKind.ALL_REPAID)
        failures
          .get(deadline)!
          .set(
            row.debtor_id,
            msg.complianceStillOwed({ dueOn: deadline.dueOn, open: row.open }).text(),
          );
      else if (row.unplanned > 0)
        failures
          .get(deadline)!
          .set(
            row.debtor_id,
            msg.complianceUnplanned({ dueOn: deadline.dueOn, unplanned: row.unplanned }).text(),
          );
    }
  }
  return failures;
}

export const complianceOf = defineLoader<CampaignDeadline, DeadlineCompliance>(
  async (deadlines, ctx) => {
    const all = await unitDirectory().all();
    // Only the bound units whose ledger the viewer may see are judged, on the rows it may see.
    const visible = new Set(
      await unitsWithVisibleLedger(ctx, [...new Set(deadlines.flatMap((d) => boundUnits(d, all)))]),
    );
    const bound = new Map(
      deadlines.map((d) => [d, boundUnits(d, all).filter((id) => visible.has(id))]),
    );
    const failures = await failuresOf(ctx, bound);
    return deadlines.map((deadline) => {
      const failing = failures.get(deadline)!;
      const byUnit = bound
        .get(deadline)!
        .map((id) => ({
          unit: { id },
          compliant: !failing.has(id),
          detail: failing.get(id) ?? msg.complianceMet().text(),
        }))
        .sort((a, b) => Number(a.compliant) - Number(b.compliant));
      return { units: byUnit.length, compliant: byUnit.filter((u) => u.compliant).length, byUnit };
    });
  },
  { cacheKey: (d) => d.id },
);
