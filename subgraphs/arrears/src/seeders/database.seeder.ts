// Demo ledger: the debts of demo-arrears.ts with their plans, payments and due dates, and the
// clues, submissions and deadlines of demo-workflows.ts. Seeds only an empty ledger, and runs
// outside any request (em.create with typed data, no viewer).
import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import {
  formatCents,
  nameKey,
  stableId,
  subtractMoney,
  toCents,
  unitDirectory,
  type DirectoryUnit,
} from '@arrears-hub/subgraph-kit';
import { ArrearSource, ArrearStatus } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { dueDateColumns } from '../ledger/statutory-terms.js';
import { creditorSizeAtSigning } from '../rules/creditor-size.js';
import { Instalment } from '../repayment/instalment.entity.js';
import { RepaymentFundingSource, RepaymentPlanStatus } from '../repayment/repayment.enums.js';
import { RepaymentPlan } from '../repayment/repayment-plan.entity.js';
import { frozenLine, type FrozenLine } from '../reporting/ledger-snapshot.js';
import { isWorkingDay } from '../rules/working-days.js';
import { DEMO_ARREARS, REGISTERED_ON } from './demo-arrears.js';
import { DEMO_CALENDAR } from './demo-calendar.js';
import { seedDemoDisbursementPayments, seedDemoPayments } from './demo-payments.js';
import { seedWorkflows } from './demo-workflows.js';

/** The finance subgraph's demo projects by key, as a ledger line names them (项目名称). */
const PROJECT_NAMES: Record<string, string> = {
  'dalad.heating-network': '达拉特旗城区供热管网改造工程（演示）',
  'dalad.devzone-roads': '达拉特经济开发区园区道路工程（演示）',
  'ye.rural-roads': '叶县乡村公路提升工程（演示）',
};

/** Demo plans run in three instalments; the first two fall due in the past, so overdue instalments show. */
const PLAN_SIGNED_ON = '2025-03-20';
const INSTALMENT_DUE_DATES = ['2025-12-31', '2026-06-30', '2027-06-30'];

/** Splits an amount into n instalments that add up exactly (the last takes the remainder). */
export function splitEvenly(amount: string, n: number): string[] {
  const cents = toCents(amount);
  const share = cents / BigInt(n);
  return Array.from({ length: n }, (_, i) =>
    formatCents(i === n - 1 ? cents - share * BigInt(n - 1) : share),
  );
}

