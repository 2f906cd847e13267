import { describe, expect, it } from 'vitest';
import { moneyLeft, percent, wan, yuan } from './money.js';
import { BULLETIN_CSS, bulletinPage, dashboardPage } from './page.js';

describe('dashboard page', () => {
  it('carries a token only when the gateway hands it one (development), escaped', () => {
    const production = dashboardPage({
      regionCode: '150621',
      documents: { Dashboard: 'sha256:abc' },
    });
    expect(production).not.toContain('data-development-token');
    expect(production).not.toMatch(/<script>/); // no inline script: the CSP forbids them
    const development = dashboardPage({
      regionCode: '"><x',
      documents: { Dashboard: 'sha256:abc' },
      developmentToken: 'eyJ.a.b',
    });
    expect(development).toContain('data-development-token="eyJ.a.b"');
    expect(development).not.toContain('"><x');
    // The ids travel as JSON in an attribute, escaped.
    expect(development).toContain('data-documents="{&#34;Dashboard&#34;:&#34;sha256:abc&#34;}"');
  });

  it('prints the bulletin without inline script, with its month', () => {
    const bulletin = bulletinPage({
      regionCode: '150621',
      period: '2026-10',
      documents: { Bulletin: 'sha256:abc' },
    });
    expect(bulletin).not.toMatch(/<script>/);
    expect(bulletin).toContain('data-period="2026-10"');
    expect(bulletin).toContain('/dashboard/bulletin.css');
    expect(BULLETIN_CSS).toMatch(/@media print/);
  });
});

describe('moneyLeft', () => {
  it('subtracts Money strings exactly, in cents', () => {
    expect(moneyLeft('17734565.44', ['0.10', '0.20'])).toBe('17734565.14');
    expect(moneyLeft('0.30', ['0.10', '0.20'])).toBe('0.00');
    expect(moneyLeft('1.00', ['1.05'])).toBe('-0.05');
    expect(moneyLeft('100.00', [])).toBe('100.00');
  });
});

describe('amounts in 万元', () => {
  it('rounds the exact cents half away from zero, with separators', () => {
    expect(wan('14848700.01')).toBe('1,484.87');
    expect(wan('14848750.00')).toBe('1,484.88'); // exactly half a hundredth of 万元: up
    expect(wan('14848749.99')).toBe('1,484.87');
    expect(wan('5000')).toBe('0.50');
    expect(wan('49.99')).toBe('0.00');
    expect(wan('50.00')).toBe('0.01');
    expect(wan('0')).toBe('0.00');
    expect(wan('-12345678.9')).toBe('-1,234.57');
    expect(wan('123456789012345.67')).toBe('12,345,678,901.23'); // beyond a float's exact cents
  });
  it('shows yuan with separators and shares as percentages', () => {
    expect(yuan('14848700.01')).toBe('14,848,700.01');
    expect(yuan('999.5')).toBe('999.50');
    expect(yuan('-1000')).toBe('-1,000.00');
    expect(percent(0.1235)).toBe('12.35%');
    expect(percent(1)).toBe('100.00%');
    expect(percent(null)).toBe('—');
  });
  it('refuses what is not an amount', () => {
    expect(() => wan('1.234')).toThrow(/不是金额/);
    expect(() => wan('1e5')).toThrow(/不是金额/);
  });
});
