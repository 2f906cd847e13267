// The arrears subgraph's scheduled jobs (docs/jobs-and-notices.md): each decides with a pure rule
// (rules/scheduled-alerts.ts) and raises events in its own outbox; the relay hands them to the
// notices subgraph (notices) and to supervision (the cases a rule asks for). Every event is keyed
// by the record and the occasion, so a job that runs twice, or on two replicas, tells once.
import {
  addDays,
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
  type Message,
} from '@arrears-hub/subgraph-kit';
import { Clue } from './clue/clue.entity.js';
import { ConfirmationStatus, ReceivableConfirmation } from './confirmation/confirmation.entity.js';
import { clueClock } from './clue/clue-clock.js';
import { ClueChannel, ClueClockStage, ClueStatus } from './clue/clue.enums.js';
import { arrearsConfig } from './config.js';
import { ArrearStatus } from './ledger/arrear.enums.js';
import { Instalment } from './repayment/instalment.entity.js';
import { RepaymentPlan } from './repayment/repayment-plan.entity.js';
import { RepaymentPlanStatus } from './repayment/repayment.enums.js';
import {
  calendarFor,
  chainOfPath,
  deadlineFor,
  deadlineWindow,
  loadLayers,
} from './region-settings/region-layers.js';
import { GroupReport } from './reporting/group-report.entity.js';
import { GroupReportStatus } from './reporting/reporting.enums.js';
import { reportingGroups, type Route } from './reporting/reporting-routes.js';
import { reportingStates } from './reporting/reporting-state.js';
import {
  clueClockAlert,
  confirmationAlert,
  currentPeriod,
  instalmentAlerts,
  ledgerReportStep,
  missingCalendarYears,
  OVERDUE_CLUE_CASE_DAYS,
  PLAN_DEFAULT_CASE_DAYS,
  previousPeriod,
} from './rules/index.js';
import { arrearsMessages as msg } from './messages.js';

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
      const debt = msg.noticeDebtName({
        contractNo: arrear.contractNo,
        creditor: creditors.get(arrear.creditorId) ?? '',
      }).zh;
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
                  text: msg.noticeInstalmentDue({
                    debt,
                    seq: a.seq,
                    amount: a.amount,
                    dueOn: a.dueOn,
                    daysLeft: a.daysLeft,
                  }).zh,
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
                  text: msg.noticeInstalmentMissed({
                    debt,
                    seq: a.seq,
                    dueOn: a.dueOn,
                    shortfall: a.shortfall,
                    graceDays: planDefaultGraceDays,
                  }).zh,
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
                description: msg.casePlanDefault({
                  debt,
                  seq: a.seq,
                  dueOn: a.dueOn,
                  daysLate: a.daysLate,
                }).zh,
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
                text: msg.noticePlanDefault({ debt, seq: a.seq, daysLate: a.daysLate }).zh,
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

/** The reporting states in which a unit has not (validly) submitted yet. */
const NOT_IN = new Set(['MISSING', 'PENDING', 'RETURNED']);

/** The units of `units` grouped by the region chain they run on (region path → units). */
function byChain<T extends { regionPath: string }>(units: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const u of units) groups.set(u.regionPath, [...(groups.get(u.regionPath) ?? []), u]);
  return groups;
}

