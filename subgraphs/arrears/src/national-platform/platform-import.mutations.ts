// importPlatformTransfers: complaints the national platform transferred to this region, from its
// file (JSON or XLSX; docs/national-platform-format.md). Idempotent on the platform's reference: a
// record already registered (by anyone) is left as it is, so importing the hub's own export adds
// nothing. Every record is checked on its own; the good ones are registered as NATIONAL_PLATFORM
// clues (parties matched to the registry, routed to their region's intake office, the review clock
// from the day of transfer), the others come back with their row, column and reason. A fixed
// number of statements whatever the number of records.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  createEntities,
  CreatesOpen,
  inTransaction,
  isUuid,
  Problems,
  UserInputError,
  unscoped,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { resolveParties } from '../clue/clue-parties.js';
import { clueRecord, intakeWindow } from '../clue/clue-intake.mutations.js';
import { intakeChain } from '../clue/clue-region.js';
import { Clue } from '../clue/clue.entity.js';
import { ClueChannel, ClueStatus } from '../clue/clue.enums.js';
import { filingProblems, type CleanFiling, type ClueFiling } from '../clue/clue.validation.js';
import { chainOfRegion, loadLayers, type RegionChain } from '../region-settings/region-layers.js';
import { PlatformFileError, readJson, readXlsx, type RawRecord } from './platform-format.js';
import { columnOf, recordFiling, type RowProblem } from './platform-rows.js';
import {
  ImportPlatformTransfersInput,
  PlatformFileFormat,
  PlatformImportReport,
} from './platform.types.js';
import { arrearsMessages as msg } from '../messages.js';

export const MAX_RECORDS = 2000;
const MAX_BYTES = 10 * 1024 * 1024;

interface Candidate {
  record: RawRecord;
  filing: ClueFiling;
  clean: CleanFiling;
}

