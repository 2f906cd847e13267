// The arrears subgraph's scheduled jobs (docs/jobs-and-notices.md): each decides with a pure rule
// (rules/scheduled-alerts.ts) and raises events in its own outbox; the relay hands them to the
// notices subgraph (notices) and to supervision (the cases a rule asks for). Every event is keyed
// by the record and the occasion, so a job that runs twice, or on two replicas, tells once.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  defineJob,
  inTransaction,
  officeRegionOf,
  recipientsOfUnits,
  REPORTING_KINDS,
  subtractMoney,
  todayInChina,
  unitDirectory,
  unitNames,
  type JobContext,
  type JobDefinition,
  type NoticeRecipient,
} from '@arrears-hub/subgraph-kit';
import { CalendarDay } from './calendar/calendar-day.entity.js';
import { calendarOverrides } from './calendar/working-days.js';
import { Clue } from './clue/clue.entity.js';
import { clueClock } from './clue/clue-clock.js';
import { ClueClockStage, ClueStatus } from './clue/clue.enums.js';
import { arrearsConfig } from './config.js';
import { ArrearStatus } from './ledger/arrear.enums.js';
import { Instalment } from './repayment/instalment.entity.js';
import { RepaymentPlan } from './repayment/repayment-plan.entity.js';
import { RepaymentPlanStatus } from './repayment/repayment.enums.js';
import { dueAtFor } from './reporting/reporting-period.js';
import {
  calendarYearMissing,
  clueClockAlert,
  currentPeriod,
  instalmentAlerts,
  ledgerReportStep,
  OVERDUE_CLUE_CASE_DAYS,
  PLAN_DEFAULT_CASE_DAYS,
} from './rules/index.js';

/** Debts no longer being repaid under a plan: nothing to remind about. */
const SETTLED = new Set<string>([
  ArrearStatus.CLEARED,
  ArrearStatus.WITHDRAWN,
  ArrearStatus.IN_COURT,
]);