export const ledgerReportRemindersJob = defineJob({
  name: 'ledger-report-reminders',
  description:
    'Reminds units that have not submitted the month’s ledger (and the aggregating unit of their sector group) N working days before their region’s report day; lists the missing to the region office once the region’s deadline has passed.',
  schedule: '0 9,13 * * *',
  run: async ({ ctx, now, today, emit }) => {
    const em = ctx.em.fork();
    const period = currentPeriod(today);
    // The units that keep a ledger, by region: each region has its own report day, deadlines and
    // calendar. One read of every layer they need; a region whose calendar lacks the year is left
    // out (the calendar-check job tells its office) rather than judged on a guessed report day.
    const units = [...(await unitDirectory().all()).values()].filter(
      (u) => REPORTING_KINDS.has(u.kind) && u.status === 'ACTIVE',
    );
    const groups = byChain(units);
    const chains = new Map([...groups.keys()].map((path) => [path, chainOfPath(path)]));
    const window = deadlineWindow([period]);
    const layers = await loadLayers(em, [...chains.values()], {
      days: { from: today < window.from ? today : window.from, to: window.to },
      periods: [period],
    });
    const counts = { missing: 0, told: 0, regionsDue: 0, regionsWithoutCalendar: 0 };
    const steps = new Map<
      string,
      { dueDay: string; step: NonNullable<ReturnType<typeof ledgerReportStep>> }
    >();
    for (const [path, chain] of chains) {
      const deadline = deadlineFor(layers, chain, period);
      if (!deadline.ok) {
        counts.regionsWithoutCalendar += 1;
        continue;
      }
      const dueDay = todayInChina(deadline.dueAt);
      const step = ledgerReportStep(
        now,
        today,
        deadline.dueAt,
        dueDay,
        arrearsConfig().ledgerReminderWorkingDays,
        calendarFor(layers, chain).overrides,
      );
      if (step) steps.set(path, { dueDay, step });
    }
    counts.regionsDue = steps.size;
    // The same states as Region.ledgerReporting: missing, pending or returned is "not in".
    const states = await reportingStates(
      ctx,
      [...steps.keys()].flatMap((path) => groups.get(path)!.map((u) => u.id)),
      period,
      now,
    );
    const byId = new Map(units.map((u) => [u.id, u]));
    const late = new Map<string, { dueDay: string; names: string[] }>();
    const toRemind: {
      unit: (typeof units)[number];
      route: Route | null;
      dueDay: string;
      left: number;
    }[] = [];
    for (const state of states) {
      if (!NOT_IN.has(state.state)) continue;
      const unit = byId.get(state.unitId)!;
      const { dueDay, step } = steps.get(unit.regionPath)!;
      counts.missing += 1;
      if (step.step === 'REMIND')
        toRemind.push({ unit, route: state.route, dueDay, left: step.workingDaysLeft });
      else {
        const office = officeRegionOf(unit);
        const entry = late.get(office) ?? { dueDay, names: [] };
        entry.names.push(unit.name);
        late.set(office, entry);
      }
    }
    await inTransaction(ctx, async (tx) => {
      for (const { unit, route, dueDay, left } of toRemind) {
        const recipients: NoticeRecipient[] = [{ type: 'UNIT', unitId: unit.id }];
        if (route && route.aggregatorId !== unit.id)
          recipients.push({ type: 'UNIT', unitId: route.aggregatorId });
        if (
          await emit(tx, {
            topic: 'notice',
            key: `ledger-due:${unit.id}:${period}`,
            payload: {
              kind: 'LEDGER_REPORT_DUE',
              recipients,
              text: msg.noticeLedgerDue({
                unit: unit.name,
                period,
                dueDay,
                group: route ? route.group.name : null,
                left,
              }).zh,
              link: { type: 'Organisation', id: unit.id },
            },
          })
        )
          counts.told += 1;
      }
      for (const [regionCode, { dueDay, names }] of late)
        if (
          await emit(tx, {
            topic: 'notice',
            key: `ledger-missing:${regionCode}:${period}`,
            payload: {
              kind: 'LEDGER_REPORT_MISSING',
              recipients: [{ type: 'REGION_OFFICE', regionCode }],
              text: msg.noticeLedgerMissing({ period, dueDay, names }).zh,
              link: null,
            },
          })
        )
          counts.told += 1;
    });
    const without = counts.regionsWithoutCalendar
      ? `; ${counts.regionsWithoutCalendar} regions without the year's calendar`
      : '';
    if (!counts.regionsDue)
      return { summary: `${period}: not yet time to remind${without}`, counts };
    return {
      summary: `${period}: ${counts.missing} units due or late have not submitted, ${counts.told} notices raised${without}`,
      counts,
    };
  },
});