export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if ((await em.count(Arrear, {})) > 0) return;
    const registry = await demoUnits();
    const calendar = new Map(DEMO_CALENDAR.map(([day, kind]) => [day, kind]));
    const isRestDay = (day: string) => !isWorkingDay(day, calendar);
    const created: {
      key: string;
      arrear: Arrear;
      plan: RepaymentPlan | null;
      instalments: { dueOn: string; amount: string }[];
    }[] = [];
    let repaying = 0;
    for (const a of DEMO_ARREARS) {
      const paid = a.paid ?? '0.00';
      // The creditor's size at signing from the demo registry's size facts (dated 2024-12-31, so
      // most demo contracts show it as taken after signing, flagged).
      const size = creditorSizeAtSigning({
        contractSignedOn: a.signedOn,
        registry: registry.get(stableId(a.creditor)) ?? null,
      });
      const facts = {
        ...size,
        debtorKind: registry.get(stableId(a.debtor))?.kind ?? null,
        contractSignedOn: a.signedOn,
        deliveredOn: a.deliveredOn ?? null,
        acceptedOn: a.acceptedOn ?? null,
        contractTerms: a.terms ?? null,
      };
      const arrear = em.create(Arrear, {
        id: stableId(`arrear#${a.debtor}#${a.contractNo}`),
        debtorId: stableId(a.debtor),
        // '' when the directory could not be read: the first reload of it fills the place in.
        debtorRegionPath: registry.get(stableId(a.debtor))?.regionPath ?? '',
        creditorId: stableId(a.creditor),
        debtorKind: registry.get(stableId(a.debtor))?.kind ?? null,
        // As the place: left empty when the directory could not be read, filled in on its reload.
        debtorUnitKind: registry.get(stableId(a.debtor))?.kind ?? null,
        creditorNameKey: nameKey(registry.get(stableId(a.creditor))?.name ?? ''),
        creditorCreditCode: registry.get(stableId(a.creditor))?.creditCode ?? null,
        ...size,
        migrantWagesAmount: a.migrantWagesAmount ?? '0.00',
        disputedAmount: a.disputedAmount ?? null,
        contractNo: a.contractNo,
        contractSignedOn: a.signedOn,
        subject: a.subject,
        amountDue: a.amountDue,
        paid,
        deliveredOn: a.deliveredOn ?? null,
        acceptedOn: a.acceptedOn ?? null,
        cause: a.cause,
        disputed: a.disputed ?? false,
        inJudicialProcess: a.inJudicialProcess ?? false,
        status: a.status ?? ArrearStatus.REGISTERED,
        source: a.source ?? ArrearSource.SELF_INSPECTION,
        registeredBy: 'demo-data',
        registeredAt: new Date(
          `${REGISTERED_ON[a.debtor.split('.')[0]!] ?? '2025-03-10'}T02:00:00Z`,
        ),
        contractTerms: a.terms ?? null,
        projectId: a.project ? stableId(`project#${a.project}`) : null,
        projectName: a.project ? (PROJECT_NAMES[a.project] ?? null) : null,
        hasRepaymentPlan: a.status === ArrearStatus.PLANNED || a.status === ArrearStatus.REPAYING,
        ...dueDateColumns(facts, isRestDay),
      });
      const line: (typeof created)[number] = { key: a.debtor, arrear, plan: null, instalments: [] };
      created.push(line);
      seedDemoDisbursementPayments(em, arrear);
      if (a.status === ArrearStatus.PLANNED || a.status === ArrearStatus.REPAYING) {
        const total = subtractMoney(a.amountDue, paid);
        const plan = em.create(RepaymentPlan, {
          id: stableId(`plan#${a.debtor}#${a.contractNo}`),
          arrear,
          revision: 1,
          signedOn: PLAN_SIGNED_ON,
          fundingSource: RepaymentFundingSource.FISCAL_FUNDS,
          paidBefore: paid,
          total,
          status: RepaymentPlanStatus.ACTIVE,
          agreedBy: 'demo-data',
        });
        const instalments = splitEvenly(total, INSTALMENT_DUE_DATES.length);
        line.plan = plan;
        line.instalments = instalments.map((amount, i) => ({
          dueOn: INSTALMENT_DUE_DATES[i]!,
          amount,
        }));
        instalments.forEach((amount, i) =>
          em.create(Instalment, {
            id: stableId(`instalment#${plan.id}#${i + 1}`),
            plan,
            seq: i + 1,
            dueOn: INSTALMENT_DUE_DATES[i]!,
            amount,
          }),
        );
        if (a.status === ArrearStatus.REPAYING)
          seedDemoPayments(em, arrear, repaying++, instalments[0]!, splitEvenly);
      }
    }
    // The demo monthly reports freeze each unit's ledger as it stands after the demo payments,
    // every line with every column, as submitLedgerReport does.
    seedWorkflows(em, (unitKey, asOf): FrozenLine[] =>
      created
        .filter((c) => c.key === unitKey && c.arrear.status !== ArrearStatus.WITHDRAWN)
        .map((c) => frozenLine(c.arrear, c.plan, c.instalments, asOf)),
    );
    await em.flush();
  }
}

/** The debtors and creditors from the organisations subgraph, when it is reachable (npm start
 * starts it first): the debtors' kinds and places in the region tree, the creditors' size facts. */
async function demoUnits(): Promise<Map<string, DirectoryUnit>> {
  try {
    return await unitDirectory().get(
      DEMO_ARREARS.flatMap((a) => [stableId(a.debtor), stableId(a.creditor)]),
    );
  } catch {
    return new Map();
  }
}
