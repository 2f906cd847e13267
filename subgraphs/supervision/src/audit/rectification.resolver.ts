// A rectification's computed field.
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { todayInChina } from '@arrears-hub/subgraph-kit';
import { RectificationStatus } from './audit.enums.js';
import { Rectification } from './rectification.entity.js';

@Resolver(() => Rectification)
export class RectificationResolver {
  @FieldResolver(() => Boolean, { description: 'Open past its deadline.' })
  overdue(@Root() r: Rectification): boolean {
    return r.status === RectificationStatus.OPEN && r.deadline < todayInChina();
  }
}