/** Who is told about a clue's clock: the unit holding it (the handling unit while handling), the
 * intake office of the clue's region and the region's office (its leading group), and, when a
 * clock has run out, the complainant. Never the respondent. */
function clueRecipients(
  clue: Clue,
  stage: ClueClockStage,
  breached: boolean,
  officeRegion: string | null,
): NoticeRecipient[] {
  const recipients: NoticeRecipient[] = [];
  const unit = (unitId: string | null | undefined) => {
    if (unitId && !recipients.some((r) => r.type === 'UNIT' && r.unitId === unitId))
      recipients.push({ type: 'UNIT', unitId });
  };
  if (stage === ClueClockStage.HANDLING) unit(clue.handlingUnitId);
  unit(clue.intakeOfficeId);
  if (officeRegion) recipients.push({ type: 'REGION_OFFICE', regionCode: officeRegion });
  if (!recipients.length) recipients.push({ type: 'ADMIN' });
  // The complainant follows its own complaint: told when a clock has run out.
  if (breached && clue.complainantId)
    recipients.push({ type: 'ENTERPRISE', enterpriseId: clue.complainantId });
  return recipients;
}

/** The region path of each clue's region (its stored region; clues filed before regions were
 * stored: the respondent's), from one read of the directory. */
async function clueRegionPaths(clues: readonly Clue[]): Promise<Map<string, string | undefined>> {
  const directory = unitDirectory();
  const regions = await directory.regions();
  const units = await directory.get(
    clues.filter((c) => !c.regionCode && c.respondentId).map((c) => c.respondentId!),
  );
  return new Map(
    clues.map((c) => [
      c.id,
      c.regionCode ? regions.get(c.regionCode)?.path : units.get(c.respondentId ?? '')?.regionPath,
    ]),
  );
}

