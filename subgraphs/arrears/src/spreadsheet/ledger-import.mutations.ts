// The ledger import through GraphQL: a unit's template spreadsheet in (base64), a row-level report
// out. Written by the unit's jurisdiction (@Creates on its ledger, checked before anything else).
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  Creates,
  postContract,
  Problems,
  REGISTER_CREDITORS,
  unitDirectory,
  type SubgraphContext,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { debtorKindProblems } from '../ledger/arrear.validation.js';
import { importLedgerFile } from './ledger-import.js';
import { ImportLedgerInput, LedgerImportReport } from './spreadsheet.types.js';
import { arrearsMessages as msg } from '../messages.js';

/** A spreadsheet is at most this big once decoded: its base64 (4/3 larger) must fit the gateway's
 * 2 MB request limit (HUB_MAX_BODY_BYTES). 10,000 template rows take about 0.5 MB. */
export const MAX_FILE_BYTES = 1_400_000;

/** Decodes the upload, refusing what is not base64 or too big before any parsing. */
function decodeFile(base64: string): { file: Buffer | null; problems: Problems } {
  const problems = new Problems();
  const text = base64.replace(/^data:[^,]*,/, '').replace(/\s/g, '');
  if (!text || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    problems.add('fileBase64', msg.fileNotBase64Xlsx());
  else if ((text.length * 3) / 4 > MAX_FILE_BYTES)
    problems.add(
      'fileBase64',
      msg.fileOverMegabytes({ megabytes: (MAX_FILE_BYTES / 1_000_000).toFixed(1) }),
    );
  return { file: problems.empty ? Buffer.from(text, 'base64') : null, problems };
}

@Resolver()
export class LedgerImportResolver {
  @Authorized('ADMIN', 'LEADING_GROUP', 'BUREAU')
  @Mutation(() => LedgerImportReport, {
    description:
      'Imports a unit’s ledger from the template spreadsheet. Every row is checked like registerArrear; a debt already in the ledger (same creditor and contract number) is left unchanged.',
  })
  @Creates(Arrear, { debtor: 'input.unitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs({ ref: 'input.unit', id: 'input.unitId', ownUnit: true })
  async importLedger(
    @Arg('input', () => ImportLedgerInput) input: ImportLedgerInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LedgerImportReport> {
    requireNamedUnits(input, { unitId: 'unit' });
    const { file, problems } = decodeFile(input.fileBase64);
    const directory = unitDirectory();
    const debtor = (await directory.get([input.unitId])).get(input.unitId);
    if (!debtor) problems.add('unitId', msg.noSuchUnitRegisterFirst({ id: input.unitId }));
    else problems.merge(debtorKindProblems(debtor, 'unitId'));
    problems.throwIfAny('input');
    const outcome = await importLedgerFile(
      ctx,
      debtor!,
      file!,
      {
        byCreditCode: (codes) => directory.byCreditCode(codes),
        register: async (unit, creditors) => {
          const { creditors: registered } = await postContract(ctx, REGISTER_CREDITORS, {
            debtorId: unit.id,
            creditors: creditors.map(({ creditCode, name }) => ({ creditCode, name })),
          });
          // The next import (and this process's jurisdiction) must see them at once.
          if (registered.some((r) => r.created)) directory.invalidate();
          return registered;
        },
      },
      {
        goodRowsOnly: input.goodRowsOnly,
        registerUnknownCreditors: input.registerUnknownCreditors,
      },
    );
    return {
      ...outcome,
      newCreditors: outcome.newCreditors.map((c) => ({
        row: c.row,
        creditCode: c.creditCode,
        name: c.name,
        organisation: { id: c.id },
      })),
    };
  }
}
