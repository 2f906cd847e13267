// Demo finance data consistent with the demo ledger: units by their demo keys (stableId), debts by
// stableId('arrear#' + debtor key + '#' + contract no.), projects by stableId('project#' + key) —
// the arrears demo links its debts to the same project keys. Seeds only an empty database. Runs
// outside any request, so it creates with em.create (typed: no required column can be missing).
import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { stableId } from '@arrears-hub/subgraph-kit';
import { BudgetAdjustment } from '../budget/budget-adjustment.entity.js';
import {
  AdjustmentKind,
  BudgetPurpose,
  DisbursementStatus,
  FundingSource,
} from '../budget/budget.enums.js';
import { BudgetLine } from '../budget/budget-line.entity.js';
import { Disbursement } from '../budget/disbursement.entity.js';
import { Deposit } from '../project/deposit.entity.js';
import { DepositForm, DepositKind } from '../project/project.enums.js';
import { Project } from '../project/project.entity.js';
import { RestrictionMeasure, RestrictionStatus } from '../restriction/restriction.enums.js';
import { Restriction } from '../restriction/restriction.entity.js';

const { CLEARANCE_FUND, GENERAL_EXPENDITURE } = BudgetPurpose;

const LINES: {
  key: string;
  unit: string;
  year: number;
  purpose: BudgetPurpose;
  source: FundingSource;
  amount: string;
  disbursed?: string;
}[] = [
  {
    key: 'line#dalad.housing#2025',
    unit: 'dalad.housing-construction',
    year: 2025,
    purpose: CLEARANCE_FUND,
    source: FundingSource.FISCAL_FUNDS,
    amount: '1200000.00',
    disbursed: '1200000.00',
  },
  {
    key: 'line#dalad.housing#2026',
    unit: 'dalad.housing-construction',
    year: 2026,
    purpose: CLEARANCE_FUND,
    source: FundingSource.FISCAL_FUNDS,
    amount: '1500000.00',
  },
  {
    key: 'line#dalad.agency#2026',
    unit: 'dalad.investment-project-agency',
    year: 2026,
    purpose: CLEARANCE_FUND,
    source: FundingSource.SPECIAL_BONDS,
    amount: '5000000.00',
  },
  {
    key: 'line#dalad.education#2026',
    unit: 'dalad.education-sports',
    year: 2026,
    purpose: CLEARANCE_FUND,
    source: FundingSource.FISCAL_FUNDS,
    amount: '400000.00',
  },
  {
    key: 'line#dalad.finance#2026',
    unit: 'dalad.finance',
    year: 2026,
    purpose: GENERAL_EXPENDITURE,
    source: FundingSource.FISCAL_FUNDS,
    amount: '20000000.00',
  },
  {
    key: 'line#dalad.devzone#2026',
    unit: 'dalad.devzone',
    year: 2026,
    purpose: CLEARANCE_FUND,
    source: FundingSource.STATE_ASSET_DISPOSAL,
    amount: '1000000.00',
  },
  {
    key: 'line#ye.transport#2026',
    unit: 'ye.transport',
    year: 2026,
    purpose: CLEARANCE_FUND,
    source: FundingSource.TAX_ARREARS_RECOVERED,
    amount: '2000000.00',
  },
  {
    key: 'line#chengqu.education#2026',
    unit: 'chengqu.education-science',
    year: 2026,
    purpose: CLEARANCE_FUND,
    source: FundingSource.FISCAL_FUNDS,
    amount: '500000.00',
  },
];

const PROJECTS = [
  {
    key: 'dalad.heating-network',
    name: '达拉特旗城区供热管网改造工程（演示）',
    owner: 'dalad.investment-project-agency',
    code: '2021-150621-48-01-000123',
    approved: '8000000.00',
    estimate: '9300000.00',
    approvedOn: '2021-03-01',
    fundsSecuredOn: '2021-08-01',
    startedOn: '2021-06-01',
    prefinanced: true,
  },
  {
    key: 'dalad.devzone-roads',
    name: '达拉特经济开发区园区道路工程（演示）',
    owner: 'dalad.devzone',
    code: '2022-150621-48-01-000456',
    approved: '6000000.00',
    estimate: null,
    approvedOn: '2022-03-10',
    fundsSecuredOn: '2022-01-15',
    startedOn: '2022-02-20',
    prefinanced: false,
  },
  {
    key: 'ye.rural-roads',
    name: '叶县乡村公路提升工程（演示）',
    owner: 'ye.transport',
    code: '2021-410422-48-01-000789',
    approved: '7000000.00',
    estimate: '7300000.00',
    approvedOn: '2021-05-01',
    fundsSecuredOn: '2021-05-20',
    startedOn: '2021-06-10',
    prefinanced: false,
  },
  {
    key: 'dalad.school-repairs',
    name: '达拉特旗中小学校舍维修工程（演示）',
    owner: 'dalad.education-sports',
    code: null,
    approved: '1800000.00',
    estimate: null,
    approvedOn: '2023-03-01',
    fundsSecuredOn: '2023-03-10',
    startedOn: '2023-04-01',
    prefinanced: false,
  },
];