const CLOCK_NAMES: Record<ClueClockStage, () => Message> = {
  [ClueClockStage.REVIEW]: msg.clockReview,
  [ClueClockStage.TRANSFER]: msg.clockTransfer,
  [ClueClockStage.HANDLING]: msg.clockHandling,
};

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
    // Each clue runs on the calendar of its region (the hub's when unknown).
    const paths = await clueRegionPaths(clocks.map((c) => c.clue));
    const chainOf = (clue: Clue) => chainOfPath(paths.get(clue.id));
    const layers = await loadLayers(
      em,
      clocks.map((c) => chainOf(c.clue)),
      {
        days: { from: today, to: addDays(latest, 1) },
      },
    );
    const counts = { warnings: 0, breaches: 0, cases: 0 };
    for (const { clue, clock } of clocks) {
      const alert = clueClockAlert(
        clock!.dueOn,
        today,
        calendarFor(layers, chainOf(clue)).overrides,
      );
      if (!alert) continue;
      const stage = clock!.stage;
      const what = CLOCK_NAMES[stage]();
      const path = paths.get(clue.id);
      const office = path
        ? officeRegionOf({ regionCode: clue.regionCode ?? '', regionPath: path })
        : null;
      const recipients = clueRecipients(clue, stage, alert.type === 'BREACHED', office);
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
                text: msg.noticeClueClockWarning({
                  respondent: clue.respondentName,
                  complainant: clue.complainantName,
                  what,
                  dueOn: clock!.dueOn,
                  left: alert.workingDaysLeft,
                }).zh,
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
              text: msg.noticeClueClockBreached({
                respondent: clue.respondentName,
                complainant: clue.complainantName,
                what,
                dueOn: clock!.dueOn,
                daysLate: alert.daysLate,
                supervised: stage === ClueClockStage.HANDLING,
              }).zh,
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
                description: msg.caseOverdueClue({
                  complainant: clue.complainantName,
                  respondent: clue.respondentName,
                  dueOn: clock!.dueOn,
                }).zh,
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
    'Tells each region office whose calendar lacks this year (and, from 1 December, next year) to enter it; ADMIN gets the list of those regions.',
  schedule: '0 9 * * *',
  run: async ({ ctx, today, emit }) => {
    const offices = new Map<string, string>();
    for (const u of (await unitDirectory().all()).values()) {
      const office = officeRegionOf(u);
      const at = u.regionPath.indexOf(`/${office}/`);
      if (!offices.has(office) && at >= 0)
        offices.set(office, u.regionPath.slice(0, at + office.length + 2));
    }
    const chains = [...offices.values()].map(chainOfPath);
    const layers = await loadLayers(ctx.em.fork(), chains);
    // The same rule as Region.calendarWarnings: a region has a year when it or a region above it
    // (or the hub-wide layer) put that year on record with setCalendarYear.
    const lacking = chains
      .map((chain) => ({
        chain,
        years: missingCalendarYears(calendarFor(layers, chain).years, today),
      }))
      .filter((r) => r.years.length);
    if (!lacking.length)
      return { summary: 'every region office has its calendar there', counts: {} };
    await inTransaction(ctx, async (tx) => {
      for (const { chain, years } of lacking)
        await emit(tx, {
          topic: 'notice',
          key: `calendar-missing:${chain.regionCode}:${years.join(',')}`,
          payload: {
            kind: 'CALENDAR_MISSING',
            recipients: [{ type: 'REGION_OFFICE', regionCode: chain.regionCode! }],
            text: msg.noticeCalendarMissing({ years }).zh,
            link: null,
          },
        });
      const years = [...new Set(lacking.flatMap((r) => r.years))].sort();
      await emit(tx, {
        topic: 'notice',
        key: `calendar-missing:admin:${years.join(',')}:${lacking.length}`,
        payload: {
          kind: 'CALENDAR_MISSING',
          recipients: [{ type: 'ADMIN' }],
          text: msg.noticeCalendarMissingAdmin({
            years,
            regions: lacking.map((r) => r.chain.regionCode ?? ''),
          }).zh,
          link: null,
        },
      });
    });
    return {
      summary: `${lacking.length} region offices lack a calendar year`,
      counts: { offices: chains.length, lacking: lacking.length },
    };
  },
});

/** The sector groups' consolidated reports still waiting for the leader's signature (seed of the
 * Dalad programme: the aggregating unit consolidates, the group leader signs, then it is sent). */
export const groupReportSigningJob = defineJob({
  name: 'group-report-signing',
  description:
    'Tells each sector group leader (the post, in its unit’s inbox) and the aggregating unit that a consolidated monthly report waits for the leader’s signature; once per consolidated revision.',
  schedule: '0 9 * * *',
  run: async ({ ctx, emit }) => {
    const waiting = await ctx.em
      .fork()
      .find(
        GroupReport,
        { status: GroupReportStatus.CONSOLIDATED },
        { orderBy: { period: 'asc' } },
      );
    if (!waiting.length)
      return { summary: 'no consolidated report waits for a signature', counts: {} };
    const groups = new Map(
      (await reportingGroups(ctx, { groups: waiting.map((r) => r.groupId) })).map((g) => [g.id, g]),
    );
    let told = 0;
    await inTransaction(ctx, async (tx) => {
      for (const report of waiting) {
        const group = groups.get(report.groupId);
        if (!group) continue;
        const leaders = group.leaders.filter((l) => l.unitId);
        const recipients: NoticeRecipient[] = [
          ...leaders.map((l): NoticeRecipient => ({
            type: 'POST',
            postId: l.postId,
            unitId: l.unitId,
          })),
          { type: 'UNIT', unitId: report.aggregatorId },
        ];
        const signers = leaders.map((l) =>
          l.holderName ? `${l.title}（${l.holderName}）` : l.title,
        );
        if (
          await emit(tx, {
            topic: 'notice',
            key: `group-sign:${report.id}`,
            payload: {
              kind: 'GROUP_REPORT_TO_SIGN',
              recipients,
              text: msg.noticeGroupReportToSign({
                group: group.name,
                period: report.period,
                revision: report.revision,
                signers,
              }).zh,
              link: { type: 'GroupReport', id: report.id },
            },
          })
        )
          told += 1;
      }
    });
    return {
      summary: `${waiting.length} consolidated reports wait for a signature, ${told} newly told`,
      counts: { waiting: waiting.length, told },
    };
  },
});