@Resolver()
export class PlatformImportResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => PlatformImportReport, {
    description:
      'Registers the complaints the national platform transferred (its JSON or XLSX file), once per platform reference; row-level errors for the rest.',
  })
  @CreatesOpen(Clue, 'a transfer names any unit; the importing office is the filer')
  async importPlatformTransfers(
    @Arg('input', () => ImportPlatformTransfersInput) input: ImportPlatformTransfersInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PlatformImportReport> {
    const bytes = Buffer.from(input.fileBase64, 'base64');
    if (!bytes.length || bytes.length > MAX_BYTES)
      throw new UserInputError(msg.platformFileSize({ max: MAX_BYTES }), 'input.fileBase64');
    let records: RawRecord[];
    try {
      records = input.format === PlatformFileFormat.JSON ? readJson(bytes) : await readXlsx(bytes);
    } catch (error) {
      throw new UserInputError(
        error instanceof PlatformFileError ? error.detail : msg.platformFileUnreadable(),
        'input.fileBase64',
      );
    }
    if (records.length > MAX_RECORDS)
      throw new UserInputError(
        msg.platformTooManyRecords({ max: MAX_RECORDS }),
        'input.fileBase64',
      );
    let given: RegionChain | null = null;
    if (input.regionCode) {
      given = await chainOfRegion(input.regionCode);
      if (!given)
        new Problems()
          .add('regionCode', msg.noSuchRegion({ code: input.regionCode }))
          .throwIfAny('input');
    }

    const errors: RowProblem[] = [];
    const candidates: Candidate[] = [];
    const seen = new Set<string>();
    for (const record of records) {
      const { filing, problems } = recordFiling(record);
      if (!filing) {
        errors.push(...problems);
        continue;
      }
      const checked = filingProblems(filing, null);
      if (checked.problems.length) {
        for (const p of checked.problems)
          errors.push({ row: record.row, column: columnOf(p.field), message: p.message });
        continue;
      }
      const ref = checked.clean.externalRef!;
      if (seen.has(ref)) {
        errors.push({
          row: record.row,
          column: columnOf('externalRef'),
          message: msg.platformRefTwice({ ref }).text(),
        });
        continue;
      }
      seen.add(ref);
      candidates.push({ record, filing, clean: checked.clean });
    }

    // Idempotent on the platform's reference, across the hub (one statement). A clue exported
    // without a platform reference carries its own id instead.
    const refs = candidates.map((c) => c.clean.externalRef!);
    const existing = candidates.length
      ? await ctx.em.find(
          Clue,
          {
            channel: ClueChannel.NATIONAL_PLATFORM,
            $or: [{ externalRef: { $in: refs } }, { id: { $in: refs.filter(isUuid) } }],
          },
          {
            fields: ['id', 'externalRef'],
            ...unscoped('a platform reference is registered once, hub-wide'),
          },
        )
      : [];
    const known = new Set(existing.flatMap((c) => [c.externalRef, c.id]));
    const fresh = candidates.filter((c) => !known.has(c.clean.externalRef));
    const unchanged = candidates.length - fresh.length;

    // Parties: one call for every record's debtor and creditor.
    const lookIn = given?.regionCode ?? ctx.viewer.regionCode ?? null;
    const parties = await resolveParties(
      fresh.flatMap((c) => [
        { name: c.clean.respondentName, creditCode: c.filing.respondentCreditCode },
        { name: c.clean.complainantName, creditCode: c.filing.complainantCreditCode },
      ]),
      lookIn,
    );
    const chains: RegionChain[] = [];
    for (const [i] of fresh.entries())
      chains.push(await intakeChain(ctx, parties[2 * i]!.unit?.regionPath ?? null, given));
    const layers = fresh.length
      ? await loadLayers(ctx.em, chains, {
          days: intakeWindow(fresh.map((c) => c.filing.receivedOn!)),
        })
      : null;
    const duplicates = await openClues(ctx, fresh);

    const rows: ReturnType<typeof clueRecord>[] = [];
    for (const [i, candidate] of fresh.entries()) {
      const respondent = parties[2 * i]!;
      const complainant = parties[2 * i + 1]!;
      try {
        rows.push(
          clueRecord(
            ctx,
            candidate.filing,
            candidate.clean,
            chains[i]!,
            layers!,
            {
              respondent,
              complainant,
              enterprise: false,
            },
            {
              duplicateOfId: duplicateOf(
                duplicates,
                candidate,
                respondent.unitId,
                complainant.unitId,
              ),
              field: 'input.receivedOn',
            },
          ),
        );
      } catch (error) {
        if (!(error instanceof UserInputError)) throw error;
        errors.push({
          row: candidate.record.row,
          column: columnOf('receivedOn'),
          message: error.message,
        });
      }
    }
    const created = rows.length
      ? await inTransaction(ctx, (em) =>
          createEntities(ctx, Clue, rows, {
            em,
            action: 'IMPORT',
            reason: 'national platform transfer',
          }),
        )
      : [];
    errors.sort((a, b) => a.row - b.row);
    return {
      rows: records.length,
      created: created.length,
      unchanged,
      rejected: new Set(errors.map((e) => e.row)).size,
      errors,
      clues: created,
    };
  }
}

/** Open clues about the records' contracts (one statement), for the duplicate flag. */
async function openClues(ctx: SubgraphContext, fresh: readonly Candidate[]): Promise<Clue[]> {
  const contracts = [
    ...new Set(fresh.map((c) => c.clean.contractNo).filter((n): n is string => !!n)),
  ];
  if (!contracts.length) return [];
  return ctx.em.find(
    Clue,
    { contractNo: { $in: contracts }, status: { $nin: [ClueStatus.REJECTED, ClueStatus.CLOSED] } },
    { orderBy: { receivedOn: 'asc' }, ...unscoped('duplicate detection looks at every open clue') },
  );
}

/** The earliest open clue with the same contract and parties (by id, else credit code, else name). */
function duplicateOf(
  open: readonly Clue[],
  c: Candidate,
  respondentId: string | null,
  complainantId: string | null,
): string | null {
  if (!c.clean.contractNo) return null;
  const same = (a: string | null | undefined, b: string | null | undefined) => !!a && a === b;
  const found = open.find(
    (clue) =>
      clue.contractNo === c.clean.contractNo &&
      (respondentId
        ? clue.respondentId === respondentId
        : c.filing.respondentCreditCode
          ? same(clue.respondentCreditCode, c.filing.respondentCreditCode)
          : clue.respondentName === c.clean.respondentName) &&
      (complainantId
        ? clue.complainantId === complainantId
        : c.filing.complainantCreditCode
          ? same(clue.complainantCreditCode, c.filing.complainantCreditCode)
          : clue.complainantName === c.clean.complainantName),
  );
  return found?.id ?? null;
}
