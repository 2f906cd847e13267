// What a new region must satisfy, as problems keyed by field (every one at once). The code rules
// follow GB/T 2260 and the statistical township codes (docs/domain/registry.md).
import { checkText, Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { organisationsMessages as msg } from '../messages.js';

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
  const codeOk = p.check(/^\d{6}(\d{3})?$/.test(r.code), 'code', msg.regionCodeForm());
  if (codeOk && r.parentCode && r.code.length === 9) {
    const county = r.parentCode.slice(0, 6);
    p.check(r.code.startsWith(county), 'code', msg.townshipCodePrefix({ county }));
  }
  const name = checkText(p, r.name, 'name', { required: true, min: 1, max: 100 });
  return { problems: p.list, name };
}
