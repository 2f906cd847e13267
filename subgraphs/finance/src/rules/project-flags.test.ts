import { describe, expect, it } from 'vitest';
import { ProjectFlag } from '../entities/enums.js';
import { projectFlags } from './project-flags.js';

describe('project flags (政府投资条例)', () => {
  it('art. 34: 未批先建 — started before approval, or without any', () => {
    expect(
      projectFlags({
        approvedAmount: '1000.00',
        approvedOn: '2024-05-01',
        fundsSecuredOn: '2024-04-01',
        startedOn: '2024-04-15',
      }),
    ).toEqual([ProjectFlag.STARTED_BEFORE_APPROVAL]);
    expect(
      projectFlags({
        approvedAmount: '1000.00',
        startedOn: '2024-04-15',
        fundsSecuredOn: '2024-04-01',
      }),
    ).toEqual([ProjectFlag.STARTED_BEFORE_APPROVAL]);
  });

  it('arts. 20, 22: 无来源开工 and 垫资', () => {
    expect(
      projectFlags({
        approvedAmount: '1000.00',
        approvedOn: '2024-01-01',
        startedOn: '2024-02-01',
        contractorPrefinanced: true,
      }),
    ).toEqual([ProjectFlag.STARTED_WITHOUT_FUNDS, ProjectFlag.CONTRACTOR_PREFINANCED]);
    expect(
      projectFlags({
        approvedAmount: '1000.00',
        approvedOn: '2024-01-01',
        fundsSecuredOn: '2024-01-20',
        startedOn: '2024-02-01',
      }),
    ).toEqual([]);
  });

  it('arts. 12, 23: an estimate more than 10 % over the approved amount; seed 000: audit scope from ¥4,000,000', () => {
    expect(projectFlags({ approvedAmount: '1000000.00', estimateAmount: '1100000.00' })).toEqual(
      [],
    );
    expect(projectFlags({ approvedAmount: '1000000.00', estimateAmount: '1100000.01' })).toEqual([
      ProjectFlag.ESTIMATE_OVERRUN,
    ]);
    expect(projectFlags({ approvedAmount: '4000000.00' })).toEqual([ProjectFlag.AUDIT_SCOPE]);
    expect(projectFlags({ approvedAmount: '3999999.99' })).toEqual([]);
    expect(projectFlags({ approvedAmount: '10.00', majorLivelihood: true })).toEqual([
      ProjectFlag.AUDIT_SCOPE,
    ]);
  });
});