export const repaymentWatchJob = defineJob({
  name: 'repayment-watch',
  description:
    'Instalments due within N days, instalments missed (unit and supervisor), plans in default after the grace period (a PLAN_DEFAULT case).',
  schedule: '0 9 * * *',
  run: async ({ ctx, today, emit }) => {
    const { instalmentReminderDays, planDefaultGraceDays } = arrearsConfig();
    const em = ctx.em.fork();
    const plans = (
      await em.find(RepaymentPlan, { status: RepaymentPlanStatus.ACTIVE }, { populate: ['arrear'] })
    ).filter((p) => !SETTLED.has(p.arrear.getEntity().status));
    const instalments = plans.length
      ? await em.find(
          Instalment,
          { plan: { $in: plans.map((p) => p.id) } },
          { orderBy: { seq: 'asc' } },
        )
      : [];
    const recipients = await recipientsOfUnits(
      plans.map((p) => p.arrear.getEntity().debtorId),
      { supervisor: true, regionOffice: true },
    );
    const creditors = await unitNames(plans.map((p) => p.arrear.getEntity().creditorId));
    const counts = { due: 0, missed: 0, defaults: 0 };
    for (const plan of plans) {
      const arrear = plan.arrear.getEntity();
      const alerts = instalmentAlerts(
        instalments.filter((i) => i.plan.id === plan.id),
        subtractMoney(arrear.paid, plan.paidBefore),
        today,
        { dueSoonDays: instalmentReminderDays, graceDays: planDefaultGraceDays },
      );
      if (!alerts.length) continue;
      const everyone = recipients.get(arrear.debtorId)!;
      const unitOnly = everyone.slice(0, 1);
      const unitAndSupervisor = everyone.filter((r) => r.type === 'UNIT');
      const debt = `合同 ${arrear.contractNo}（${creditors.get(arrear.creditorId)}）`;
      const link = { type: 'Arrear', id: arrear.id };
      await inTransaction(ctx, async (tx) => {
        for (const a of alerts) {
          if (a.type === 'DUE_SOON') {
            if (
              await emit(tx, {
                topic: 'notice',
                key: `instalment-due:${plan.id}:${a.seq}`,
                payload: {
                  kind: 'INSTALMENT_DUE',
                  recipients: unitOnly,
                  text: `${debt} 还款计划第 ${a.seq} 期 ${a.amount} 元将于 ${a.dueOn} 到期（还有 ${a.daysLeft} 天），请按期支付。`,
                  link,
                },
              })
            )
              counts.due += 1;
          } else if (a.type === 'MISSED') {
            if (
              await emit(tx, {
                topic: 'notice',
                key: `instalment-missed:${plan.id}:${a.seq}`,
                payload: {
                  kind: 'INSTALMENT_MISSED',
                  recipients: unitAndSupervisor,
                  text: `${debt} 还款计划第 ${a.seq} 期应于 ${a.dueOn} 支付，尚差 ${a.shortfall} 元未付。逾期超过 ${planDefaultGraceDays} 天将视为违约并移交督办。`,
                  link,
                },
              })
            )
              counts.missed += 1;
          } else {
            const fresh = await emit(tx, {
              topic: 'case-trigger',
              key: `plan-default-case:${plan.id}`,
              payload: {
                trigger: 'PLAN_DEFAULT',
                targetUnitId: arrear.debtorId,
                description: `还款计划违约：${debt} 第 ${a.seq} 期（应于 ${a.dueOn} 支付）逾期 ${a.daysLate} 天未付。`,
                deadlineDays: PLAN_DEFAULT_CASE_DAYS,
                arrearIds: [arrear.id],
                source: { type: 'RepaymentPlan', id: plan.id },
              },
            });
            await emit(tx, {
              topic: 'notice',
              key: `plan-default:${plan.id}`,
              payload: {
                kind: 'PLAN_DEFAULT',
                recipients: everyone,
                text: `${debt} 还款计划第 ${a.seq} 期逾期 ${a.daysLate} 天未付，已视为违约，移交督办。`,
                link,
              },
            });
            if (fresh) counts.defaults += 1;
          }
        }
      });
    }
    return {
      summary: `${plans.length} active plans: ${counts.due} due soon, ${counts.missed} newly missed, ${counts.defaults} newly in default`,
      counts: { plans: plans.length, ...counts },
    };
  },
});

/** Units (reporting kinds, hub-wide) that have not submitted for `period` and are not paused after
 * a zeroing notice: the same rule as Region.ledgerReporting's missingUnits. */
async function unitsMissingReport(em: EntityManager, period: string) {
  const units = [...(await unitDirectory().all()).values()].filter((u) =>
    REPORTING_KINDS.has(u.kind),
  );
  if (!units.length) return [];
  const ids = units.map((u) => u.id);
  const submitted = await em.execute<{ unit_id: string }[]>(
    'select distinct unit_id from ledger_report where period = ? and unit_id in (?)',
    [period, ids],
  );
  const paused = await em.execute<{ unit_id: string }[]>(
    `select r.unit_id from (
       select distinct on (unit_id) unit_id, kind, submitted_at from ledger_report
        where unit_id in (?) and period < ? order by unit_id, period desc, revision desc) r
     where r.kind = 'ZEROING'
       and not exists (select 1 from arrear a where a.debtor_id = r.unit_id and a.registered_at > r.submitted_at)`,
    [ids, period],
  );
  const done = new Set([...submitted, ...paused].map((r) => r.unit_id));
  return units.filter((u) => !done.has(u.id));
}

