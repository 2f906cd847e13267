// The supervision subgraph's scheduled jobs (docs/jobs-and-notices.md): each a pure rule in rules/
// and a thin job here. Schedules are cron in China time; each job is idempotent (an effect keyed
// by its record and deadline, a change re-checked under its row lock).
import {
  defineJob,
  inTransaction,
  officeRegionOf,
  PUBLISHING_KINDS,
  recipientsOfUnits,
  unitDirectory,
  type JobDefinition,
} from '@arrears-hub/subgraph-kit';
import { RectificationStatus } from './audit/audit.enums.js';
import { Rectification } from './audit/rectification.entity.js';
import { escalateCase, overdueCases } from './case/case-escalation.js';
import { draftDisclosures } from './disclosure/draft-disclosures.js';
import { Disclosure } from './disclosure/disclosure.entity.js';
import { DisclosureStatus } from './disclosure/disclosure.enums.js';
import { disclosureStep } from './rules/disclosure-calendar.js';
import { isRectificationOverdue } from './rules/rectification-deadline.js';
import { supervisionMessages as msg } from './messages.js';

export const caseEscalationJob = defineJob({
  name: 'case-escalation',
  description:
    'Escalates every open case past its deadline one measure stronger (rules/case-escalation.ts).',
  schedule: '30 0 * * *',
  run: async ({ ctx, today }) => {
    let escalated = 0;
    for (const { id } of await overdueCases(ctx.em.fork(), today)) {
      if (await escalateCase(ctx, id, today)) escalated += 1;
    }
    return { summary: `escalated ${escalated} overdue cases`, counts: { escalated } };
  },
});

export const rectificationDeadlineJob = defineJob({
  name: 'rectification-deadlines',
  description: 'Tells a unit and its region’s office that a rectification is past its deadline.',
  schedule: '0 9 * * *',
  run: async ({ ctx, today, emit }) => {
    const open = await ctx.em.fork().find(Rectification, {
      status: RectificationStatus.OPEN,
      deadline: { $lt: today },
    });
    const overdue = open.filter((r) => isRectificationOverdue(r.status, r.deadline, today));
    const recipients = await recipientsOfUnits(
      overdue.map((r) => r.unitId),
      { regionOffice: true },
    );
    let raised = 0;
    await inTransaction(ctx, async (em) => {
      for (const r of overdue) {
        const fresh = await emit(em, {
          topic: 'notice',
          key: `rectification-overdue:${r.id}:${r.deadline}`,
          payload: {
            kind: 'RECTIFICATION_OVERDUE',
            recipients: recipients.get(r.unitId)!,
            text: msg.noticeRectificationOverdue(r).zh,
            link: { type: 'Rectification', id: r.id },
          },
        });
        if (fresh) raised += 1;
      }
    });
    return {
      summary: `${overdue.length} rectifications overdue, ${raised} newly told`,
      counts: { overdue: overdue.length, told: raised },
    };
  },
});

export const disclosureCalendarJob = defineJob({
  name: 'disclosure-calendar',
  description:
    'Drafts last year’s disclosures in January, reminds units before 31 March, lists those that have not published in April (rules/disclosure-calendar.ts).',
  schedule: '30 8 * * *',
  run: async ({ ctx, today, emit }) => {
    const step = disclosureStep(today);
    if (!step) return { summary: 'nothing to do today', counts: {} };
    const publishing = [...(await unitDirectory().all()).values()].filter(
      (u) => PUBLISHING_KINDS.has(u.kind) && u.status !== 'DISSOLVED',
    );
    if (step.step === 'DRAFT') {
      const drafts =
        (await draftDisclosures(
          ctx,
          step.year,
          publishing.map((u) => u.id),
          publishing,
        )) ?? [];
      const recipients = await recipientsOfUnits(drafts.map((d) => d.unitId));
      await inTransaction(ctx, async (em) => {
        for (const d of drafts.filter((x) => x.status === DisclosureStatus.DRAFT))
          await emit(em, {
            topic: 'notice',
            key: `disclosure-drafted:${d.unitId}:${step.year}`,
            payload: {
              kind: 'DISCLOSURE_DRAFTED',
              recipients: recipients.get(d.unitId)!,
              text: msg.noticeDisclosureDrafted({
                year: step.year,
                contracts: d.overdueContracts,
                amount: d.overdueAmount,
              }).zh,
              link: { type: 'Disclosure', id: d.id },
            },
          });
      });
      return {
        summary: `${drafts.length} drafts for ${step.year}`,
        counts: { drafts: drafts.length },
      };
    }
    const published = new Set(
      (
        await ctx.em.fork().find(Disclosure, {
          year: step.year,
          status: DisclosureStatus.PUBLISHED,
        })
      ).map((d) => d.unitId),
    );
    const missing = publishing.filter((u) => !published.has(u.id));
    if (step.step === 'REMIND') {
      const recipients = await recipientsOfUnits(missing.map((u) => u.id));
      await inTransaction(ctx, async (em) => {
        for (const u of missing)
          await emit(em, {
            topic: 'notice',
            key: `disclosure-due:${u.id}:${step.year}:${step.daysLeft}`,
            payload: {
              kind: 'DISCLOSURE_DUE',
              recipients: recipients.get(u.id)!,
              text: msg.noticeDisclosureDue({ unit: u.name, ...step }).zh,
              link: null,
            },
          });
      });
      return {
        summary: `${missing.length} units reminded (${step.daysLeft} days left)`,
        counts: { reminded: missing.length },
      };
    }
    // MISSING: one list per region, to its office.
    const byRegion = new Map<string, string[]>();
    for (const u of missing) {
      const office = officeRegionOf(u);
      byRegion.set(office, [...(byRegion.get(office) ?? []), u.name]);
    }
    await inTransaction(ctx, async (em) => {
      for (const [regionCode, names] of byRegion)
        await emit(em, {
          topic: 'notice',
          key: `disclosure-missing:${regionCode}:${step.year}`,
          payload: {
            kind: 'DISCLOSURE_MISSING',
            recipients: [{ type: 'REGION_OFFICE', regionCode }],
            text: msg.noticeDisclosureMissing({ ...step, count: names.length, names }).zh,
            link: null,
          },
        });
    });
    return {
      summary: `${missing.length} units have not published`,
      counts: { missing: missing.length },
    };
  },
});

export const supervisionJobs: JobDefinition[] = [
  caseEscalationJob,
  rectificationDeadlineJob,
  disclosureCalendarJob,
];
