// The public register of payers' payment figures (docs/domain/payment-statistics.md), after
// Australia's Payment Times Reports Register: free, no sign-in, searchable by name, half-year and
// region. What each viewer reads is the ownership declaration's doing: published reports for
// everyone, drafts for those whose jurisdiction holds the region.
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  connectionType,
  PageArgs,
  paginate,
  unitDirectory,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { PaymentPerformanceReport } from './payment-report.entity.js';
import { PaymentReportStatus, PaymentReportSubject } from './payment-report.enums.js';

export const PaymentPerformanceReportConnection = connectionType(
  PaymentPerformanceReport,
  'PaymentPerformanceReport',
);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@Resolver(() => PaymentPerformanceReport)
export class PaymentReportResolver {
  // No @Authorized: published reports are public, like published disclosures.
  @Query(() => PaymentPerformanceReportConnection, {
    description:
      '付款统计公示: payers’ payment figures by half-year. Anonymous visitors see the published ones; officials also drafts in their jurisdiction. `search` matches the unit’s or region’s name; `regionCode` includes the regions below it.',
  })
  async paymentPerformanceRegister(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('half', () => String, { nullable: true }) half: string | null,
    @Arg('regionCode', () => ID, { nullable: true }) regionCode: string | null,
    @Arg('subject', () => PaymentReportSubject, { nullable: true })
    subject: PaymentReportSubject | null,
    @Arg('status', () => PaymentReportStatus, { nullable: true })
    status: PaymentReportStatus | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<PaymentPerformanceReport>> {
    const and: FilterQuery<PaymentPerformanceReport>[] = [];
    const text = search?.trim().slice(0, 100);
    if (text) and.push({ subjectName: { $ilike: `%${escapeLike(text)}%` } });
    if (half) and.push({ half });
    if (subject) and.push({ subject });
    if (status) and.push({ status });
    if (regionCode) {
      const codes = [...(await unitDirectory().regions()).values()]
        .filter((r) => r.path.includes(`/${regionCode}/`))
        .map((r) => r.code);
      and.push({ regionCode: { $in: codes.length ? codes : [regionCode] } });
    }
    return paginate(ctx.em, PaymentPerformanceReport, and.length ? { $and: and } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'subjectName',
    });
  }

  @FieldResolver(() => OrganisationRef, { nullable: true, description: 'The unit (UNIT reports).' })
  unit(@Root() r: PaymentPerformanceReport): OrganisationRef | null {
    return r.unitId ? { id: r.unitId } : null;
  }
}
