// Demo ledger: invented debts of the units the seeds name, owed to the invented enterprises of the
// organisations subgraph's demo data. Units are referred to by their demo key; stableId(key) gives
// the same id the organisations subgraph gave them. Seeds only an empty ledger.
import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import {
  formatCents,
  stableId,
  subtractMoney,
  toCents,
  unitDirectory,
} from '@arrears-hub/subgraph-kit';
import { ArrearSource, ArrearStatus, ContractSubject } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { dueDateColumns } from '../ledger/statutory-terms.js';
import { Instalment } from '../repayment/instalment.entity.js';
import { RepaymentFundingSource, RepaymentPlanStatus } from '../repayment/repayment.enums.js';
import { RepaymentPlan } from '../repayment/repayment-plan.entity.js';
import type { ContractTermsData } from '../rules/contract-terms.js';
import { DelayExcuse, PaymentInstrument } from '../rules/violations.js';
import { isWorkingDay } from '../rules/working-days.js';
import { DEMO_CALENDAR } from './demo-calendar.js';
import { seedDemoPayments } from './demo-payments.js';
import { seedWorkflows } from './demo-workflows.js';

interface DemoArrear {
  debtor: string;
  creditor: string;
  contractNo: string;
  signedOn: string;
  subject: ContractSubject;
  amountDue: string;
  paid?: string;
  deliveredOn?: string;
  acceptedOn?: string;
  cause: string;
  status?: ArrearStatus;
  disputed?: boolean;
  disputedAmount?: string;
  inJudicialProcess?: boolean;
  source?: ArrearSource;
  migrantWagesAmount?: string;
  terms?: ContractTermsData;
  /** The finance subgraph's demo project key (its id is stableId('project#' + key)). */
  project?: string;
}

