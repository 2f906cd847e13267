// What the audit aggregate adds to the arrears subgraph's Arrear: the findings that name it.
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { ArrearRef } from '../external/arrear.js';
import { findingsOfArrear } from './audit.loaders.js';
import { Finding } from './finding.entity.js';

@Resolver(() => ArrearRef)
export class ArrearAuditResolver {
  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU')
  @FieldResolver(() => [Finding], { description: 'Audit findings that name this debt.' })
  findings(@Root() arrear: ArrearRef, @Ctx() ctx: SubgraphContext): Promise<Finding[]> {
    return findingsOfArrear.load(ctx, arrear.id);
  }
}