export const receivableConfirmationsJob = defineJob({
  name: 'receivable-confirmations',
  description:
    '账款确权 (2025 art. 16): reminds the debtor 3 working days before its 30 days end; flags a debtor that stayed silent past them to the intake office of its region (and the region office), once.',
  schedule: '0 9 * * *',
  run: async ({ ctx, today, emit }: JobContext) => {
    const em = ctx.em.fork();
    const open = await em.find(ReceivableConfirmation, {
      status: ConfirmationStatus.REQUESTED,
      silenceFlaggedOn: null,
    });
    const regions = await unitDirectory().regions();
    const chainOf = (c: ReceivableConfirmation) => chainOfPath(regions.get(c.regionCode)?.path);
    const latest = open.reduce((d, c) => (c.dueOn > d ? c.dueOn : d), today);
    const layers = await loadLayers(em, open.map(chainOf), {
      days: { from: today, to: addDays(latest, 1) },
    });
    const names = await unitNames(open.flatMap((c) => [c.debtorId, c.creditorId]));
    const counts = { reminders: 0, silent: 0 };
    for (const request of open) {
      const alert = confirmationAlert(
        request.dueOn,
        today,
        calendarFor(layers, chainOf(request)).overrides,
      );
      if (!alert) continue;
      const link = { type: 'ReceivableConfirmation', id: request.id };
      const debt = msg.noticeConfirmationDebt({
        contractNo: request.contractNo,
        amount: request.amount,
      });
      await inTransaction(ctx, async (tx) => {
        if (alert.type === 'DUE_SOON') {
          if (
            await emit(tx, {
              topic: 'notice',
              key: `confirmation-due:${request.id}`,
              payload: {
                kind: 'RECEIVABLE_CONFIRMATION_DUE',
                recipients: [{ type: 'UNIT', unitId: request.debtorId }],
                text: msg.noticeConfirmationDue({
                  debtor: names.get(request.debtorId) ?? '',
                  creditor: names.get(request.creditorId) ?? '',
                  debt: debt.zh,
                  dueOn: request.dueOn,
                  left: alert.workingDaysLeft,
                }).zh,
                link,
              },
            })
          )
            counts.reminders += 1;
          return;
        }
        const path = regions.get(request.regionCode)?.path;
        const recipients: NoticeRecipient[] = [];
        if (request.intakeOfficeId)
          recipients.push({ type: 'UNIT', unitId: request.intakeOfficeId });
        recipients.push({
          type: 'REGION_OFFICE',
          regionCode: path
            ? officeRegionOf({ regionCode: request.regionCode, regionPath: path })
            : request.regionCode,
        });
        const fresh = await emit(tx, {
          topic: 'notice',
          key: `confirmation-silent:${request.id}`,
          payload: {
            kind: 'RECEIVABLE_CONFIRMATION_SILENT',
            recipients,
            text: msg.noticeConfirmationSilent({
              debtor: names.get(request.debtorId) ?? '',
              creditor: names.get(request.creditorId) ?? '',
              debt: debt.zh,
              dueOn: request.dueOn,
              daysLate: alert.daysLate,
            }).zh,
            link,
          },
        });
        // Marked once, so the office is told once and the list of the silent is a column away.
        await tx.nativeUpdate(
          ReceivableConfirmation,
          { id: request.id, silenceFlaggedOn: null },
          { silenceFlaggedOn: today },
        );
        if (fresh) counts.silent += 1;
      });
    }
    return {
      summary: `${open.length} open requests: ${counts.reminders} reminders, ${counts.silent} newly silent`,
      counts: { open: open.length, ...counts },
    };
  },
});

