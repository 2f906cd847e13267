// Drafting a half's payment reports from the ledger's statistics (PAYMENT_PERFORMANCE, arrears)
// and moving them to publication: inspectors review, the leading group publishes, as disclosures.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  assertMove,
  callContract,
  changeEntity,
  createEntities,
  Creates,
  ForbiddenError,
  hasRole,
  PAYMENT_PERFORMANCE,
  Problems,
  todayInChina,
  unitDirectory,
  Writes,
  type PaymentPerformanceFigures,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { PaymentPerformanceReport } from './payment-report.entity.js';
import {
  PAYMENT_REPORT_TRANSITIONS,
  PaymentReportStatus,
  PaymentReportSubject,
} from './payment-report.enums.js';
import { paymentReportRequestProblems } from './payment-report.validation.js';
import { supervisionMessages as msg } from '../messages.js';

/** Rendered in the language of the request that meets it. */
const label = () => msg.paymentReport();

type Figures = Omit<PaymentPerformanceFigures, 'unitId' | 'regionCode' | 'half'>;

function figuresOf(f: PaymentPerformanceFigures): Figures {
  const { unitId: _u, regionCode: _r, half: _h, ...figures } = f;
  return figures;
}

const same = (report: PaymentPerformanceReport, f: Figures, name: string) =>
  report.subjectName === name &&
  (Object.keys(f) as (keyof Figures)[]).every((k) => String(report[k]) === String(f[k]));

@Resolver(() => PaymentPerformanceReport)
export class PaymentReportMutations {
  @Authorized('LEADING_GROUP', 'INSPECTOR')
  @Creates(PaymentPerformanceReport, { region: 'regionCode' })
  @Mutation(() => [PaymentPerformanceReport], {
    description:
      'Drafts the payment reports of a finished half-year from the ledger: the region, each region directly below it, and each of its debtor units that paid or owed overdue in the half. Drafts already there are regenerated; reviewed and published ones stay as they are.',
  })
  async generatePaymentReports(
    @Arg('regionCode', () => ID) regionCode: string,
    @Arg('half', () => String) half: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PaymentPerformanceReport[]> {
    const regions = await unitDirectory().regions();
    new Problems()
      .merge(
        paymentReportRequestProblems(
          { half, regionCode, regionKnown: regions.has(regionCode) },
          todayInChina(),
        ),
      )
      .throwIfAny('');
    const children = [...regions.values()].filter((r) => r.parentCode === regionCode);
    const answers = [];
    for (const code of [regionCode, ...children.map((r) => r.code)])
      answers.push({
        code,
        set: await callContract(ctx, PAYMENT_PERFORMANCE, { region: code, half }),
      });
    const units = await unitDirectory().get(answers[0]!.set.units.map((u) => u.unitId!));
    const wanted = [
      ...answers.map(({ code, set }) => ({
        subjectKey: `region:${code}`,
        subject: PaymentReportSubject.REGION,
        unitId: null,
        regionCode: code,
        subjectName: regions.get(code)?.name ?? code,
        figures: figuresOf(set.region),
      })),
      ...answers[0]!.set.units.map((f) => ({
        subjectKey: f.unitId!,
        subject: PaymentReportSubject.UNIT,
        unitId: f.unitId,
        regionCode: units.get(f.unitId!)?.regionCode ?? regionCode,
        subjectName: units.get(f.unitId!)?.name ?? f.unitId!,
        figures: figuresOf(f),
      })),
    ];
    const existing = new Map(
      (
        await ctx.em.find(PaymentPerformanceReport, {
          half,
          subjectKey: { $in: wanted.map((w) => w.subjectKey) },
        })
      ).map((r) => [r.subjectKey, r]),
    );
    const created = await createEntities(
      ctx,
      PaymentPerformanceReport,
      wanted
        .filter((w) => !existing.has(w.subjectKey))
        .map(({ figures, ...w }) => ({
          ...w,
          ...figures,
          half,
          status: PaymentReportStatus.DRAFT,
        })),
      {
        action: 'GENERATE',
        conflicts: { unique: { default: msg.paymentReportsBeingDrafted({ half }) } },
      },
    );
    const bySubject = new Map(created.map((r) => [r.subjectKey, r]));
    for (const w of wanted) {
      const current = existing.get(w.subjectKey);
      if (!current) continue;
      if (current.status !== PaymentReportStatus.DRAFT || same(current, w.figures, w.subjectName)) {
        bySubject.set(w.subjectKey, current);
        continue;
      }
      const regenerated = await changeEntity(
        ctx,
        PaymentPerformanceReport,
        { id: current.id, action: 'GENERATE', label: label() },
        (r) => {
          if (r.status !== PaymentReportStatus.DRAFT) return r;
          Object.assign(r, w.figures, { subjectName: w.subjectName, generatedAt: new Date() });
          return r;
        },
      );
      bySubject.set(w.subjectKey, regenerated);
    }
    return wanted.flatMap((w) => bySubject.get(w.subjectKey) ?? []);
  }

  @Authorized('LEADING_GROUP', 'INSPECTOR')
  @Writes(PaymentPerformanceReport, 'reportId')
  @Mutation(() => PaymentPerformanceReport, {
    description:
      'Moves a payment report: DRAFT → REVIEWED (inspectors or the leading group) → PUBLISHED (the leading group only), or back to DRAFT to regenerate.',
  })
  movePaymentReport(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('status', () => PaymentReportStatus) status: PaymentReportStatus,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PaymentPerformanceReport> {
    if (status === PaymentReportStatus.PUBLISHED && !hasRole(ctx, 'LEADING_GROUP'))
      throw new ForbiddenError(msg.onlyLeadingGroupPublishesReports());
    return changeEntity(
      ctx,
      PaymentPerformanceReport,
      {
        id: reportId,
        expectedVersion,
        action: `MOVE_${status}`,
        field: 'reportId',
        label: label(),
      },
      (r) => {
        assertMove(
          PAYMENT_REPORT_TRANSITIONS,
          r.status,
          status,
          msg.movePaymentReportTo({ status }).text(),
          msg.paymentReport().text(),
        );
        if (status === PaymentReportStatus.PUBLISHED) r.publishedOn = todayInChina();
        r.status = status;
        return r;
      },
    );
  }
}