/** When each locality's debts entered the ledger: during its campaign (docs/programmes.md). */
const REGISTERED_ON: Record<string, string> = {
  dalad: '2025-03-10',
  ejinhoro: '2025-04-10',
  chengqu: '2023-08-15',
  ye: '2022-06-10',
  wutaishan: '2023-08-20',
  demo: '2025-03-10',
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

const { GOODS, WORKS, SERVICES } = ContractSubject;

export const DEMO_ARREARS: DemoArrear[] = [
  // 达拉特旗 (the Dalad programme, docs/programmes.md): departments, towns, the state-owned group and a large enterprise.
  {
    debtor: 'dalad.housing-construction',
    creditor: 'demo.dalad.hengtai-construction',
    contractNo: 'DLT-ZJ-2022-017',
    signedOn: '2022-04-12',
    subject: WORKS,
    amountDue: '3860000.00',
    paid: '1200000.00',
    deliveredOn: '2022-11-30',
    acceptedOn: '2023-01-15',
    cause: '财政资金未及时安排',
    status: ArrearStatus.REPAYING,
    migrantWagesAmount: '580000.00',
  },
  {
    debtor: 'dalad.housing-construction',
    creditor: 'demo.dalad.ruifeng-materials',
    contractNo: 'DLT-ZJ-2023-044',
    signedOn: '2023-03-08',
    subject: GOODS,
    amountDue: '426500.00',
    deliveredOn: '2023-05-20',
    cause: '待竣工验收备案后支付',
    status: ArrearStatus.VERIFIED,
    terms: { excuses: [DelayExcuse.AWAITING_COMPLETION_ACCEPTANCE] },
  },
  {
    debtor: 'dalad.education-sports',
    creditor: 'demo.dalad.xinda-software',
    contractNo: 'DLT-JT-2023-009',
    signedOn: '2023-06-01',
    subject: SERVICES,
    amountDue: '298000.00',
    paid: '98000.00',
    deliveredOn: '2023-09-30',
    acceptedOn: '2023-10-20',
    cause: '内部付款流程未走完',
    status: ArrearStatus.PLANNED,
    terms: { excuses: [DelayExcuse.INTERNAL_PAYMENT_PROCESS], paymentOnAcceptance: true },
  },
  {
    debtor: 'dalad.education-sports',
    creditor: 'demo.dalad.tianyi-catering',
    contractNo: 'DLT-JT-2024-031',
    signedOn: '2024-02-26',
    subject: SERVICES,
    amountDue: '186400.00',
    deliveredOn: '2024-07-10',
    cause: '预算调整未到位',
    status: ArrearStatus.REGISTERED,
    source: ArrearSource.COMPLAINT,
  },
  {
    debtor: 'dalad.health',
    creditor: 'demo.dalad.anxin-property',
    contractNo: 'DLT-WJ-2023-112',
    signedOn: '2023-01-05',
    subject: SERVICES,
    amountDue: '540000.00',
    paid: '540000.00',
    deliveredOn: '2023-12-31',
    cause: '已按计划清偿',
    status: ArrearStatus.CLEARED,
  },
  {
    debtor: 'dalad.public-utilities',
    creditor: 'demo.dalad.lvyuan-landscaping',
    contractNo: 'DLT-GY-2022-058',
    signedOn: '2022-03-18',
    subject: WORKS,
    amountDue: '1275300.00',
    paid: '300000.00',
    deliveredOn: '2022-10-15',
    acceptedOn: '2022-12-01',
    cause: '以审计结算为付款前提',
    status: ArrearStatus.REPAYING,
    source: ArrearSource.AUDIT,
    terms: { auditAsSettlement: true },
  },
  {
    debtor: 'dalad.investment-project-agency',
    creditor: 'demo.dalad.hengtai-construction',
    contractNo: 'DLT-DJ-2021-006',
    signedOn: '2021-05-10',
    subject: WORKS,
    amountDue: '8920000.00',
    paid: '4000000.00',
    deliveredOn: '2022-08-30',
    acceptedOn: '2022-10-30',
    cause: '项目资金未落实即开工',
    status: ArrearStatus.REPAYING,
    migrantWagesAmount: '1200000.00',
    project: 'dalad.heating-network',
  },
  {
    debtor: 'dalad.investment-project-agency',
    creditor: 'demo.ejinhoro.huaxing-municipal',
    contractNo: 'DLT-DJ-2023-021',
    signedOn: '2023-04-02',
    subject: WORKS,
    amountDue: '2356000.00',
    deliveredOn: '2024-06-30',
    cause: '结算金额存在分歧',
    disputed: true,
    disputedAmount: '856000.00',
    status: ArrearStatus.DISPUTED,
  },
  {
    debtor: 'dalad.town.shulinzhao',
    creditor: 'demo.dalad.lvyuan-landscaping',
    contractNo: 'SLZ-2023-003',
    signedOn: '2023-04-15',
    subject: WORKS,
    amountDue: '368000.00',
    deliveredOn: '2023-08-31',
    cause: '镇级财力不足',
    status: ArrearStatus.VERIFIED,
  },
  {
    debtor: 'dalad.town.wangaizhao',
    creditor: 'demo.dalad.jinshi-transport',
    contractNo: 'WAZ-2024-012',
    signedOn: '2024-03-01',
    subject: SERVICES,
    amountDue: '84600.00',
    deliveredOn: '2024-05-31',
    cause: '镇级财力不足',
    status: ArrearStatus.REGISTERED,
    source: ArrearSource.COMPLAINT,
  },
  {
    debtor: 'dalad.town.zhaojun',
    creditor: 'demo.dalad.ruifeng-materials',
    contractNo: 'ZJZ-2022-027',
    signedOn: '2022-07-20',
    subject: GOODS,
    amountDue: '152800.00',
    paid: '52800.00',
    deliveredOn: '2022-09-01',
    cause: '分期支付中',
    status: ArrearStatus.REPAYING,
  },
  {
    debtor: 'dalad.subdistrict.xini',
    creditor: 'demo.dalad.anxin-property',
    contractNo: 'XN-2024-005',
    signedOn: '2024-01-10',
    subject: SERVICES,
    amountDue: '96000.00',
    deliveredOn: '2024-12-31',
    cause: '预算未安排',
    status: ArrearStatus.REGISTERED,
  },
  {
    debtor: 'dalad.devzone',
    creditor: 'demo.dalad.hengtai-construction',
    contractNo: 'KFQ-2022-101',
    signedOn: '2022-02-14',
    subject: WORKS,
    amountDue: '5630000.00',
    paid: '1630000.00',
    deliveredOn: '2023-06-30',
    acceptedOn: '2023-09-30',
    cause: '园区平台公司资金紧张',
    status: ArrearStatus.PLANNED,
    project: 'dalad.devzone-roads',
  },
  {
    debtor: 'demo.dalad.urban-investment',
    creditor: 'demo.dalad.ruifeng-materials',
    contractNo: 'CT-2023-088',
    signedOn: '2023-05-05',
    subject: GOODS,
    amountDue: '734000.00',
    deliveredOn: '2023-07-15',
    cause: '以商业汇票延长付款期限',
    status: ArrearStatus.VERIFIED,
    source: ArrearSource.INSPECTION,
    terms: { paymentInstrument: PaymentInstrument.COMMERCIAL_BILL, instrumentExtendsTerm: true },
  },
  {
    debtor: 'demo.dalad.urban-investment.water',
    creditor: 'demo.dalad.xinda-software',
    contractNo: 'SW-2024-014',
    signedOn: '2024-04-18',
    subject: SERVICES,
    amountDue: '215000.00',
    deliveredOn: '2024-08-31',
    acceptedOn: '2024-09-20',
    cause: '等待上级公司拨款',
    status: ArrearStatus.REGISTERED,
  },
  {
    debtor: 'demo.dalad.energy-group',
    creditor: 'demo.dalad.jinshi-transport',
    contractNo: 'NY-2024-233',
    signedOn: '2024-06-20',
    subject: SERVICES,
    amountDue: '412000.00',
    deliveredOn: '2024-10-31',
    cause: '约定以收到第三方付款为付款条件',
    status: ArrearStatus.REGISTERED,
    source: ArrearSource.COMPLAINT,
    terms: { payWhenPaid: true, agreedTermDays: 90 },
  },
  {
    debtor: 'dalad.water',
    creditor: 'demo.dalad.hengtai-construction',
    contractNo: 'SL-2021-044',
    signedOn: '2021-03-30',
    subject: WORKS,
    amountDue: '1980000.00',
    deliveredOn: '2021-11-30',
    cause: '已提起诉讼',
    inJudicialProcess: true,
    status: ArrearStatus.IN_COURT,
  },
  // 伊金霍洛旗 (the Ejin Horo programme): an audit finding on an engineering debt.
  {
    debtor: 'ejinhoro.government-office',
    creditor: 'demo.ejinhoro.huaxing-municipal',
    contractNo: 'YJ-2023-016',
    signedOn: '2023-02-20',
    subject: WORKS,
    amountDue: '4650000.00',
    paid: '650000.00',
    deliveredOn: '2023-10-31',
    acceptedOn: '2023-12-15',
    cause: '工程结算滞后',
    status: ArrearStatus.PLANNED,
    source: ArrearSource.AUDIT,
  },
  // 晋城市城区 (the Chengqu programme).
  {
    debtor: 'chengqu.education-science',
    creditor: 'demo.chengqu.taihang-equipment',
    contractNo: 'CQ-JK-2022-030',
    signedOn: '2022-08-01',
    subject: GOODS,
    amountDue: '638000.00',
    paid: '238000.00',
    deliveredOn: '2022-09-15',
    acceptedOn: '2022-10-10',
    cause: '学校经费不足',
    status: ArrearStatus.REPAYING,
  },
  {
    debtor: 'chengqu.urban-investment',
    creditor: 'demo.chengqu.taihang-equipment',
    contractNo: 'CQ-CT-2023-007',
    signedOn: '2023-03-12',
    subject: GOODS,
    amountDue: '1420000.00',
    deliveredOn: '2023-06-30',
    cause: '以未完成决算审计为由拖欠',
    status: ArrearStatus.VERIFIED,
    terms: { excuses: [DelayExcuse.AWAITING_FINAL_ACCOUNT_AUDIT] },
  },
  {
    debtor: 'chengqu.town.nancun',
    creditor: 'demo.chengqu.jinfeng-printing',
    contractNo: 'NC-2024-002',
    signedOn: '2024-01-22',
    subject: SERVICES,
    amountDue: '38500.00',
    deliveredOn: '2024-03-01',
    cause: '经办人员变动',
    status: ArrearStatus.REGISTERED,
    source: ArrearSource.COMPLAINT,
  },
  // 叶县 (the Ye County programme).
  {
    debtor: 'ye.transport',
    creditor: 'demo.ye.zhongyuan-roads',
    contractNo: 'YX-JT-2021-019',
    signedOn: '2021-06-30',
    subject: WORKS,
    amountDue: '6280000.00',
    paid: '2280000.00',
    deliveredOn: '2021-12-31',
    acceptedOn: '2022-03-31',
    cause: '项目资金未足额到位',
    status: ArrearStatus.REPAYING,
    project: 'ye.rural-roads',
  },
  {
    debtor: 'ye.devzone.nylon',
    creditor: 'demo.ye.kuntai-nylon',
    contractNo: 'NL-2022-046',
    signedOn: '2022-05-16',
    subject: GOODS,
    amountDue: '925000.00',
    deliveredOn: '2022-07-30',
    cause: '强制使用承兑汇票',
    status: ArrearStatus.VERIFIED,
    terms: { paymentInstrument: PaymentInstrument.COMMERCIAL_BILL },
  },
  {
    debtor: 'ye.education-sports',
    creditor: 'demo.ye.zhongyuan-roads',
    contractNo: 'YX-JY-2023-008',
    signedOn: '2023-02-28',
    subject: WORKS,
    amountDue: '1150000.00',
    deliveredOn: '2023-08-31',
    cause: '结算金额存在分歧',
    disputed: true,
    disputedAmount: '350000.00',
    status: ArrearStatus.DISPUTED,
  },
  // 五台山风景名胜区 (the Wutaishan programme).
  {
    debtor: 'wutaishan.finance',
    creditor: 'demo.wutaishan.qingliang-services',
    contractNo: 'WTS-CZ-2023-004',
    signedOn: '2023-02-10',
    subject: SERVICES,
    amountDue: '158000.00',
    deliveredOn: '2023-05-31',
    cause: '预算未安排',
    status: ArrearStatus.VERIFIED,
  },
  {
    debtor: 'wutaishan.tourism',
    creditor: 'demo.wutaishan.qingliang-services',
    contractNo: 'WTS-LY-2023-011',
    signedOn: '2023-03-15',
    subject: SERVICES,
    amountDue: '276000.00',
    paid: '276000.00',
    deliveredOn: '2023-07-31',
    cause: '已于2023年10月底前偿还',
    status: ArrearStatus.CLEARED,
  },
];

export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if ((await em.count(Arrear, {})) > 0) return;
    const kinds = await debtorKinds();
    const calendar = new Map(DEMO_CALENDAR.map(([day, kind]) => [day, kind]));
    const isRestDay = (day: string) => !isWorkingDay(day, calendar);
    const created: { key: string; arrear: Arrear }[] = [];
    let repaying = 0;
    for (const a of DEMO_ARREARS) {
      const paid = a.paid ?? '0.00';
      const facts = {
        debtorKind: kinds.get(stableId(a.debtor)) ?? null,
        contractSignedOn: a.signedOn,
        deliveredOn: a.deliveredOn ?? null,
        acceptedOn: a.acceptedOn ?? null,
        contractTerms: a.terms ?? null,
      };
      const arrear = em.create(Arrear, {
        id: stableId(`arrear#${a.debtor}#${a.contractNo}`),
        debtorId: stableId(a.debtor),
        creditorId: stableId(a.creditor),
        debtorKind: kinds.get(stableId(a.debtor)) ?? null,
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
        hasRepaymentPlan: a.status === ArrearStatus.PLANNED || a.status === ArrearStatus.REPAYING,
        ...dueDateColumns(facts, isRestDay),
      });
      created.push({ key: a.debtor, arrear });
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
    // The demo monthly reports freeze each unit's ledger as it stands after the demo payments.
    seedWorkflows(em, (unitKey) => {
      const counted = created
        .filter((c) => c.key === unitKey && !c.arrear.inJudicialProcess)
        .map((c) => c.arrear);
      return {
        count: counted.length,
        outstanding: formatCents(
          counted.reduce((sum, a) => sum + toCents(a.amountDue) - toCents(a.paid), 0n),
        ),
      };
    });
    await em.flush();
  }
}

/** The debtors' kinds from the organisations subgraph, when it is reachable (npm start starts it first). */
async function debtorKinds(): Promise<Map<string, string>> {
  try {
    const units = await unitDirectory().get(DEMO_ARREARS.map((a) => stableId(a.debtor)));
    return new Map([...units].map(([id, unit]) => [id, unit.kind]));
  } catch {
    return new Map();
  }
}
