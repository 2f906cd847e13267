// Enterprise size class under 《中小企业划型标准规定》(工信部联企业〔2011〕300号), docs/domain/registry.md.
// Pure: the facts in, the class and the reasoning out. For arrears the size counts as it was when
// the contract was signed (2025 regulation art. 3, docs/domain/regulation.md), so callers pass
// facts as of that date. The GraphQL enums are registered from these lists in
// organisation/enterprise-size.type.ts.
import { toCents } from '@arrears-hub/protocol/money';

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

/** The standard's name of each industry group, with what it covers in brackets. */
export const INDUSTRY_NAMES: Readonly<Record<Industry, string>> = {
  AGRICULTURE: '农、林、牧、渔业',
  INDUSTRY: '工业 (采矿业, 制造业, 电力、热力、燃气及水生产和供应业)',
  CONSTRUCTION: '建筑业',
  WHOLESALE: '批发业',
  RETAIL: '零售业',
  TRANSPORT: '交通运输业 (不含铁路运输业)',
  WAREHOUSING: '仓储业',
  POSTAL: '邮政业',
  ACCOMMODATION: '住宿业',
  CATERING: '餐饮业',
  INFORMATION_TRANSMISSION: '信息传输业 (电信、互联网和相关服务)',
  SOFTWARE_IT_SERVICES: '软件和信息技术服务业',
  REAL_ESTATE_DEVELOPMENT: '房地产开发经营',
  PROPERTY_MANAGEMENT: '物业管理',
  LEASING_BUSINESS_SERVICES: '租赁和商务服务业',
  OTHER: '其他未列明行业 (科研技术, 水利环境公共设施, 居民服务, 社会工作, 文体娱乐 …)',
};

export enum SizeClass {
  LARGE = 'LARGE',
  MEDIUM = 'MEDIUM',
  SMALL = 'SMALL',
  MICRO = 'MICRO',
}

export const SIZE_CLASS_NAMES: Readonly<Record<SizeClass, string>> = {
  LARGE: '大型',
  MEDIUM: '中型',
  SMALL: '小型',
  MICRO: '微型',
};

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

// The standard's table (docs/domain/registry.md), row by row. "以下" is read as "<" and "及以上" as "≥", as the standard writes them.
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

/** The facts' field names, as the size input and the entity call them. */
const METRIC_FIELDS: Record<Metric, string> = { E: 'employees', R: 'revenue', A: 'totalAssets' };
/** How the standard names them, for the basis a clerk reads (with the field name). */
const METRIC_LABELS: Record<Metric, string> = {
  E: '从业人员（employees）',
  R: '营业收入（revenue）',
  A: '资产总额（totalAssets）',
};

/** The industry's name without the bracketed list of what it covers. */
const shortName = (industry: Industry) => INDUSTRY_NAMES[industry].split(' (')[0]!;

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
  return SIZE_RULES[industry].metrics.map((m) => METRIC_FIELDS[m]);
}

export function classifyEnterpriseSize(facts: SizeFacts): SizeClassification {
  const rule = SIZE_RULES[facts.industry];
  const values = { E: valueOf(facts, 'E'), R: valueOf(facts, 'R'), A: valueOf(facts, 'A') };
  const missing = rule.metrics.filter((m) => values[m] === null);
  if (missing.length) {
    return {
      sizeClass: null,
      missing,
      basis: `无法划型：${shortName(facts.industry)}的标准需要${missing.map((m) => METRIC_LABELS[m]).join('和')}。`,
    };
  }
  const isSme = (Object.entries(rule.smeCeiling) as [Metric, number][]).some(
    ([m, t]) => (values[m] as bigint) < threshold(m, t),
  );
  const describe = (band: Band, joiner: string, cmp: string) =>
    (Object.entries(band) as [Metric, number][])
      .map(([m, t]) => `${METRIC_LABELS[m]} ${cmp} ${t}${m === 'E' ? ' 人' : ' 万元'}`)
      .join(joiner);
  if (!isSme) {
    return {
      sizeClass: SizeClass.LARGE,
      basis: `大型：不满足任何一项中小企业上限（${describe(rule.smeCeiling, '或', '<')}）。`,
    };
  }
  if (allAtOrAbove(values, rule.medium)) {
    return {
      sizeClass: SizeClass.MEDIUM,
      basis: `中型：中小企业，且${describe(rule.medium, '、', '≥')}。`,
    };
  }
  if (allAtOrAbove(values, rule.small)) {
    return {
      sizeClass: SizeClass.SMALL,
      basis: `小型：中小企业，${describe(rule.small, '、', '≥')}，未达中型标准。`,
    };
  }
  return {
    sizeClass: SizeClass.MICRO,
    basis: `微型：中小企业，未达小型标准（${describe(rule.small, '且', '≥')}）。`,
  };
}
