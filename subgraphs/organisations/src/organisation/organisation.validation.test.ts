import { describe, expect, it } from 'vitest';
import { Industry, SizeClass } from '../rules/enterprise-size.js';
import { OrganisationKind, Ownership } from './organisation.enums.js';
import { checkChanges, checkRegistration, enterpriseProblems } from './organisation.validation.js';

const self = '00000000-0000-4000-8000-000000000001';

describe('checkRegistration', () => {
  it('normalises the texts, defaults the ownership and classifies the size', () => {
    const { problems, value } = checkRegistration({
      name: '  测试建材\u200B有限公司  ',
      shortName: '   ',
      kind: OrganisationKind.PRIVATE_ENTERPRISE,
      creditCode: '91310115591693856A',
      regionCode: '150621',
      size: {
        industry: Industry.INDUSTRY,
        employees: 50,
        revenue: '5000000.00',
        asOf: '2024-12-31',
      },
    });
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      name: '测试建材有限公司',
      shortName: null,
      ownership: Ownership.PRIVATE,
      sizeClass: SizeClass.SMALL,
      sizeFactsAsOf: '2024-12-31',
    });
  });

  it('reports every problem at once, keyed by the domain field', () => {
    const { problems } = checkRegistration({
      name: ' ',
      shortName: 'x'.repeat(101),
      kind: OrganisationKind.STATE_OWNED_ENTERPRISE,
      regionCode: '150621',
      size: { industry: Industry.OTHER, employees: -1, asOf: '2099-01-01' },
    });
    expect(problems.map((p) => p.field)).toEqual([
      'name',
      'shortName',
      'creditCode',
      'size.employees',
      'size.asOf',
    ]);
    expect(problems.every((p) => /[\u4e00-\u9fff]/.test(p.message))).toBe(true);
  });

  it('refuses a NUL in a text instead of storing it', () => {
    const { problems } = checkRegistration({
      name: '某\u0000单位',
      kind: OrganisationKind.PUBLIC_INSTITUTION,
      regionCode: '150621',
    });
    expect(problems.map((p) => p.field)).toEqual(['name']);
  });
});

describe('checkChanges', () => {
  it('changes only what is given; null clears optional texts and the size', () => {
    expect(checkChanges(self, { shortName: null, size: null }).value).toEqual({
      shortName: null,
      industry: null,
      employees: null,
      revenue: null,
      totalAssets: null,
      sizeFactsAsOf: null,
      sizeClass: null,
      sizeBasis: null,
    });
    expect(checkChanges(self, { name: null, kind: null }).value).toEqual({});
  });

  it('reports every problem at once', () => {
    const { problems } = checkChanges(self, {
      name: '',
      subKind: 'y'.repeat(101),
      supervisorId: self,
    });
    expect(problems.map((p) => p.field)).toEqual(['name', 'subKind', 'supervisorId']);
  });
});

describe('enterpriseProblems', () => {
  it('an enterprise needs its credit code; an agency does not', () => {
    expect(enterpriseProblems(OrganisationKind.LARGE_ENTERPRISE, null)).toHaveLength(1);
    expect(enterpriseProblems(OrganisationKind.LARGE_ENTERPRISE, '91310115591693856A')).toEqual([]);
    expect(enterpriseProblems(OrganisationKind.GOVERNMENT_DEPARTMENT, null)).toEqual([]);
  });
});
