import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  assertMove,
  auditSnapshot,
  changeEntity,
  ForbiddenError,
  hasRole,
  inRegion,
  internalGet,
  inTransaction,
  isAnonymous,
  jurisdictionOf,
  PUBLISHING_KINDS,
  recordAudit,
  todayInChina,
  unitDirectory,
  UserInputError,
  type SubgraphContext,
  type Transitions,
} from '@arrears-hub/subgraph-kit';
import { DisclosureStatus } from '../entities/enums.js';
import { Disclosure } from '../entities/public-record.entity.js';
import { OrganisationRef } from '../external/refs.js';

const TRANSITIONS: Transitions<DisclosureStatus> = {
  DRAFT: [DisclosureStatus.REVIEWED],
  REVIEWED: [DisclosureStatus.PUBLISHED, DisclosureStatus.DRAFT],
  PUBLISHED: [],
};

interface Figures {
  unitId: string;
  overdueContracts: number;
  overdueAmount: string;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2020 || year >= Number(todayInChina().slice(0, 4))) {
    throw new UserInputError('Disclose a past year (from 2020 on).', 'year');
  }
}

@Resolver(() => Disclosure)
export class DisclosureResolver {
  // The one query anonymous visitors may run: published disclosures are public (2025 art. 18).
  @Query(() => [Disclosure], {
    description:
      'Disclosures of a year. Anonymous visitors see the published ones; officials also drafts in their jurisdiction.',
  })
  async disclosures(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Disclosure[]> {
    const published: FilterQuery<Disclosure> = { year, status: DisclosureStatus.PUBLISHED };
    if (isAnonymous(ctx.viewer))
      return ctx.em.find(Disclosure, published, { orderBy: { unitName: 'asc' }, limit: 2000 });
    const own = { year, ...(await jurisdictionOf(ctx)).filter('unitId') };
    return ctx.em.find(
      Disclosure,
      { $or: [published, own] },
      { orderBy: { unitName: 'asc' }, limit: 2000 },
    );
  }

  @Authorized('LEADING_GROUP', 'BUREAU')
  @Mutation(() => [Disclosure], {
    description:
      'Drafts the disclosures of a year from the ledger (arrears subgraph) for the units of a region that must publish.',
  })
  generateDisclosures(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode', () => ID) regionCode: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Disclosure[]> {
    checkYear(year);
    return inTransaction(ctx, async (em) => {
      const jurisdiction = await jurisdictionOf(ctx);
      const units = [...(await unitDirectory().all()).values()].filter(
        (u) =>
          inRegion(u, regionCode) && PUBLISHING_KINDS.has(u.kind) && jurisdiction.canSeeUnit(u.id),
      );
      if (!units.length)
        throw new UserInputError(
          `No unit you may act for publishes in region ${regionCode}.`,
          'regionCode',
        );
      const figures: Figures[] = [];
      for (let i = 0; i < units.length; i += 200) {
        const chunk = units
          .slice(i, i + 200)
          .map((u) => u.id)
          .join(',');
        figures.push(
          ...(await internalGet<Figures[]>(
            'arrears',
            `/internal/disclosure-figures?units=${chunk}&year=${year}`,
          )),
        );
      }
      const existing = new Map(
        (await em.find(Disclosure, { year, unitId: { $in: units.map((u) => u.id) } })).map((d) => [
          d.unitId,
          d,
        ]),
      );
      const drafts: Disclosure[] = [];
      for (const f of figures) {
        const unit = units.find((u) => u.id === f.unitId)!;
        const current = existing.get(f.unitId);
        if (current && current.status !== DisclosureStatus.DRAFT) continue; // reviewed or published: frozen
        const draft =
          current ??
          em.create(Disclosure, {
            id: randomUUID(),
            unitId: f.unitId,
            year,
            status: DisclosureStatus.DRAFT,
          } as never);
        draft.unitName = unit.name;
        draft.overdueContracts = f.overdueContracts;
        draft.overdueAmount = f.overdueAmount;
        drafts.push(draft);
      }
      await em.flush();
      for (const d of drafts)
        recordAudit(em, ctx.viewer, {
          entity: 'Disclosure',
          entityId: d.id,
          action: 'GENERATE',
          after: auditSnapshot(d),
        });
      return drafts;
    });
  }

  @Authorized('LEADING_GROUP', 'INSPECTOR')
  @Mutation(() => Disclosure, {
    description:
      'Moves a disclosure: DRAFT → REVIEWED → PUBLISHED (or back to DRAFT to regenerate).',
  })
  moveDisclosure(
    @Arg('disclosureId', () => ID) disclosureId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('status', () => DisclosureStatus) status: DisclosureStatus,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Disclosure> {
    return changeEntity(
      ctx,
      Disclosure,
      {
        id: disclosureId,
        expectedVersion,
        action: `MOVE_${status}`,
        field: 'disclosureId',
        label: 'Disclosure',
      },
      async (d) => {
        (await jurisdictionOf(ctx)).assertUnit(d.unitId, 'This disclosure');
        assertMove(TRANSITIONS, d.status, status, `move the disclosure to ${status}`, 'disclosure');
        if (status === DisclosureStatus.PUBLISHED) {
          if (!hasRole(ctx, 'LEADING_GROUP'))
            throw new ForbiddenError('The leading group publishes; inspectors review.');
          d.publishedOn = todayInChina();
          d.late = d.publishedOn > `${d.year + 1}-03-31`;
        }
        d.status = status;
        return d;
      },
    );
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() d: Disclosure): OrganisationRef {
    return { id: d.unitId };
  }
}
