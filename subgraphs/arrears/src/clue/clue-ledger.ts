// A verified clue enters the ledger as a verified (or disputed) debt, with the clue's respondent
// as debtor, its complainant as creditor and the confirmed amount: through the same registration
// rules and createEntity as registerArrear, so the debtor's jurisdiction is checked the same way.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  createEntity,
  Problems,
  todayInChina,
  unitDirectory,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { restDaysSpanning } from '../calendar/working-days.js';
import { ArrearPeriodKind, ArrearSource, ArrearStatus } from '../ledger/arrear.enums.js';
import { openPeriod } from '../ledger/arrear-periods.js';
import { chainOfPath } from '../region-settings/region-layers.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { partyProblems, registrationProblems } from '../ledger/arrear.validation.js';
import {
  factsOf,
  ledgerLineData,
  normalizeRegistration,
  type Registration,
} from '../ledger/registration.js';
import { dueDateColumns } from '../ledger/statutory-terms.js';
import type { Clue } from './clue.entity.js';
import type { ClueArrearInput, VerifyClueInput } from './clue.inputs.js';

export async function registerFromClue(
  ctx: SubgraphContext,
  em: EntityManager,
  clue: Clue,
  input: VerifyClueInput,
  details: ClueArrearInput,
): Promise<Arrear> {
  if (!clue.respondentId || !clue.complainantId) {
    new Problems()
      .add(
        'registerArrear',
        '请先将被投诉单位和投诉企业登记为单位，并在线索上填写其编号，再登记台账（register both parties as units first）。',
      )
      .throwIfAny('input');
  }
  const registration: Registration = {
    debtorId: clue.respondentId!,
    creditorId: clue.complainantId!,
    contractNo: details.contractNo,
    contractSignedOn: details.contractSignedOn,
    subject: details.subject,
    amountDue: input.confirmedAmount,
    deliveredOn: details.deliveredOn ?? null,
    // What the complainant declared (企业规模类型): flagged, unless the size facts decide.
    creditorSizeAtSigning: clue.complainantSizeClass ?? null,
    disputed: input.disputed,
    inJudicialProcess: false,
    source: ArrearSource.COMPLAINT,
  };
  const units = await unitDirectory().get([registration.debtorId, registration.creditorId]);
  const problems = new Problems();
  for (const p of [...registrationProblems(registration), ...partyProblems(registration, units)]) {
    const field = inputField(p.field);
    if (!problems.has(field)) problems.add(field, p.message);
  }
  problems.throwIfAny('input');
  const debtor = units.get(registration.debtorId)!;
  const creditor = units.get(registration.creditorId)!;
  // Verified by the clue's inquiry: it enters the ledger verified (or disputed), not merely registered.
  const data = ledgerLineData(
    registration,
    normalizeRegistration(registration),
    debtor,
    creditor,
    ctx.viewer.id,
    {
      cause: `线索 ${clue.externalRef ?? clue.id}：${clue.facts.slice(0, 200)}`,
      status: input.disputed ? ArrearStatus.DISPUTED : ArrearStatus.VERIFIED,
      disputedAmount: input.disputed ? input.confirmedAmount : null,
      verifiedOn: todayInChina(),
      verificationEvidence: `线索核查：${input.note}`,
    },
  );
  const isRestDay = await restDaysSpanning(
    em,
    [registration.deliveredOn ?? registration.contractSignedOn],
    chainOfPath(debtor.regionPath),
  );
  const arrear = await createEntity(
    ctx,
    Arrear,
    { ...data, ...dueDateColumns(factsOf(registration, debtor.kind, data), isRestDay) },
    { em, refresh: true, reason: `from clue ${clue.id}` },
  );
  // Disputed from the day the inquiry found it so (figures for earlier days count it undisputed).
  if (input.disputed)
    await openPeriod(
      ctx,
      em,
      arrear,
      ArrearPeriodKind.DISPUTE,
      todayInChina(),
      input.confirmedAmount,
    );
  return arrear;
}

/** Where a registration rule's field is in verifyClue's input. */
function inputField(field: string): string {
  if (field === 'amountDue') return 'confirmedAmount';
  // The parties are the clue's own respondent and complainant.
  if (field === 'debtorId' || field === 'creditorId') return 'registerArrear';
  return `registerArrear.${field}`;
}
