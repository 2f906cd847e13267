import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIT_PROJECT_THRESHOLD, readFinanceConfig } from './config.js';

describe('finance settings', () => {
  it('the audit threshold defaults to the Ejin Horo programme’s ¥4,000,000', () => {
    expect(readFinanceConfig({}).auditProjectThreshold).toBe(DEFAULT_AUDIT_PROJECT_THRESHOLD);
  });

  it('reads HUB_AUDIT_PROJECT_THRESHOLD as money, and refuses anything else at start-up', () => {
    expect(
      readFinanceConfig({ HUB_AUDIT_PROJECT_THRESHOLD: '5000000' }).auditProjectThreshold,
    ).toBe('5000000.00');
    expect(() => readFinanceConfig({ HUB_AUDIT_PROJECT_THRESHOLD: 'four million' })).toThrow(
      /HUB_AUDIT_PROJECT_THRESHOLD/,
    );
  });
});
