// What a new region must satisfy, as problems keyed by field (every one at once). The code rules
// follow GB/T 2260 and the statistical township codes (docs/domain/registry.md).
import { checkText, Problems, type Problem } from '@arrears-hub/subgraph-kit';

export interface RegionRegistration {
  code: string;
  name: string;
  parentCode?: string | null;
}

/** The registration as stored: the name normalised. */
export interface CheckedRegion {
  problems: Problem[];
  name: string | null;
}

export function checkRegionRegistration(r: RegionRegistration): CheckedRegion {
  const p = new Problems();
  const codeOk = p.check(
    /^\d{6}(\d{3})?$/.test(r.code),
    'code',
    '区划代码为 6 位数字（县级及以上）或 9 位数字（乡级）。',
  );
  if (codeOk && r.parentCode && r.code.length === 9) {
    const county = r.parentCode.slice(0, 6);
    p.check(r.code.startsWith(county), 'code', `乡级区划代码应以所属县级代码（${county}）开头。`);
  }
  const name = checkText(p, r.name, 'name', { required: true, min: 1, max: 100 });
  return { problems: p.list, name };
}
