// Small builders for test data, always through the public API (no shortcuts into databases).
import { ADMIN, data } from './client.ts';

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
