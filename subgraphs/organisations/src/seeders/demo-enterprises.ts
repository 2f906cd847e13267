// Invented enterprises for the demo: creditors (SMEs), one large private enterprise and a
// state-owned group with a subsidiary, so that every debtor kind of the programmes appears in the
// ledger. Names carry （演示） so nobody mistakes them for real companies. Other subgraphs' demo
// data refer to these by key (stableId(key)).
import { creditCodeCheckCharacter } from '@arrears-hub/subgraph-kit';
import { OrganisationKind } from '../organisation/organisation.enums.js';
import { Industry } from '../rules/enterprise-size.js';

export interface DemoEnterprise {
  key: string;
  name: string;
  kind: OrganisationKind;
  region: string;
  industry: Industry;
  employees?: number;
  /** 万元, converted to yuan when seeded. */
  revenueWan?: number;
  assetsWan?: number;
  parent?: string;
  supervisor?: string;
}

export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  {
    key: 'demo.dalad.hengtai-construction',
    name: '恒泰建筑工程有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '150621',
    industry: Industry.CONSTRUCTION,
    revenueWan: 6500,
    assetsWan: 5200,
  },
  {
    key: 'demo.dalad.ruifeng-materials',
    name: '瑞丰建材有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '150621',
    industry: Industry.INDUSTRY,
    employees: 45,
    revenueWan: 1800,
  },
  {
    key: 'demo.dalad.lvyuan-landscaping',
    name: '绿源园林绿化有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '150621101',
    industry: Industry.OTHER,
    employees: 28,
  },
  {
    key: 'demo.dalad.xinda-software',
    name: '信达软件技术有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '150621',
    industry: Industry.SOFTWARE_IT_SERVICES,
    employees: 35,
    revenueWan: 600,
  },
  {
    key: 'demo.dalad.anxin-property',
    name: '安馨物业服务有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '150621',
    industry: Industry.PROPERTY_MANAGEMENT,
    employees: 160,
    revenueWan: 700,
  },
  {
    key: 'demo.dalad.tianyi-catering',
    name: '天逸餐饮管理有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '150621',
    industry: Industry.CATERING,
    employees: 12,
    revenueWan: 150,
  },
  {
    key: 'demo.dalad.jinshi-transport',
    name: '金石运输有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '150621103',
    industry: Industry.TRANSPORT,
    employees: 8,
    revenueWan: 150,
  },
  {
    key: 'demo.dalad.energy-group',
    name: '北方示范能源集团有限公司（演示）',
    kind: OrganisationKind.LARGE_ENTERPRISE,
    region: '150621',
    industry: Industry.INDUSTRY,
    employees: 3500,
    revenueWan: 600000,
  },
  {
    key: 'demo.dalad.urban-investment',
    name: '达拉特旗城市建设投资有限公司（演示）',
    kind: OrganisationKind.STATE_OWNED_ENTERPRISE,
    region: '150621',
    industry: Industry.CONSTRUCTION,
    revenueWan: 90000,
    assetsWan: 1200000,
    supervisor: 'dalad.state-assets',
  },
  {
    key: 'demo.dalad.urban-investment.water',
    name: '达拉特旗城投水务有限公司（演示）',
    kind: OrganisationKind.STATE_OWNED_ENTERPRISE,
    region: '150621',
    industry: Industry.INDUSTRY,
    employees: 260,
    revenueWan: 8000,
    parent: 'demo.dalad.urban-investment',
    supervisor: 'dalad.state-assets',
  },
  {
    key: 'demo.ejinhoro.huaxing-municipal',
    name: '华兴市政工程有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '150627',
    industry: Industry.CONSTRUCTION,
    revenueWan: 9000,
    assetsWan: 7000,
  },
  {
    key: 'demo.chengqu.taihang-equipment',
    name: '太行机电设备有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '140502',
    industry: Industry.INDUSTRY,
    employees: 120,
    revenueWan: 3000,
  },
  {
    key: 'demo.chengqu.jinfeng-printing',
    name: '锦丰印务有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '140502',
    industry: Industry.INDUSTRY,
    employees: 15,
    revenueWan: 260,
  },
  {
    key: 'demo.ye.zhongyuan-roads',
    name: '中原路桥建设有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '410422',
    industry: Industry.CONSTRUCTION,
    revenueWan: 12000,
    assetsWan: 9000,
  },
  {
    key: 'demo.ye.kuntai-nylon',
    name: '坤泰尼龙制品有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '410422401',
    industry: Industry.INDUSTRY,
    employees: 260,
    revenueWan: 9000,
  },
  {
    key: 'demo.wutaishan.qingliang-services',
    name: '清凉旅游服务有限公司（演示）',
    kind: OrganisationKind.PRIVATE_ENTERPRISE,
    region: '140999',
    industry: Industry.LEASING_BUSINESS_SERVICES,
    employees: 40,
    assetsWan: 500,
  },
];

const ORG_CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organisation code check character over 8 characters. */
function organisationCodeCheck(body: string): string {
  const sum = [...body].reduce(
    (s, c, i) => s + ORG_CODE_ALPHABET.indexOf(c) * ORG_CODE_WEIGHTS[i]!,
    0,
  );
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** A well-formed, check-valid but invented credit code: 91 (工商/企业) + county code + serial. */
export function demoCreditCode(regionCode: string, serial: number): string {
  const body = `D${String(serial).padStart(7, '0')}`;
  const first17 = `91${regionCode.slice(0, 6)}${body}${organisationCodeCheck(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
