// The figures of a region's units on the organisations subgraph's Region (the gateway brings the
// units of its subtree through @requires), over the debts the viewer may see.
import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { defineLoader, todayInChina, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { RegionRef } from '../external/region.js';
import { countedSql } from '../ledger/arrear.enums.js';
import { visibleDebts } from './scope.js';

const overdueUnplanned = defineLoader<{ code: string; unitIds: string[] }, OrganisationRef[]>(
  async (keys, ctx) => {
    const visible = await visibleDebts(ctx);
    const all = [...new Set(keys.flatMap((k) => k.unitIds))];
    const rows = all.length
      ? await ctx.em.execute<{ debtor_id: string }[]>(
          `select distinct a.debtor_id from arrear a
            where a.debtor_id in (?) and a.statutory_due_on < ? and a.amount_due > a.paid and not a.has_repayment_plan
              and a.status <> 'CLEARED' and ${countedSql('a')} and ${visible.sql}`,
          [all, todayInChina(), ...visible.params],
        )
      : [];
    const owing = new Set(rows.map((r) => r.debtor_id));
    return keys.map((k) => k.unitIds.filter((id) => owing.has(id)).map((id) => ({ id })));
  },
  { cacheKey: (k) => k.code },
);

@Resolver(() => RegionRef)
export class RegionFiguresResolver {
  @Authorized()
  @Directive('@requires(fields: "unitIds")')
  @FieldResolver(() => [OrganisationRef], {
    description: 'Units of this region with debts past due, unpaid, and no repayment plan (today).',
  })
  overdueUnplannedDebtors(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OrganisationRef[]> {
    return overdueUnplanned.load(ctx, { code: region.code, unitIds: region.unitIds ?? [] });
  }
}
