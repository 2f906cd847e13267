// Enterprise size class under 《中小企业划型标准规定》(工信部联企业〔2011〕300号), domain.md §3.1.
// Pure: the facts in, the class and the reasoning out. For arrears the size counts as it was when
// the contract was signed (2025 regulation art. 3), so callers pass facts as of that date.
import { registerEnumType } from 'type-graphql';
import { toCents } from '@arrears-hub/subgraph-kit';

export enum Industry {
  AGRICULTURE = 'AGRICULTURE',
  INDUSTRY = 'INDUSTRY',
  CONSTRUCTION = 'CONSTRUCTION',
  WHOLESALE = 'WHOLESALE',
  RETAIL = 'RETAIL',
  TRANSPORT = 'TRANSPORT',
  WAREHOUSING = 'WAREHOUSING',
  POSTAL = 'POSTAL',
  ACCOMMODATION = 'ACCOMMODATION',
  CATERING = 'CATERING',
  INFORMATION_TRANSMISSION = 'INFORMATION_TRANSMISSION',
  SOFTWARE_IT_SERVICES = 'SOFTWARE_IT_SERVICES',
  REAL_ESTATE_DEVELOPMENT = 'REAL_ESTATE_DEVELOPMENT',
  PROPERTY_MANAGEMENT = 'PROPERTY_MANAGEMENT',
  LEASING_BUSINESS_SERVICES = 'LEASING_BUSINESS_SERVICES',
  OTHER = 'OTHER',
}
registerEnumType(Industry, {
  name: 'Industry',
  description: 'The 16 industry groups of the 2011 SME size standard.',
  valuesConfig: {
    AGRICULTURE: { description: '农、林、牧、渔业' },
    INDUSTRY: { description: '工业 (采矿业, 制造业, 电力、热力、燃气及水生产和供应业)' },
    CONSTRUCTION: { description: '建筑业' },
    WHOLESALE: { description: '批发业' },
    RETAIL: { description: '零售业' },
    TRANSPORT: { description: '交通运输业 (不含铁路运输业)' },
    WAREHOUSING: { description: '仓储业' },
    POSTAL: { description: '邮政业' },
    ACCOMMODATION: { description: '住宿业' },
    CATERING: { description: '餐饮业' },
    INFORMATION_TRANSMISSION: { description: '信息传输业 (电信、互联网和相关服务)' },
    SOFTWARE_IT_SERVICES: { description: '软件和信息技术服务业' },
    REAL_ESTATE_DEVELOPMENT: { description: '房地产开发经营' },
    PROPERTY_MANAGEMENT: { description: '物业管理' },
    LEASING_BUSINESS_SERVICES: { description: '租赁和商务服务业' },
    OTHER: {
      description: '其他未列明行业 (科研技术, 水利环境公共设施, 居民服务, 社会工作, 文体娱乐 …)',
    },
  },
});

export enum SizeClass {
  LARGE = 'LARGE',
  MEDIUM = 'MEDIUM',
  SMALL = 'SMALL',
  MICRO = 'MICRO',
}
registerEnumType(SizeClass, {
  name: 'SizeClass',
  valuesConfig: {
    LARGE: { description: '大型' },
    MEDIUM: { description: '中型' },
    SMALL: { description: '小型' },
    MICRO: { description: '微型' },
  },
});

/** E = employees (从业人员), R = revenue (营业收入), A = total assets (资产总额). */
type Metric = 'E' | 'R' | 'A';
/** A band: every listed metric at or above its threshold (R and A in 万元). */
type Band = Partial<Record<Metric, number>>;

interface IndustryRule {
  metrics: Metric[];
  /** SME if ANY metric is below its ceiling ("X以下或Y以下"). */
  smeCeiling: Band;
  /** Medium if ALL metrics are at or above ("X及以上，且Y及以上"); likewise small. Micro otherwise. */
  medium: Band;
  small: Band;
}

