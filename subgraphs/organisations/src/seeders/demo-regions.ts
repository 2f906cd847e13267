// Region codes for the demo. County-level codes are GB/T 2260; the programmes give no township codes,
// so township-level codes follow the statistical pattern (county + 0xx 街道, 1xx 镇, 2xx 乡/苏木,
// 4xx 开发区) and are flagged officialCode = false. 五台山风景名胜区 has no GB/T 2260 code of its own.
import { RegionLevel } from '../region/region.enums.js';

export interface DemoRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  officialCode: boolean;
}

export const UPPER_REGIONS: DemoRegion[] = [
  {
    code: '150000',
    name: '内蒙古自治区',
    level: RegionLevel.PROVINCE,
    parentCode: null,
    officialCode: true,
  },
  {
    code: '140000',
    name: '山西省',
    level: RegionLevel.PROVINCE,
    parentCode: null,
    officialCode: true,
  },
  {
    code: '410000',
    name: '河南省',
    level: RegionLevel.PROVINCE,
    parentCode: null,
    officialCode: true,
  },
  {
    code: '150600',
    name: '鄂尔多斯市',
    level: RegionLevel.CITY,
    parentCode: '150000',
    officialCode: true,
  },
  {
    code: '140500',
    name: '晋城市',
    level: RegionLevel.CITY,
    parentCode: '140000',
    officialCode: true,
  },
  {
    code: '140900',
    name: '忻州市',
    level: RegionLevel.CITY,
    parentCode: '140000',
    officialCode: true,
  },
  {
    code: '410400',
    name: '平顶山市',
    level: RegionLevel.CITY,
    parentCode: '410000',
    officialCode: true,
  },
];

/** Codes the hub assigns where the seed gives none. */
export const ASSIGNED_CODES: Record<string, string> = { 五台山风景名胜区: '140999' };

const CHILD_SERIES: Partial<Record<RegionLevel, number>> = {
  [RegionLevel.SUBDISTRICT]: 1,
  [RegionLevel.TOWN]: 101,
  [RegionLevel.TOWNSHIP]: 201,
  [RegionLevel.SUMU]: 201,
  [RegionLevel.DEVELOPMENT_ZONE]: 401,
};

/** Gives each child without a code the next number in its level's series under the county code. */
export function assignChildCodes(
  countyCode: string,
  children: { name: string; level: string; code?: string | null }[],
) {
  const next = new Map<RegionLevel, number>();
  return children.map((child) => {
    const level = child.level as RegionLevel;
    if (child.code) return { ...child, level, code: child.code, officialCode: true };
    const n = next.get(level) ?? CHILD_SERIES[level] ?? 901;
    next.set(level, n + 1);
    return {
      ...child,
      level,
      code: `${countyCode}${String(n).padStart(3, '0')}`,
      officialCode: false,
    };
  });
}
