// Vectors from the table of 《中小企业划型标准规定》2011, arts. 4(1)–4(16) (docs/domain/registry.md).
import { describe, expect, it } from 'vitest';
import { classifyEnterpriseSize, Industry, SizeClass } from './enterprise-size.js';

const wan = (n: number) => `${n * 10000}.00`; // 万元 → yuan

describe('enterprise size (2011 standard)', () => {
  it('industry (art. 4(2)): 300 staff and 2000万 revenue is medium; 1000 staff and 40000万 is large', () => {
    expect(
      classifyEnterpriseSize({ industry: Industry.INDUSTRY, employees: 300, revenue: wan(2000) })
        .sizeClass,
    ).toBe(SizeClass.MEDIUM);
    expect(
      classifyEnterpriseSize({ industry: Industry.INDUSTRY, employees: 1000, revenue: wan(40000) })
        .sizeClass,
    ).toBe(SizeClass.LARGE);
    // Either metric under the ceiling makes it an SME ("或").
    expect(
      classifyEnterpriseSize({ industry: Industry.INDUSTRY, employees: 999, revenue: wan(90000) })
        .sizeClass,
    ).toBe(SizeClass.MEDIUM);
    expect(
      classifyEnterpriseSize({ industry: Industry.INDUSTRY, employees: 20, revenue: wan(300) })
        .sizeClass,
    ).toBe(SizeClass.SMALL);
    expect(
      classifyEnterpriseSize({ industry: Industry.INDUSTRY, employees: 19, revenue: wan(5000) })
        .sizeClass,
    ).toBe(SizeClass.MICRO);
  });

  it('construction (art. 4(3)) is judged on revenue and total assets', () => {
    expect(
      classifyEnterpriseSize({
        industry: Industry.CONSTRUCTION,
        revenue: wan(6000),
        totalAssets: wan(5000),
      }).sizeClass,
    ).toBe(SizeClass.MEDIUM);
    expect(
      classifyEnterpriseSize({
        industry: Industry.CONSTRUCTION,
        revenue: wan(6000),
        totalAssets: wan(4999),
      }).sizeClass,
    ).toBe(SizeClass.SMALL);
    expect(
      classifyEnterpriseSize({
        industry: Industry.CONSTRUCTION,
        revenue: wan(80000),
        totalAssets: wan(80000),
      }).sizeClass,
    ).toBe(SizeClass.LARGE);
    expect(
      classifyEnterpriseSize({
        industry: Industry.CONSTRUCTION,
        revenue: '2999999.99',
        totalAssets: wan(400),
      }).sizeClass,
    ).toBe(SizeClass.MICRO);
  });

  it('agriculture (art. 4(1)) uses revenue only; other industries (art. 4(16)) employees only', () => {
    expect(
      classifyEnterpriseSize({ industry: Industry.AGRICULTURE, revenue: wan(49) }).sizeClass,
    ).toBe(SizeClass.MICRO);
    expect(
      classifyEnterpriseSize({ industry: Industry.AGRICULTURE, revenue: wan(20000) }).sizeClass,
    ).toBe(SizeClass.LARGE);
    expect(classifyEnterpriseSize({ industry: Industry.OTHER, employees: 100 }).sizeClass).toBe(
      SizeClass.MEDIUM,
    );
    expect(classifyEnterpriseSize({ industry: Industry.OTHER, employees: 300 }).sizeClass).toBe(
      SizeClass.LARGE,
    );
  });

  it('leasing and business services (art. 4(15)) use employees and total assets', () => {
    expect(
      classifyEnterpriseSize({
        industry: Industry.LEASING_BUSINESS_SERVICES,
        employees: 100,
        totalAssets: wan(8000),
      }).sizeClass,
    ).toBe(SizeClass.MEDIUM);
    expect(
      classifyEnterpriseSize({
        industry: Industry.LEASING_BUSINESS_SERVICES,
        employees: 9,
        totalAssets: wan(8000),
      }).sizeClass,
    ).toBe(SizeClass.MICRO);
  });

  it('says which facts are missing instead of guessing', () => {
    const result = classifyEnterpriseSize({ industry: Industry.WHOLESALE, employees: 10 });
    expect(result.sizeClass).toBeNull();
    expect(result.basis).toContain('revenue');
  });
});