// domain.md §3.1, row by row. "以下" is read as "<" and "及以上" as "≥", as the standard writes them.
export const SIZE_RULES: Record<Industry, IndustryRule> = {
  AGRICULTURE: { metrics: ['R'], smeCeiling: { R: 20000 }, medium: { R: 500 }, small: { R: 50 } },
  INDUSTRY: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 1000, R: 40000 },
    medium: { E: 300, R: 2000 },
    small: { E: 20, R: 300 },
  },
  CONSTRUCTION: {
    metrics: ['R', 'A'],
    smeCeiling: { R: 80000, A: 80000 },
    medium: { R: 6000, A: 5000 },
    small: { R: 300, A: 300 },
  },
  WHOLESALE: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 200, R: 40000 },
    medium: { E: 20, R: 5000 },
    small: { E: 5, R: 1000 },
  },
  RETAIL: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 300, R: 20000 },
    medium: { E: 50, R: 500 },
    small: { E: 10, R: 100 },
  },
  TRANSPORT: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 1000, R: 30000 },
    medium: { E: 300, R: 3000 },
    small: { E: 20, R: 200 },
  },
  WAREHOUSING: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 200, R: 30000 },
    medium: { E: 100, R: 1000 },
    small: { E: 20, R: 100 },
  },
  POSTAL: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 1000, R: 30000 },
    medium: { E: 300, R: 2000 },
    small: { E: 20, R: 100 },
  },
  ACCOMMODATION: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 300, R: 10000 },
    medium: { E: 100, R: 2000 },
    small: { E: 10, R: 100 },
  },
  CATERING: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 300, R: 10000 },
    medium: { E: 100, R: 2000 },
    small: { E: 10, R: 100 },
  },
  INFORMATION_TRANSMISSION: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 2000, R: 100000 },
    medium: { E: 100, R: 1000 },
    small: { E: 10, R: 100 },
  },
  SOFTWARE_IT_SERVICES: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 300, R: 10000 },
    medium: { E: 100, R: 1000 },
    small: { E: 10, R: 50 },
  },
  REAL_ESTATE_DEVELOPMENT: {
    metrics: ['R', 'A'],
    smeCeiling: { R: 200000, A: 10000 },
    medium: { R: 1000, A: 5000 },
    small: { R: 100, A: 2000 },
  },
  PROPERTY_MANAGEMENT: {
    metrics: ['E', 'R'],
    smeCeiling: { E: 1000, R: 5000 },
    medium: { E: 300, R: 1000 },
    small: { E: 100, R: 500 },
  },
  LEASING_BUSINESS_SERVICES: {
    metrics: ['E', 'A'],
    smeCeiling: { E: 300, A: 120000 },
    medium: { E: 100, A: 8000 },
    small: { E: 10, A: 100 },
  },
  OTHER: { metrics: ['E'], smeCeiling: { E: 300 }, medium: { E: 100 }, small: { E: 10 } },
};

export interface SizeFacts {
  industry: Industry;
  employees?: number | null;
  /** 营业收入 in yuan, decimal string. */
  revenue?: string | null;
  /** 资产总额 in yuan, decimal string. */
  totalAssets?: string | null;
}

export type SizeClassification =
  { sizeClass: SizeClass; basis: string } | { sizeClass: null; missing: Metric[]; basis: string };

const METRIC_NAMES: Record<Metric, string> = { E: 'employees', R: 'revenue', A: 'totalAssets' };

/** Values in the standard's units: people, and 万元 scaled to fen (1 万元 = 1,000,000 fen). */
function valueOf(facts: SizeFacts, metric: Metric): bigint | null {
  if (metric === 'E')
    return facts.employees === null || facts.employees === undefined
      ? null
      : BigInt(facts.employees);
  const money = metric === 'R' ? facts.revenue : facts.totalAssets;
  return money === null || money === undefined ? null : toCents(money);
}

function threshold(metric: Metric, value: number): bigint {
  return metric === 'E' ? BigInt(value) : BigInt(value) * 1_000_000n;
}

function allAtOrAbove(values: Record<Metric, bigint | null>, band: Band): boolean {
  return (Object.entries(band) as [Metric, number][]).every(
    ([m, t]) => (values[m] as bigint) >= threshold(m, t),
  );
}

export function metricsFor(industry: Industry): string[] {
  return SIZE_RULES[industry].metrics.map((m) => METRIC_NAMES[m]);
}

export function classifyEnterpriseSize(facts: SizeFacts): SizeClassification {
  const rule = SIZE_RULES[facts.industry];
  const values = { E: valueOf(facts, 'E'), R: valueOf(facts, 'R'), A: valueOf(facts, 'A') };
  const missing = rule.metrics.filter((m) => values[m] === null);
  if (missing.length) {
    return {
      sizeClass: null,
      missing,
      basis: `Cannot classify: the ${facts.industry} rule needs ${missing.map((m) => METRIC_NAMES[m]).join(' and ')}.`,
    };
  }
  const isSme = (Object.entries(rule.smeCeiling) as [Metric, number][]).some(
    ([m, t]) => (values[m] as bigint) < threshold(m, t),
  );
  const describe = (band: Band, joiner: string, cmp: string) =>
    (Object.entries(band) as [Metric, number][])
      .map(([m, t]) => `${METRIC_NAMES[m]} ${cmp} ${t}${m === 'E' ? '' : ' 万元'}`)
      .join(joiner);
  if (!isSme) {
    return {
      sizeClass: SizeClass.LARGE,
      basis: `Not below any SME ceiling (${describe(rule.smeCeiling, ' or ', '<')}).`,
    };
  }
  if (allAtOrAbove(values, rule.medium)) {
    return {
      sizeClass: SizeClass.MEDIUM,
      basis: `SME with ${describe(rule.medium, ' and ', '≥')}.`,
    };
  }
  if (allAtOrAbove(values, rule.small)) {
    return {
      sizeClass: SizeClass.SMALL,
      basis: `SME with ${describe(rule.small, ' and ', '≥')}, below medium.`,
    };
  }
  return {
    sizeClass: SizeClass.MICRO,
    basis: `SME below the small band (${describe(rule.small, ' and ', '≥')}).`,
  };
}
