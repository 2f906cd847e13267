// Disclosures of a year: the hub's one query an anonymous visitor may run. What each viewer reads
// is the ownership declaration's doing: published disclosures for everyone, drafts for those whose
// jurisdiction holds the unit.
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Disclosure } from './disclosure.entity.js';

@Resolver(() => Disclosure)
export class DisclosureResolver {
  // No @Authorized: published disclosures are public (2025 art. 18, docs/domain/regulation.md).
  @Query(() => [Disclosure], {
    description:
      'Disclosures of a year. Anonymous visitors see the published ones; officials also drafts in their jurisdiction.',
  })
  disclosures(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Disclosure[]> {
    return ctx.em.find(
      Disclosure,
      { year },
      { orderBy: { unitName: 'asc', id: 'asc' }, limit: 2000 },
    );
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() d: Disclosure): OrganisationRef {
    return { id: d.unitId };
  }
}