export const ledgerReportRemindersJob = defineJob({
  name: 'ledger-report-reminders',
  description:
    'Reminds units that have not submitted the month’s ledger N working days before the report day; lists the missing to the region office once the deadline has passed.',
  schedule: '0 9,13 * * *',
  run: async ({ ctx, now, today, emit }) => {
    const em = ctx.em.fork();
    const period = currentPeriod(today);
    const dueAt = await dueAtFor(em, period);
    const dueDay = todayInChina(dueAt);
    const overrides = await calendarOverrides(em, today < dueDay ? today : dueDay, dueDay);
    const step = ledgerReportStep(
      now,
      today,
      dueAt,
      dueDay,
      arrearsConfig().ledgerReminderWorkingDays,
      overrides,
    );
    if (!step) return { summary: `${period}: not yet time to remind`, counts: {} };
    const missing = await unitsMissingReport(em, period);
    let told = 0;
    await inTransaction(ctx, async (tx) => {
      if (step.step === 'REMIND') {
        for (const u of missing)
          if (
            await emit(tx, {
              topic: 'notice',
              key: `ledger-due:${u.id}:${period}`,
              payload: {
                kind: 'LEDGER_REPORT_DUE',
                recipients: [{ type: 'UNIT', unitId: u.id }],
                text: `${u.name}：${period} 月度台账应于 ${dueDay} 12:00 前报送，尚未收到（还有 ${step.workingDaysLeft} 个工作日）。`,
                link: { type: 'Organisation', id: u.id },
              },
            })
          )
            told += 1;
        return;
      }
      const byOffice = new Map<string, string[]>();
      for (const u of missing) {
        const office = officeRegionOf(u);
        byOffice.set(office, [...(byOffice.get(office) ?? []), u.name]);
      }
      for (const [regionCode, names] of byOffice)
        if (
          await emit(tx, {
            topic: 'notice',
            key: `ledger-missing:${regionCode}:${period}`,
            payload: {
              kind: 'LEDGER_REPORT_MISSING',
              recipients: [{ type: 'REGION_OFFICE', regionCode }],
              text: `${period} 月度台账报送截止（${dueDay} 12:00），以下 ${names.length} 个单位未报送：${names.slice(0, 200).join('、')}${names.length > 200 ? ' 等' : ''}。`,
              link: null,
            },
          })
        )
          told += 1;
    });
    return {
      summary: `${period} ${step.step}: ${missing.length} units have not submitted, ${told} notices raised`,
      counts: { missing: missing.length, told },
    };
  },
});

async function clueRecipients(
  clue: Clue,
  stage: ClueClockStage,
  breached: boolean,
): Promise<NoticeRecipient[]> {
  const holder = stage === ClueClockStage.HANDLING ? clue.handlingUnitId : null;
  const anchor = holder ?? clue.respondentId ?? null;
  const units = anchor ? await unitDirectory().get([anchor]) : new Map();
  const recipients: NoticeRecipient[] = [];
  if (holder) recipients.push({ type: 'UNIT', unitId: holder });
  const unit = anchor ? units.get(anchor) : undefined;
  // The intake office is the region office until issue 13 names one per region.
  if (unit) recipients.push({ type: 'REGION_OFFICE', regionCode: officeRegionOf(unit) });
  else recipients.push({ type: 'ADMIN' });
  // The complainant follows its own complaint: told when a clock has run out.
  if (breached && clue.complainantId)
    recipients.push({ type: 'ENTERPRISE', enterpriseId: clue.complainantId });
  return recipients;
}

