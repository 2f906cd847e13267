import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { addDays, auditSnapshot, DateScalar, defineLoader, inTransaction, recordAudit, unitDirectory, UserInputError, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { CampaignDeadline } from '../entities/campaign-deadline.entity.js';
import { CampaignDeadlineKind, countedSql } from '../entities/enums.js';
import { OrganisationRef } from '../external/organisation.js';
import { REPORTING_KINDS } from '../workflow/reporting-period.js';
import { jurisdictionOf } from '../scope.js';

@InputType()
export class DefineCampaignDeadlineInput {
  @Field(() => ID, { description: 'The region whose units it binds (and the regions below it).' })
  regionCode!: string;

  @Field(() => String)
  title!: string;

  @Field(() => CampaignDeadlineKind)
  kind!: CampaignDeadlineKind;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@ObjectType('UnitDeadlineCompliance')
export class UnitDeadlineCompliance {
  @Field(() => OrganisationRef)
  unit!: OrganisationRef;

  @Field(() => Boolean)
  compliant!: boolean;

  @Field(() => String, { description: 'What is missing, or what was met.' })
  detail!: string;
}

@ObjectType('DeadlineCompliance')
export class DeadlineCompliance {
  @Field(() => Int)
  units!: number;

  @Field(() => Int)
  compliant!: number;

  @Field(() => [UnitDeadlineCompliance], { description: 'Every bound unit, the non-compliant ones first.' })
  byUnit!: UnitDeadlineCompliance[];
}

/** End of the due day in China time, as an instant: submissions before it are in time. */
const endOfDueDay = (dueOn: string) => new Date(`${addDays(dueOn, 1)}T00:00:00+08:00`);

async function complianceOf(ctx: SubgraphContext, deadline: CampaignDeadline): Promise<DeadlineCompliance> {
  const { em } = ctx;
  const all = await unitDirectory('arrears').all();
  const jurisdiction = await jurisdictionOf(ctx);
  const units = [...all.values()]
    .filter((u) => u.regionPath.includes(`/${deadline.regionCode}/`) && REPORTING_KINDS.has(u.kind) && jurisdiction.canSeeUnit(u.id))
    .map((u) => u.id);
  const failing = new Map<string, string>();
  if (units.length && deadline.kind === CampaignDeadlineKind.LEDGER_SUBMITTED) {
    const rows = await em.execute<{ unit_id: string }[]>('select distinct unit_id from ledger_report where unit_id in (?) and submitted_at < ?', [
      units,
      endOfDueDay(deadline.dueOn),
    ]);
    const submitted = new Set(rows.map((r) => r.unit_id));
    for (const id of units) if (!submitted.has(id)) failing.set(id, `No ledger or nil return submitted by ${deadline.dueOn}.`);
  } else if (units.length) {
    // Debts on the ledger by the due day that were still owed on it (payments after it added back).
    const rows = await em.execute<{ debtor_id: string; open: number; unplanned: number }[]>(
      `select a.debtor_id, count(*)::int as open,
              count(*) filter (where not exists (select 1 from repayment_plan p where p.arrear_id = a.id and p.signed_on <= ?))::int as unplanned
         from arrear a
        where a.debtor_id in (?) and a.registered_at < ? and ${countedSql('a')}
          and a.amount_due - a.paid + coalesce((select sum(p.amount) from payment p where p.arrear_id = a.id and p.paid_on > ?), 0) > 0
        group by a.debtor_id`,
      [deadline.dueOn, units, endOfDueDay(deadline.dueOn), deadline.dueOn],
    );
    for (const row of rows) {
      if (deadline.kind === CampaignDeadlineKind.ALL_REPAID) failing.set(row.debtor_id, `${row.open} debt(s) still owed on ${deadline.dueOn}.`);
      else if (row.unplanned > 0) failing.set(row.debtor_id, `${row.unplanned} debt(s) without a repayment agreement signed by ${deadline.dueOn}.`);
    }
  }
  const byUnit = units
    .map((id) => ({ unit: { id }, compliant: !failing.has(id), detail: failing.get(id) ?? 'Met.' }))
    .sort((a, b) => Number(a.compliant) - Number(b.compliant));
  return { units: units.length, compliant: byUnit.filter((u) => u.compliant).length, byUnit };
}

const complianceLoader = defineLoader<CampaignDeadline, DeadlineCompliance>((deadlines, ctx) => Promise.all(deadlines.map((d) => complianceOf(ctx, d))), {
  cacheKey: (d) => d.id,
});

@Resolver(() => CampaignDeadline)
export class CampaignDeadlineResolver {
  @Authorized()
  @Query(() => [CampaignDeadline], { description: 'Campaign deadlines, by the region they bind (all when omitted), earliest first.' })
  campaignDeadlines(@Arg('regionCode', () => ID, { nullable: true }) regionCode: string | null, @Ctx() ctx: SubgraphContext): Promise<CampaignDeadline[]> {
    return ctx.em.find(CampaignDeadline, regionCode ? { regionCode } : {}, { orderBy: { dueOn: 'asc' }, limit: 500 });
  }

  @Authorized('LEADING_GROUP')
  @Mutation(() => CampaignDeadline)
  defineCampaignDeadline(@Arg('input', () => DefineCampaignDeadlineInput) input: DefineCampaignDeadlineInput, @Ctx() ctx: SubgraphContext): Promise<CampaignDeadline> {
    const title = input.title.trim();
    if (title.length < 2 || title.length > 300) throw new UserInputError('Give the deadline a title (2–300 characters).', 'input.title');
    if (!/^\d{6}(\d{3})?$/.test(input.regionCode)) throw new UserInputError('A region code has 6 or 9 digits.', 'input.regionCode');
    return inTransaction(ctx, async (em) => {
      const deadline = em.create(CampaignDeadline, {
        id: randomUUID(),
        regionCode: input.regionCode,
        title,
        kind: input.kind,
        dueOn: input.dueOn,
        source: input.source?.trim() || null,
        createdBy: ctx.viewer.id,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, { entity: 'CampaignDeadline', entityId: deadline.id, action: 'CREATE', after: auditSnapshot(deadline) });
      return deadline;
    });
  }

  @FieldResolver(() => DeadlineCompliance, { description: 'Each bound unit’s compliance (units that keep a ledger, in the region and below).' })
  compliance(@Root() deadline: CampaignDeadline, @Ctx() ctx: SubgraphContext): Promise<DeadlineCompliance> {
    return complianceLoader.load(ctx, deadline);
  }
}