export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if ((await em.count(BudgetLine, {})) > 0) return;
    const lines = new Map<string, BudgetLine>();
    for (const l of LINES) {
      lines.set(
        l.key,
        em.create(BudgetLine, {
          id: stableId(l.key),
          unitId: stableId(l.unit),
          fiscalYear: l.year,
          purpose: l.purpose,
          fundingSource: l.source,
          appropriated: l.amount,
          adjustments: l.key === 'line#dalad.housing#2026' ? '300000.00' : '0.00',
          disbursed: l.disbursed ?? '0.00',
          createdBy: 'demo-data',
        }),
      );
    }
    em.create(BudgetAdjustment, {
      id: stableId('adjustment#dalad.housing#2026'),
      budgetLine: lines.get('line#dalad.housing#2026')!,
      kind: AdjustmentKind.DEPARTMENT_BUDGET_DEDUCTION,
      amount: '300000.00',
      reason: '扣减旗住建局部门预算，用于清偿拖欠民营企业账款（演示）',
      adjustedOn: '2026-04-15',
      createdBy: 'demo-data',
    });
    em.create(Disbursement, {
      id: stableId('disbursement#dalad.housing#2025'),
      budgetLine: lines.get('line#dalad.housing#2025')!,
      arrearId: stableId('arrear#dalad.housing-construction#DLT-ZJ-2022-017'),
      amount: '1200000.00',
      paidOn: '2025-05-20',
      fundingSource: FundingSource.FISCAL_FUNDS,
      voucherNo: '达财清欠〔2025〕018号（演示）',
      createdBy: 'demo-data',
      // On the ledger as the payment the arrears demo data records for it (the same stable ids).
      status: DisbursementStatus.POSTED,
      paymentId: stableId('payment#disbursement#dalad.housing#2025'),
      postedAt: new Date('2025-05-20T02:00:00Z'),
    });

    for (const p of PROJECTS) {
      em.create(Project, {
        id: stableId(`project#${p.key}`),
        name: p.name,
        ownerUnitId: stableId(p.owner),
        projectCode: p.code,
        approvedAmount: p.approved,
        estimateAmount: p.estimate,
        approvedOn: p.approvedOn,
        fundsSecuredOn: p.fundsSecuredOn,
        fundingProof: `资金落实证明（演示）${p.key}`,
        startedOn: p.startedOn,
        contractorPrefinanced: p.prefinanced,
        createdBy: 'demo-data',
      });
    }
    const heating = em.getReference(Project, stableId('project#dalad.heating-network'));
    em.create(Deposit, {
      id: stableId('deposit#heating#quality'),
      project: heating,
      contractorId: stableId('demo.dalad.hengtai-construction'),
      kind: DepositKind.QUALITY,
      form: DepositForm.CASH,
      amount: '400000.00',
      refundDueOn: '2024-10-30',
    });
    em.create(Deposit, {
      id: stableId('deposit#heating#other'),
      project: heating,
      contractorId: stableId('demo.dalad.hengtai-construction'),
      kind: DepositKind.OTHER,
      form: DepositForm.CASH,
      amount: '100000.00',
      refundDueOn: null,
    });
    em.create(Deposit, {
      id: stableId('deposit#ye#performance'),
      project: em.getReference(Project, stableId('project#ye.rural-roads')),
      contractorId: stableId('demo.ye.zhongyuan-roads'),
      kind: DepositKind.PERFORMANCE,
      form: DepositForm.BANK_GUARANTEE,
      amount: '350000.00',
      refundDueOn: '2027-06-30',
    });

    em.create(Restriction, {
      id: stableId('restriction#dalad.public-utilities'),
      unitId: stableId('dalad.public-utilities'),
      measure: RestrictionMeasure.CUT_GENERAL_EXPENDITURE,
      fromDate: '2026-03-01',
      reason: '拖欠民营企业账款清偿进度滞后（演示）',
      status: RestrictionStatus.ACTIVE,
      createdBy: 'demo-data',
    });
    em.create(Restriction, {
      id: stableId('restriction#ye.transport'),
      unitId: stableId('ye.transport'),
      measure: RestrictionMeasure.BAN_GOVERNMENT_PROCUREMENT,
      fromDate: '2026-06-01',
      toDate: '2026-12-31',
      reason: '列入失信主体名录期间限制参与政府采购（演示）',
      status: RestrictionStatus.ACTIVE,
      createdBy: 'demo-data',
    });
    await em.flush();
  }
}
