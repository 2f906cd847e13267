// A verified clue enters the ledger as a verified (or disputed) debt, with the clue's respondent
// as debtor, its complainant as creditor and the confirmed amount: through the same registration
// rules and createEntity as registerArrear, so the debtor's jurisdiction is checked the same way.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  createEntity,
  ForbiddenError,
  jurisdictionOf,
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
import { arrearsMessages as msg } from '../messages.js';

export async function registerFromClue(
  ctx: SubgraphContext,
  em: EntityManager,
  clue: Clue,
  input: VerifyClueInput,
  details: ClueArrearInput,
): Promise<Arrear> {
  if (!clue.respondentId || !clue.complainantId) {
    new Problems().add('registerArrear', msg.linkPartiesFirst()).throwIfAny('input');
  }
  // A ledger line is the debtor's: registering it takes the debtor's jurisdiction (the unit, its
  // supervisor, the region's leading group), whoever handles the complaint.
  if (!(await jurisdictionOf(ctx)).canSeeUnit(clue.respondentId))
    throw new ForbiddenError(msg.notTheDebtors(), { reason: 'NOT_THE_DEBTORS' });
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
  return registerConfirmedLine(ctx, em, registration, {
    cause: `线索 ${clue.externalRef ?? clue.id}：${clue.facts.slice(0, 200)}`,
    status: input.disputed ? ArrearStatus.DISPUTED : ArrearStatus.VERIFIED,
    disputedAmount: input.disputed ? input.confirmedAmount : null,
    evidence: `线索核查：${input.note}`,
    reason: `from clue ${clue.id}`,
    inputField,
  });
}

/**
 * Registers a debt a check or its debtor confirmed (a verified clue, a receivable confirmation) as
 * a verified (or disputed) ledger line, through the registration rules and createEntity as
 * registerArrear: the debtor's jurisdiction is checked the same way. `inputField` maps a
 * registration rule's field to the caller's input.
 */
export async function registerConfirmedLine(
  ctx: SubgraphContext,
  em: EntityManager,
  registration: Registration,
  line: {
    cause: string;
    status: ArrearStatus;
    disputedAmount: string | null;
    evidence: string;
    reason: string;
    inputField: (field: string) => string;
  },
): Promise<Arrear> {
  const units = await unitDirectory().get([registration.debtorId, registration.creditorId]);
  const problems = new Problems();
  for (const p of [...registrationProblems(registration), ...partyProblems(registration, units)]) {
    const field = line.inputField(p.field);
    if (!problems.has(field)) problems.addFound(p, field);
  }
  problems.throwIfAny('input');
  const debtor = units.get(registration.debtorId)!;
  const creditor = units.get(registration.creditorId)!;
  // Verified by the check (or the debtor itself): it enters the ledger verified, or disputed.
  const data = ledgerLineData(
    registration,
    normalizeRegistration(registration),
    debtor,
    creditor,
    ctx.viewer.id,
    {
      cause: line.cause,
      status: line.status,
      disputedAmount: line.disputedAmount,
      verifiedOn: todayInChina(),
      verificationEvidence: line.evidence,
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
    { em, refresh: true, reason: line.reason },
  );
  // Disputed from the day the inquiry found it so (figures for earlier days count it undisputed).
  if (line.status === ArrearStatus.DISPUTED)
    await openPeriod(
      ctx,
      em,
      arrear,
      ArrearPeriodKind.DISPUTE,
      todayInChina(),
      line.disputedAmount ?? registration.amountDue,
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
