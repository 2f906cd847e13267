import { randomUUID } from 'node:crypto';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  addDays,
  auditSnapshot,
  DateScalar,
  defineLoader,
  inRegion,
  inTransaction,
  recordAudit,
  REPORTING_KINDS,
  unitDirectory,
  UserInputError,
  type DirectoryUnit,
  type Jurisdiction,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { CampaignDeadline } from '../entities/campaign-deadline.entity.js';
import { CampaignDeadlineKind, countedSql } from '../entities/enums.js';
import { OrganisationRef } from '../external/organisation.js';
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

  @Field(() => [UnitDeadlineCompliance], {
    description: 'Every bound unit, the non-compliant ones first.',
  })
  byUnit!: UnitDeadlineCompliance[];
}

/** End of the due day in China time, as an instant: submissions before it are in time. */
const endOfDueDay = (dueOn: string) => new Date(`${addDays(dueOn, 1)}T00:00:00+08:00`);

/** The units a deadline binds that the viewer may see: those keeping a ledger in its region and below. */
function boundUnits(
  deadline: CampaignDeadline,
  all: Map<string, DirectoryUnit>,
  jurisdiction: Jurisdiction,
): string[] {
  return [...all.values()]
    .filter(
      (u) =>
        inRegion(u, deadline.regionCode) &&
        REPORTING_KINDS.has(u.kind) &&
        jurisdiction.canSeeUnit(u.id),
    )
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
    const rows = await ctx.em.execute<{ unit_id: string; first: Date }[]>(
      'select unit_id, min(submitted_at) as first from ledger_report where unit_id in (?) group by unit_id',
      [units],
    );
    const first = new Map(rows.map((r) => [r.unit_id, new Date(r.first)]));
    for (const [deadline, ids] of ledger) {
      for (const id of ids)
        if (!(first.get(id)! < endOfDueDay(deadline.dueOn)))
          failures
            .get(deadline)!
            .set(id, `No ledger or nil return submitted by ${deadline.dueOn}.`);
    }
  }
  if (debts.length) {
    // Debts on the ledger by each due day that were still owed on it (payments after it added back).
    const pairs = debts.flatMap(([d, units]) => units.map((u) => ({ d: d.id, due: d.dueOn, u })));
    const rows = await ctx.em.execute<
      { d: string; debtor_id: string; open: number; unplanned: number }[]
    >(
      `with m as (select x.d, x.due::date as due, x.u from jsonb_to_recordset(?::jsonb) as x(d text, due text, u uuid))
       select m.d, a.debtor_id, count(*)::int as open,
              count(*) filter (where not exists (select 1 from repayment_plan p where p.arrear_id = a.id and p.signed_on <= m.due))::int as unplanned
         from m join arrear a on a.debtor_id = m.u
        where a.registered_at < ((m.due + 1)::timestamp at time zone 'Asia/Shanghai') and ${countedSql('a')}
          and a.amount_due - a.paid + coalesce((select sum(p.amount) from payment p where p.arrear_id = a.id and p.paid_on > m.due), 0) > 0
        group by m.d, a.debtor_id`,
      [JSON.stringify(pairs)],
    );
    const byId = new Map(debts.map(([d]) => [d.id, d]));
    for (const row of rows) {
      const deadline = byId.get(row.d)!;
      if (deadline.kind === CampaignDeadlineKind.ALL_REPAID)
        failures
          .get(deadline)!
          .set(row.debtor_id, `${row.open} debt(s) still owed on ${deadline.dueOn}.`);
      else if (row.unplanned > 0)
        failures
          .get(deadline)!
          .set(
            row.debtor_id,
            `${row.unplanned} debt(s) without a repayment agreement signed by ${deadline.dueOn}.`,
          );
    }
  }
  return failures;
}

const complianceLoader = defineLoader<CampaignDeadline, DeadlineCompliance>(
  async (deadlines, ctx) => {
    const [all, jurisdiction] = [await unitDirectory().all(), await jurisdictionOf(ctx)];
    const bound = new Map(deadlines.map((d) => [d, boundUnits(d, all, jurisdiction)]));
    const failures = await failuresOf(ctx, bound);
    return deadlines.map((deadline) => {
      const failing = failures.get(deadline)!;
      const byUnit = bound
        .get(deadline)!
        .map((id) => ({
          unit: { id },
          compliant: !failing.has(id),
          detail: failing.get(id) ?? 'Met.',
        }))
        .sort((a, b) => Number(a.compliant) - Number(b.compliant));
      return { units: byUnit.length, compliant: byUnit.filter((u) => u.compliant).length, byUnit };
    });
  },
  { cacheKey: (d) => d.id },
);

@Resolver(() => CampaignDeadline)
export class CampaignDeadlineResolver {
  @Authorized()
  @Query(() => [CampaignDeadline], {
    description: 'Campaign deadlines, by the region they bind (all when omitted), earliest first.',
  })
  campaignDeadlines(
    @Arg('regionCode', () => ID, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CampaignDeadline[]> {
    return ctx.em.find(CampaignDeadline, regionCode ? { regionCode } : {}, {
      orderBy: { dueOn: 'asc' },
      limit: 500,
    });
  }

  @Authorized('LEADING_GROUP')
  @Mutation(() => CampaignDeadline)
  defineCampaignDeadline(
    @Arg('input', () => DefineCampaignDeadlineInput) input: DefineCampaignDeadlineInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CampaignDeadline> {
    const title = input.title.trim();
    if (title.length < 2 || title.length > 300)
      throw new UserInputError('Give the deadline a title (2–300 characters).', 'input.title');
    if (!/^\d{6}(\d{3})?$/.test(input.regionCode))
      throw new UserInputError('A region code has 6 or 9 digits.', 'input.regionCode');
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
      recordAudit(em, ctx.viewer, {
        entity: 'CampaignDeadline',
        entityId: deadline.id,
        action: 'CREATE',
        after: auditSnapshot(deadline),
      });
      return deadline;
    });
  }

  @FieldResolver(() => DeadlineCompliance, {
    description:
      'Each bound unit’s compliance (units that keep a ledger, in the region and below).',
  })
  compliance(
    @Root() deadline: CampaignDeadline,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DeadlineCompliance> {
    return complianceLoader.load(ctx, deadline);
  }
}
