// Small builders for test data, always through the public API (no shortcuts into databases).
import { creditCodeCheckCharacter } from '@arrears-hub/protocol';
import { ADMIN, data, hub } from './client.ts';

/** Asks every subgraph (or only `names`) to reload its copy of the registry now (development
 * only); false where a subgraph has no such route, and the caller waits for the 30-second refresh
 * of the unit directory instead. */
export async function refreshDirectories(names?: readonly string[]): Promise<boolean> {
  let all = true;
  for (const [name, url] of Object.entries(hub().subgraphUrls)) {
    if (names && !names.includes(name)) continue;
    const response = await fetch(new URL('/debug/directory/refresh', url!), { method: 'POST' });
    if (!response.ok) all = false;
  }
  return all;
}

/** A test region (not an official code) under `parentCode`; nothing is written when the code is
 * registered already (a file re-run against the same hub). */
export async function registerRegion(
  code: string,
  name: string,
  level: string,
  parentCode: string,
): Promise<void> {
  const existing = await data<any>(`query($c: ID!) { region(code: $c) { code } }`, { c: code });
  if (existing.region) return;
  await data(
    `mutation($i: RegisterRegionInput!) { registerRegion(input: $i) { code } }`,
    { i: { code, name, level, parentCode, officialCode: false } },
    ADMIN,
  );
}

let counter = 0;
export const unique = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** A debtor agency and a private creditor from the demo data. */
export async function demoParties(): Promise<{ debtorId: string; creditorId: string }> {
  const result = await data<any>(`{
    debtor: organisations(first: 1, filter: { kinds: [GOVERNMENT_DEPARTMENT], regionCode: "150621" }) { edges { node { id } } }
    creditor: organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } }
  }`);
  return { debtorId: result.debtor.edges[0].node.id, creditorId: result.creditor.edges[0].node.id };
}

export interface NewArrear {
  id: string;
  version: number;
  status?: string;
}

/** Registers a fresh debt (ADMIN) and returns its id and version. */
export async function newArrear(overrides: Record<string, unknown> = {}): Promise<NewArrear> {
  const parties = await demoParties();
  const result = await data<any>(
    `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version } }`,
    {
      i: {
        ...parties,
        contractNo: unique('HT'),
        contractSignedOn: '2024-01-10',
        subject: 'WORKS',
        amountDue: '1000.00',
        deliveredOn: '2024-02-01',
        ...overrides,
      },
    },
    ADMIN,
  );
  return result.registerArrear;
}

export async function verified(overrides: Record<string, unknown> = {}): Promise<NewArrear> {
  const arrear = await newArrear(overrides);
  const result = await data<any>(
    `mutation($i: VerifyArrearInput!) { verifyArrear(input: $i) { id version status } }`,
    {
      i: {
        arrearId: arrear.id,
        expectedVersion: arrear.version,
        verifiedOn: '2024-06-01',
        evidence: '合同及验收单核对一致',
      },
    },
    ADMIN,
  );
  return result.verifyArrear;
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh, valid 统一社会信用代码 (GB 32100-2015 check character). */
export function newCreditCode(): string {
  let body = '91150621';
  for (let i = 0; i < 9; i++) body += CODE_ALPHABET[Math.floor(Math.random() * 31)];
  return body + creditCodeCheckCharacter(body);
}

/** A new debtor unit (a department of 达拉特旗, or `kind`), so a summary holds only a test's debts. */
export async function newDebtorUnit(
  name = unique('测试局'),
  kind = 'GOVERNMENT_DEPARTMENT',
  regionCode = '150621',
): Promise<string> {
  const result = await data<any>(
    `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
    { i: { name, kind, regionCode } },
    ADMIN,
  );
  return result.registerOrganisation.id;
}

/** A new private enterprise with size facts (2011 standard, industry OTHER: 10–99 employees is
 * small, 300 or more large) as of `asOf`. */
export async function newEnterprise(
  employees: number,
  asOf: string,
  name = unique('测试企业'),
): Promise<string> {
  const result = await data<any>(
    `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id size { sizeClass } } }`,
    {
      i: {
        name,
        kind: 'PRIVATE_ENTERPRISE',
        regionCode: '150621',
        creditCode: newCreditCode(),
        ownership: 'PRIVATE',
        size: { industry: 'OTHER', employees, asOf },
      },
    },
    ADMIN,
  );
  return result.registerOrganisation.id;
}
