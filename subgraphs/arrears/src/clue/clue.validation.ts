// A clue or complaint as received, and the checks of its steps that need only their input: each
// broken rule is a problem keyed by its field, every one reported at once (docs/domain/complaints.md
// lists what a complaint form holds).
import {
  checkNotFuture,
  checkText,
  compareMoney,
  isUuid,
  Problems,
  todayInChina,
  type Problem,
  type Message,
} from '@arrears-hub/subgraph-kit';
import type { ClueChannel } from './clue.enums.js';
import { arrearsMessages as msg } from '../messages.js';

export const SIZE_CLASSES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;

export interface ClueFiling {
  channel?: ClueChannel | null;
  externalRef?: string | null;
  receivedOn?: string | null;
  regionCode?: string | null;
  complainantId?: string | null;
  complainantName: string;
  complainantCreditCode?: string | null;
  complainantSizeClass?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactAddress?: string | null;
  respondentId?: string | null;
  respondentName: string;
  respondentCreditCode?: string | null;
  amountClaimed: string;
  contractNo?: string | null;
  facts: string;
  request?: string | null;
  evidence?: string | null;
  notInOtherProceedings: boolean;
}

/** The texts of a filing as the hub keeps them (normalised; null when blank). */
export interface CleanFiling {
  externalRef: string | null;
  complainantName: string;
  respondentName: string;
  contactName: string | null;
  contactPhone: string | null;
  contactAddress: string | null;
  contractNo: string | null;
  facts: string;
  request: string | null;
  evidence: string | null;
}

/**
 * The problems of a filing and its normalised texts. `filerEnterprise`: the viewer's own
 * organisation when it files as an enterprise only (it files in its own name).
 */
export function filingProblems(
  f: ClueFiling,
  filerEnterprise: string | null,
): { problems: Problem[]; clean: CleanFiling } {
  const p = new Problems();
  const clean: CleanFiling = {
    complainantName:
      checkText(p, f.complainantName, 'complainantName', { required: true, max: 200 }) ?? '',
    respondentName:
      checkText(p, f.respondentName, 'respondentName', { required: true, max: 200 }) ?? '',
    facts:
      checkText(p, f.facts, 'facts', {
        required: true,
        max: 5000,
        message: msg.factsRequired(),
      }) ?? '',
    externalRef: checkText(p, f.externalRef, 'externalRef', { max: 100, identifier: true }),
    contactName: checkText(p, f.contactName, 'contactName', { max: 100 }),
    contactPhone: checkText(p, f.contactPhone, 'contactPhone', { max: 50, identifier: true }),
    contactAddress: checkText(p, f.contactAddress, 'contactAddress', { max: 300 }),
    contractNo: checkText(p, f.contractNo, 'contractNo', { max: 100, identifier: true }),
    request: checkText(p, f.request, 'request', { max: 2000 }),
    evidence: checkText(p, f.evidence, 'evidence', { max: 2000 }),
  };
  // Self-service filing (an enterprise in its own name): the hub sets the channel and the day it
  // is received, so a complaint cannot be back-dated or dressed up as a transfer.
  if (filerEnterprise !== null) {
    if (f.channel && f.channel !== 'SELF_SERVICE') p.add('channel', msg.selfServiceChannelSet());
    if (f.receivedOn && f.receivedOn !== todayInChina())
      p.add('receivedOn', msg.selfServiceDateSet());
  } else {
    p.check(!!f.channel, 'channel', msg.channelRequired());
    p.check(!!f.receivedOn, 'receivedOn', msg.receivedOnRequired());
    if (f.channel === 'SELF_SERVICE') p.add('channel', msg.selfServiceChannelReserved());
  }
  if (f.receivedOn) checkNotFuture(p, f.receivedOn, 'receivedOn', msg.receivedInFuture());
  p.check(compareMoney(f.amountClaimed, '0') > 0, 'amountClaimed', msg.amountClaimedNotPositive());
  for (const field of ['complainantId', 'respondentId'] as const) {
    const id = f[field];
    if (id && !isUuid(id)) p.add(field, msg.notAUnitId({ id }));
  }
  if (f.complainantSizeClass)
    p.check(
      (SIZE_CLASSES as readonly string[]).includes(f.complainantSizeClass),
      'complainantSizeClass',
      msg.sizeClassCode(),
    );
  if (filerEnterprise !== null && f.complainantId)
    p.check(f.complainantId === filerEnterprise, 'complainantId', msg.fileInOwnName());
  return { problems: p.list, clean };
}

/** When a step happened: not in the future, not before the step it follows. */
export function stepDayProblems(
  on: string | null | undefined,
  notBefore: string,
): { problems: Problem[]; day: string } {
  const p = new Problems();
  const day = on ?? todayInChina();
  checkNotFuture(p, day, 'on', msg.stepInFuture());
  p.check(day >= notBefore, 'on', msg.stepBefore({ notBefore }));
  return { problems: p.list, day };
}

export interface ClueVerification {
  confirmedAmount: string;
  disputed: boolean;
  note: string;
  arrearId?: string | null;
  registerArrear?: { contractNo: string; contractSignedOn: string } | null;
}

export function verificationProblems(v: ClueVerification): Problem[] {
  const p = new Problems();
  checkText(p, v.note, 'note', {
    required: true,
    max: 2000,
    message: msg.checkNoteRequired(),
  });
  p.check(
    compareMoney(v.confirmedAmount, '0') >= 0,
    'confirmedAmount',
    msg.confirmedAmountNegative(),
  );
  if (v.arrearId && !isUuid(v.arrearId)) p.add('arrearId', msg.notAnArrearId({ id: v.arrearId }));
  if (v.arrearId && v.registerArrear) p.add('arrearId', msg.matchOrRegister());
  if (v.registerArrear)
    p.check(compareMoney(v.confirmedAmount, '0') > 0, 'confirmedAmount', msg.nothingToRegister());
  return p.list;
}

/** A reason or an answer a step needs. */
export function textProblems(
  value: string | null | undefined,
  field: string,
  rule: { required?: boolean; max: number; message?: Message },
): { problems: Problem[]; text: string | null } {
  const p = new Problems();
  const text = checkText(p, value, field, rule);
  return { problems: p.list, text };
}
