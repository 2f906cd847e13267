import { describe, expect, it } from 'vitest';
import { moneyLeft } from './figures.js';
import { dashboardPage } from './page.js';

describe('dashboard page', () => {
  it('carries a token only when the gateway hands it one (development), escaped', () => {
    const production = dashboardPage({ regionCode: '150621', documentId: 'sha256:abc' });
    expect(production).not.toContain('data-development-token');
    expect(production).not.toMatch(/<script>/); // no inline script: the CSP forbids them
    const development = dashboardPage({
      regionCode: '"><x',
      documentId: 'sha256:abc',
      developmentToken: 'eyJ.a.b',
    });
    expect(development).toContain('data-development-token="eyJ.a.b"');
    expect(development).not.toContain('"><x');
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
