// REGISTER_CREDITORS: the enterprises a debtor's ledger spreadsheet names by credit code and name
// and the registry does not have yet, registered here, where enterprises live (the arrears
// subgraph's importLedger with registerUnknownCreditors). Each is a private enterprise in the
// debtor's region with the name the sheet gives; it names the debtor it came from
// (registeredFromLedgerOf), which is the relation the debtor's clerk registers it through: the
// person must hold the debtor, and createEntity checks it and audits every new unit. Idempotent on
// the credit code: an enterprise already registered is answered as it is, whatever name the sheet
// writes (the import then reports a name that does not match).
import {
  ConflictError,
  createEntities,
  NotFoundError,
  Problems,
  REGISTER_CREDITORS,
  servePostContract,
  unitDirectory,
  type RegisteredCreditor,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import type { RequiredEntityData } from '@mikro-orm/core';
import { directoryUnits } from '../contracts/unit-directory.contract.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationKind } from './organisation.enums.js';
import { checkRegistration } from './organisation.validation.js';
import { organisationsMessages as msg } from '../messages.js';

// A function, so that the message is rendered in the language of the request that meets it.
const conflicts = () => ({
  unique: { organisation_credit_code_unique: msg.creditCodeTakenByImport() },
});

async function registeredByCode(ctx: SubgraphContext, codes: string[]) {
  const found = await ctx.em.find(Organisation, { creditCode: { $in: codes } }, { fields: ['id'] });
  return found.map((o) => o.id);
}

export const creditorRegistrationContract = servePostContract(
  REGISTER_CREDITORS,
  async ({ debtorId, creditors }, ctx) => {
    const debtor = await ctx.em.findOne(Organisation, { id: debtorId }, { fields: ['region'] });
    if (!debtor) throw new NotFoundError(msg.debtorUnit(), debtorId, 'input.unitId');
    const codes = [...new Set(creditors.map((c) => c.creditCode))];
    const known = new Set(
      (
        await ctx.em.find(Organisation, { creditCode: { $in: codes } }, { fields: ['creditCode'] })
      ).map((o) => o.creditCode!),
    );
    // One new enterprise per credit code, with the first name given for it.
    const problems = new Problems();
    const rows: RequiredEntityData<Organisation>[] = [];
    const seen = new Set<string>();
    creditors.forEach((c, i) => {
      if (known.has(c.creditCode) || seen.has(c.creditCode)) return;
      seen.add(c.creditCode);
      const checked = checkRegistration({
        name: c.name,
        kind: OrganisationKind.PRIVATE_ENTERPRISE,
        creditCode: c.creditCode,
        regionCode: debtor.region.code,
      });
      problems.merge(checked.problems, `creditors[${i}]`);
      rows.push({
        ...checked.value,
        region: debtor.region.code,
        registeredFromLedgerOf: debtorId,
      });
    });
    problems.throwIfAny('input');
    let created: Organisation[] = [];
    try {
      created = await createEntities(ctx, Organisation, rows, {
        as: ['region', 'ledger'],
        reason: '台账导入：欠款单位台账所列、尚未登记的债权企业',
        conflicts: conflicts(),
      });
    } catch (error) {
      // The same enterprise registered by another import in between: answer what is there now.
      if (!(error instanceof ConflictError)) throw error;
    }
    if (created.length) unitDirectory().invalidate();
    const createdIds = new Set(created.map((o) => o.id));
    const units = await directoryUnits(ctx.em, await registeredByCode(ctx, codes));
    const byCode = new Map(units.map((u) => [u.creditCode!, u]));
    return {
      creditors: codes.flatMap((code): RegisteredCreditor[] => {
        const unit = byCode.get(code);
        return unit ? [{ unit, created: createdIds.has(unit.id) }] : [];
      }),
    };
  },
);
