// Demo supervision data consistent with the demo ledger and projects of the five programmes
// (docs/programmes.md): units by their demo key (stableId), debts by stableId('arrear#' + debtor
// key + '#' + contract no.), projects by stableId('project#' + key). Seeds only an empty database,
// outside any request: no viewer, so em.create with typed data (no jurisdiction filter here).
import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { stableId } from '@arrears-hub/subgraph-kit';
import { Audit } from '../audit/audit.entity.js';
import {
  AuditStatus,
  FindingCategory,
  RectificationMeasure,
  RectificationStatus,
} from '../audit/audit.enums.js';
import { Finding } from '../audit/finding.entity.js';
import { Rectification } from '../audit/rectification.entity.js';
import { SupervisionCase } from '../case/case.entity.js';
import { CaseMeasure, CaseStatus, CaseTrigger } from '../case/case.enums.js';
import { Disclosure } from '../disclosure/disclosure.entity.js';
import { DisclosureStatus } from '../disclosure/disclosure.enums.js';
import { FollowUpCall } from '../inspection/follow-up-call.entity.js';
import { InspectionItem } from '../inspection/inspection.enums.js';
import { Inspection } from '../inspection/inspection.entity.js';
import { Penalty } from '../penalty/penalty.entity.js';
import { PenaltyStatus } from '../penalty/penalty.enums.js';

const arrear = (debtor: string, contractNo: string) => stableId(`arrear#${debtor}#${contractNo}`);

