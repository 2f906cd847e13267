// The field finance adds to the organisations subgraph's Organisation from its projects: the
// projects the unit owns, as far as the viewer's jurisdiction reaches (the ownership filter).
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Project } from './project.entity.js';
import { projectsOfUnit } from './project.loaders.js';

@Resolver(() => OrganisationRef)
export class OrganisationProjectResolver {
  @Authorized()
  @FieldResolver(() => [Project], { description: 'Government investment projects this unit owns.' })
  projects(@Root() unit: OrganisationRef, @Ctx() ctx: SubgraphContext): Promise<Project[]> {
    return projectsOfUnit.load(ctx, unit.id);
  }
}