export const clueLedgerRemindersJob = defineJob({
  name: 'clue-ledger-reminders',
  description:
    'Reminds a unit that filed 12345 work orders last month (the 政数局) to submit its clue ledger N working days before its region’s report day, and tells the region office once the deadline has passed.',
  schedule: '0 9 * * *',
  run: async ({ ctx, now, today, emit }: JobContext) => {
    const em = ctx.em.fork();
    const period = currentPeriod(today);
    const covers = previousPeriod(period);
    const filers = await em.execute<{ unit_id: string; n: number }[]>(
      `select c.filed_by_unit_id as unit_id, count(*)::int as n from clue c
        where c.channel = ? and c.received_on >= ? and c.received_on < ? and c.filed_by_unit_id is not null
          and not exists (select 1 from clue_ledger_report r where r.unit_id = c.filed_by_unit_id and r.period = ?)
        group by c.filed_by_unit_id`,
      [ClueChannel.HOTLINE_12345, `${covers}-01`, `${period}-01`, period],
    );
    const units = await unitDirectory().get(filers.map((f) => f.unit_id));
    const known = filers.filter((f) => units.has(f.unit_id));
    const chains = known.map((f) => chainOfPath(units.get(f.unit_id)!.regionPath));
    const window = deadlineWindow([period]);
    const layers = await loadLayers(em, chains, {
      days: { from: today < window.from ? today : window.from, to: window.to },
      periods: [period],
    });
    const counts = { units: known.length, told: 0 };
    await inTransaction(ctx, async (tx) => {
      for (const [i, filer] of known.entries()) {
        const unit = units.get(filer.unit_id)!;
        const chain = chains[i]!;
        const deadline = deadlineFor(layers, chain, period);
        if (!deadline.ok) continue;
        const dueDay = todayInChina(deadline.dueAt);
        const step = ledgerReportStep(
          now,
          today,
          deadline.dueAt,
          dueDay,
          arrearsConfig().ledgerReminderWorkingDays,
          calendarFor(layers, chain).overrides,
        );
        if (!step) continue;
        const late = step.step === 'MISSING';
        if (
          await emit(tx, {
            topic: 'notice',
            key: `clue-ledger-${late ? 'missing' : 'due'}:${unit.id}:${period}`,
            payload: {
              kind: 'CLUE_LEDGER_DUE',
              recipients: late
                ? [
                    { type: 'UNIT', unitId: unit.id },
                    { type: 'REGION_OFFICE', regionCode: officeRegionOf(unit) },
                  ]
                : [{ type: 'UNIT', unitId: unit.id }],
              text: late
                ? msg.noticeClueLedgerLate({ unit: unit.name, covers, count: filer.n, dueDay }).zh
                : msg.noticeClueLedgerDue({
                    unit: unit.name,
                    covers,
                    count: filer.n,
                    dueDay,
                    left: step.workingDaysLeft,
                  }).zh,
              link: { type: 'Organisation', id: unit.id },
            },
          })
        )
          counts.told += 1;
      }
    });
    return {
      summary: `${period}: ${counts.units} units owe a clue ledger, ${counts.told} notices raised`,
      counts,
    };
  },
});

export const arrearsJobs: JobDefinition[] = [
  groupReportSigningJob,
  repaymentWatchJob,
  ledgerReportRemindersJob,
  clueClocksJob,
  calendarCheckJob,
  receivableConfirmationsJob,
  clueLedgerRemindersJob,
];