export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if ((await em.count(Audit, {})) > 0) return;
    const ejinhoro = em.create(Audit, {
      id: stableId('audit#000'),
      title: '加强审计监督推动清理拖欠民营企业中小企业账款（演示）',
      regionCode: '150627',
      periodEnd: '2024-12-31',
      traceEarlier: true,
      projectThreshold: '4000000.00',
      focus: '欠款底数、还款计划执行、边清边欠、预算管理、政府采购、工程结算',
      status: AuditStatus.IN_PROGRESS,
      createdBy: 'demo-data',
    });
    const dalad = em.create(Audit, {
      id: stableId('audit#dalad-2026'),
      title: '达拉特旗清欠专项审计（演示）',
      regionCode: '150621',
      periodEnd: '2025-12-31',
      traceEarlier: true,
      projectThreshold: '4000000.00',
      focus: '政府投资项目资金落实与结算',
      status: AuditStatus.IN_PROGRESS,
      createdBy: 'demo-data',
    });
    const findings = [
      em.create(Finding, {
        id: stableId('finding#ejinhoro-settlement'),
        audit: ejinhoro,
        unitId: stableId('ejinhoro.government-office'),
        category: FindingCategory.PROJECT_SETTLEMENT,
        description: '工程结算滞后，欠付市政工程款（演示）',
        amount: '4000000.00',
        arrearIds: [arrear('ejinhoro.government-office', 'YJ-2023-016')],
        projectIds: [],
        recommendation: '限期完成结算并制定分期偿付计划',
        createdBy: 'demo-data',
      }),
      em.create(Finding, {
        id: stableId('finding#dalad-audit-settlement'),
        audit: dalad,
        unitId: stableId('dalad.public-utilities'),
        category: FindingCategory.PROJECT_SETTLEMENT,
        description: '以审计结果作为结算依据，拖延支付（演示）',
        amount: '975300.00',
        arrearIds: [arrear('dalad.public-utilities', 'DLT-GY-2022-058')],
        projectIds: [],
        recommendation: '依照条例第十二条整改',
        createdBy: 'demo-data',
      }),
      em.create(Finding, {
        id: stableId('finding#dalad-heating'),
        audit: dalad,
        unitId: stableId('dalad.investment-project-agency'),
        category: FindingCategory.DUTY_PERFORMANCE,
        description: '资金未落实即开工，施工单位垫资（演示）',
        amount: null,
        arrearIds: [arrear('dalad.investment-project-agency', 'DLT-DJ-2021-006')],
        projectIds: [stableId('project#dalad.heating-network')],
        recommendation: '严禁无来源开工，清理垫资',
        createdBy: 'demo-data',
      }),
    ];
    em.create(Rectification, {
      id: stableId('rectification#ejinhoro'),
      finding: findings[0]!,
      unitId: findings[0]!.unitId,
      measure: RectificationMeasure.INSTALMENT_PAYMENT,
      deadline: '2027-01-31',
      status: RectificationStatus.OPEN,
    });
    em.create(Rectification, {
      id: stableId('rectification#dalad-utilities'),
      finding: findings[1]!,
      unitId: findings[1]!.unitId,
      measure: RectificationMeasure.TIME_BOUND_CLEARANCE,
      deadline: '2026-09-30',
      status: RectificationStatus.OPEN,
    });

    const inspections: [string, string, InspectionItem[], string | null][] = [
      [
        'dalad.housing-construction',
        '2026-10-15',
        [InspectionItem.LEDGER_ACCURACY, InspectionItem.PLAN_EXECUTION],
        '一笔欠款未纳入还款计划（演示）',
      ],
      [
        'dalad.investment-project-agency',
        '2026-11-05',
        [
          InspectionItem.PLAN_EXECUTION,
          InspectionItem.PROJECT_APPROVAL,
          InspectionItem.FISCAL_FUNDS_USE,
        ],
        '供热管网项目资金未落实即开工（演示）',
      ],
      ['dalad.education-sports', '2026-09-20', [InspectionItem.LEDGER_ACCURACY], null],
      [
        'dalad.public-utilities',
        '2026-08-12',
        [InspectionItem.LEDGER_ACCURACY, InspectionItem.ASSET_DISPOSAL],
        '还款进度滞后（演示）',
      ],
    ];
    for (const [unit, on, items, issues] of inspections) {
      em.create(Inspection, {
        id: stableId(`inspection#${unit}#${on}`),
        unitId: stableId(unit),
        inspectedOn: on,
        items,
        issuesFound: issues,
        inspectorId: 'demo-data',
      });
    }

    em.create(SupervisionCase, {
      id: stableId('case#dalad-utilities'),
      targetUnitId: stableId('dalad.public-utilities'),
      measure: CaseMeasure.LISTED_SUPERVISION,
      trigger: CaseTrigger.SLOW_PROGRESS,
      description: '清偿进度滞后，挂牌督办（演示）',
      openedOn: '2026-09-01',
      deadline: '2026-10-31',
      status: CaseStatus.OPEN,
      arrearIds: [arrear('dalad.public-utilities', 'DLT-GY-2022-058')],
      createdBy: 'demo-data',
    });
    em.create(SupervisionCase, {
      id: stableId('case#dalad-agency'),
      targetUnitId: stableId('dalad.investment-project-agency'),
      measure: CaseMeasure.DEADLINE,
      trigger: CaseTrigger.PLAN_DEFAULT,
      description: '还款计划逾期，限期办结（演示）',
      openedOn: '2026-11-10',
      deadline: '2027-01-15',
      status: CaseStatus.OPEN,
      arrearIds: [arrear('dalad.investment-project-agency', 'DLT-DJ-2021-006')],
      createdBy: 'demo-data',
    });
    em.create(SupervisionCase, {
      id: stableId('case#wutaishan-2023'),
      targetUnitId: stableId('wutaishan.finance'),
      measure: CaseMeasure.SUPERVISION_NOTICE,
      trigger: CaseTrigger.SLOW_PROGRESS,
      description: '未按8月底要求签订还款协议（演示）',
      openedOn: '2023-09-05',
      deadline: '2023-10-31',
      status: CaseStatus.CLOSED,
      outcome: '已督促制定计划',
      closedOn: '2023-11-10',
      arrearIds: [],
      createdBy: 'demo-data',
    });

    em.create(Penalty, {
      id: stableId('penalty#ye.transport'),
      unitId: stableId('ye.transport'),
      reason: '拖欠中小企业账款且拒不履行还款计划（演示）',
      measures: ['限制参与政府采购', '压减一般性支出'],
      listedOn: '2026-05-20',
      status: PenaltyStatus.LISTED,
    });

    // Published 2023 disclosures of the Wutaishan programme (docs/programmes.md), with the ledger's
    // figures at 2023-12-31.
    em.create(Disclosure, {
      id: stableId('disclosure#wutaishan.tourism#2023'),
      unitId: stableId('wutaishan.tourism'),
      unitName: '五台山风景名胜区旅游发展局',
      year: 2023,
      overdueContracts: 0,
      overdueAmount: '0.00',
      status: DisclosureStatus.PUBLISHED,
      publishedOn: '2024-03-28',
      late: false,
    });
    em.create(Disclosure, {
      id: stableId('disclosure#wutaishan.finance#2023'),
      unitId: stableId('wutaishan.finance'),
      unitName: '五台山风景名胜区财政局',
      year: 2023,
      overdueContracts: 1,
      overdueAmount: '158000.00',
      status: DisclosureStatus.PUBLISHED,
      publishedOn: '2024-03-28',
      late: false,
    });

    // Follow-up calls by the discipline group (监督执纪组) to the creditor enterprises reached.
    for (const [unit, firm, on, score] of [
      ['dalad.housing-construction', 'demo.dalad.hengtai-construction', '2026-06-10', 4],
      ['dalad.housing-construction', 'demo.dalad.ruifeng-materials', '2026-09-10', 3],
      ['dalad.education-sports', 'demo.dalad.tianyi-catering', '2026-07-01', 5],
    ] as const) {
      em.create(FollowUpCall, {
        id: stableId(`call#${unit}#${on}`),
        unitId: stableId(unit),
        enterpriseId: stableId(firm),
        calledOn: on,
        satisfaction: score,
        note: '电话回访（演示）',
        recordedBy: 'demo-data',
        recordedByUnitId: stableId('dalad.discipline'),
        recordedByRoles: ['INSPECTOR'],
      });
    }
    await em.flush();
  }
}
