// What the supervision subgraph adds to the organisations subgraph's Organisation: where the unit
// stands with the supervisors. A unit outside the viewer's reach shows nothing (every loader reads
// through the jurisdiction filter).
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { todayInChina, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import {
  lastInspectionOf,
  listedOf,
  openCasesOf,
  openRectificationsOf,
} from './supervision-status.loaders.js';
import { UnitSupervision } from './supervision-status.types.js';

@Resolver(() => OrganisationRef)
export class OrganisationSupervisionResolver {
  @Authorized()
  @FieldResolver(() => UnitSupervision, {
    description: 'Open cases, listed penalties, last inspection, open rectifications.',
  })
  async supervision(
    @Root() unit: OrganisationRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UnitSupervision> {
    const [cases, penalties, lastInspection, rectifications] = await Promise.all([
      openCasesOf.load(ctx, unit.id),
      listedOf.load(ctx, unit.id),
      lastInspectionOf.load(ctx, unit.id),
      openRectificationsOf.load(ctx, unit.id),
    ]);
    const today = todayInChina();
    return {
      openCases: cases.length,
      cases,
      penalties,
      lastInspection,
      openRectifications: rectifications.length,
      overdueRectifications: rectifications.filter((r) => r.deadline < today).length,
    };
  }
}
