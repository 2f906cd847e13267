import { describe, expect, it } from 'vitest';
import { ProjectFlag, projectFlags, unacknowledgedFlags } from './project-flags.js';

const THRESHOLD = '4000000.00';
const flagsOf = (p: Parameters<typeof projectFlags>[0]) => projectFlags(p, THRESHOLD);

describe('project flags (政府投资条例)', () => {
  it('art. 34: 未批先建 — started before approval, or without any', () => {
    expect(
      flagsOf({
        approvedAmount: '1000.00',
        approvedOn: '2024-05-01',
        fundsSecuredOn: '2024-04-01',
        startedOn: '2024-04-15',
      }),
    ).toEqual([ProjectFlag.STARTED_BEFORE_APPROVAL]);
    expect(
      flagsOf({
        approvedAmount: '1000.00',
        startedOn: '2024-04-15',
        fundsSecuredOn: '2024-04-01',
      }),
    ).toEqual([ProjectFlag.STARTED_BEFORE_APPROVAL]);
  });

  it('arts. 20, 22: 无来源开工 and 垫资', () => {
    expect(
      flagsOf({
        approvedAmount: '1000.00',
        approvedOn: '2024-01-01',
        startedOn: '2024-02-01',
        contractorPrefinanced: true,
      }),
    ).toEqual([ProjectFlag.STARTED_WITHOUT_FUNDS, ProjectFlag.CONTRACTOR_PREFINANCED]);
    expect(
      flagsOf({
        approvedAmount: '1000.00',
        approvedOn: '2024-01-01',
        fundsSecuredOn: '2024-01-20',
        startedOn: '2024-02-01',
      }),
    ).toEqual([]);
  });

  it('arts. 12, 23: an estimate more than 10 % over the approved amount; the Ejin Horo audit scope from ¥4,000,000', () => {
    expect(flagsOf({ approvedAmount: '1000000.00', estimateAmount: '1100000.00' })).toEqual([]);
    expect(flagsOf({ approvedAmount: '1000000.00', estimateAmount: '1100000.01' })).toEqual([
      ProjectFlag.ESTIMATE_OVERRUN,
    ]);
    expect(flagsOf({ approvedAmount: '4000000.00' })).toEqual([ProjectFlag.AUDIT_SCOPE]);
    expect(flagsOf({ approvedAmount: '3999999.99' })).toEqual([]);
    expect(flagsOf({ approvedAmount: '10.00', majorLivelihood: true })).toEqual([
      ProjectFlag.AUDIT_SCOPE,
    ]);
  });

  it('the audit threshold is the caller’s setting', () => {
    expect(projectFlags({ approvedAmount: '500000.00' }, '500000.00')).toEqual([
      ProjectFlag.AUDIT_SCOPE,
    ]);
  });

  it('only 未批先建 and 无来源开工 must be acknowledged, and only those not listed', () => {
    const facts = {
      approvedAmount: '9000000.00',
      approvedOn: '2025-05-01',
      startedOn: '2025-04-20',
      contractorPrefinanced: true,
    };
    expect(unacknowledgedFlags(facts, [], THRESHOLD)).toEqual([
      ProjectFlag.STARTED_BEFORE_APPROVAL,
      ProjectFlag.STARTED_WITHOUT_FUNDS,
    ]);
    expect(unacknowledgedFlags(facts, [ProjectFlag.STARTED_WITHOUT_FUNDS], THRESHOLD)).toEqual([
      ProjectFlag.STARTED_BEFORE_APPROVAL,
    ]);
  });
});
