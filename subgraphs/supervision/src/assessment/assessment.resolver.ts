// The ranked table of a year's finalised assessments (晾晒), kept to the viewer's units by the
// ownership declaration.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { unitDirectory, unitsInRegion, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Assessment } from './assessment.entity.js';
import { RankedAssessment } from './assessment.types.js';

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized()
  @Query(() => [RankedAssessment], {
    description: '晾晒: the finalised assessments of a year for the units of a region, best first.',
  })
  async assessments(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode', () => ID) regionCode: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RankedAssessment[]> {
    const units = unitsInRegion(await unitDirectory().all(), regionCode).map((u) => u.id);
    if (!units.length) return [];
    const rows = await ctx.em.find(
      Assessment,
      { year, unitId: { $in: units } },
      { orderBy: { score: 'desc', unitId: 'asc' } },
    );
    return rows.map((assessment, i) => ({
      rank: i + 1,
      unit: { id: assessment.unitId },
      assessment,
    }));
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() a: Assessment): OrganisationRef {
    return { id: a.unitId };
  }
}