export const clueClocksJob = defineJob({
  name: 'clue-clocks',
  description:
    'Warns the holders of a clue 3 working days before its clock ends and when it has passed; a passed handling deadline opens an OVERDUE_CLUE case (督办书).',
  schedule: '0 9 * * *',
  run: async ({ ctx, today, emit }: JobContext) => {
    const em = ctx.em.fork();
    const running = await em.find(Clue, {
      status: {
        $in: [ClueStatus.RECEIVED, ClueStatus.ACCEPTED, ClueStatus.ASSIGNED, ClueStatus.VERIFIED],
      },
    });
    const clocks = running
      .map((clue) => ({ clue, clock: clueClock(clue, today) }))
      .filter((c) => c.clock !== null);
    const latest = clocks.reduce((d, c) => (c.clock!.dueOn > d ? c.clock!.dueOn : d), today);
    const overrides = await calendarOverrides(em, today, latest);
    const counts = { warnings: 0, breaches: 0, cases: 0 };
    for (const { clue, clock } of clocks) {
      const alert = clueClockAlert(clock!.dueOn, today, overrides);
      if (!alert) continue;
      const stage = clock!.stage;
      const what = stage === ClueClockStage.REVIEW ? '审查转办' : '办理答复';
      const recipients = await clueRecipients(clue, stage, alert.type === 'BREACHED');
      const link = { type: 'Clue', id: clue.id };
      await inTransaction(ctx, async (tx) => {
        if (alert.type === 'WARNING') {
          if (
            await emit(tx, {
              topic: 'notice',
              key: `clue-warning:${clue.id}:${stage}:${clock!.dueOn}`,
              payload: {
                kind: 'CLUE_CLOCK_WARNING',
                recipients,
                text: `线索“${clue.respondentName}（${clue.complainantName} 反映）”的${what}时限为 ${clock!.dueOn}，还剩 ${alert.workingDaysLeft} 个工作日。`,
                link,
              },
            })
          )
            counts.warnings += 1;
          return;
        }
        if (
          await emit(tx, {
            topic: 'notice',
            key: `clue-breach:${clue.id}:${stage}:${clock!.dueOn}`,
            payload: {
              kind: 'CLUE_CLOCK_BREACHED',
              recipients,
              text: `线索“${clue.respondentName}（${clue.complainantName} 反映）”的${what}时限 ${clock!.dueOn} 已过 ${alert.daysLate} 天${stage === ClueClockStage.HANDLING ? '，已移交督办' : ''}。`,
              link,
            },
          })
        )
          counts.breaches += 1;
        if (stage === ClueClockStage.HANDLING && clue.handlingUnitId) {
          if (
            await emit(tx, {
              topic: 'case-trigger',
              key: `clue-case:${clue.id}:${clock!.dueOn}`,
              payload: {
                trigger: 'OVERDUE_CLUE',
                targetUnitId: clue.handlingUnitId,
                description: `线索办理超期：${clue.complainantName} 反映 ${clue.respondentName} 拖欠账款，办理时限 ${clock!.dueOn} 已过。`,
                deadlineDays: OVERDUE_CLUE_CASE_DAYS,
                arrearIds: [],
                source: { type: 'Clue', id: clue.id },
              },
            })
          )
            counts.cases += 1;
        }
      });
    }
    return {
      summary: `${clocks.length} running clocks: ${counts.warnings} warnings, ${counts.breaches} breaches, ${counts.cases} cases asked for`,
      counts: { clocks: clocks.length, ...counts },
    };
  },
});

export const calendarCheckJob = defineJob({
  name: 'calendar-check',
  description:
    'From 1 December, tells ADMIN and the region offices when next year’s office calendar has not been entered.',
  schedule: '0 9 * * *',
  run: async ({ ctx, today, emit }) => {
    const year = Number(today.slice(0, 4));
    const next = await ctx.em.fork().count(CalendarDay, {
      day: { $gte: `${year + 1}-01-01`, $lte: `${year + 1}-12-31` },
    });
    const missing = calendarYearMissing(today, new Set(next ? [year + 1] : []));
    if (missing === null) return { summary: 'the calendar is there', counts: {} };
    const offices = [
      ...new Set([...(await unitDirectory().all()).values()].map((u) => officeRegionOf(u))),
    ].sort();
    await inTransaction(ctx, async (tx) => {
      await emit(tx, {
        topic: 'notice',
        key: `calendar-missing:${missing}`,
        payload: {
          kind: 'CALENDAR_MISSING',
          recipients: [
            { type: 'ADMIN' },
            ...offices.map((regionCode): NoticeRecipient => ({
              type: 'REGION_OFFICE',
              regionCode,
            })),
          ],
          text: `${missing} 年的工作日历（法定节假日、调休上班日）尚未录入：线索办理时限、台账截止日等按工作日计算的期限将只按周末计算。请用 setCalendarDay 录入。`,
          link: null,
        },
      });
    });
    return { summary: `${missing} calendar missing`, counts: { offices: offices.length } };
  },
});

export const arrearsJobs: JobDefinition[] = [
  repaymentWatchJob,
  ledgerReportRemindersJob,
  clueClocksJob,
  calendarCheckJob,
];
