import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  connectionType,
  CreditCodeScalar,
  DateScalar,
  MoneyScalar,
  UnitRef,
} from '@arrears-hub/subgraph-kit';
import { ContractSubject } from '../ledger/arrear.enums.js';
import { MAX_HANDLING_DAYS } from '../rules/clue-clock.js';
import { Clue } from './clue.entity.js';
import { ClueChannel, ClueClockStage, ClueOutcome, ClueStatus } from './clue.enums.js';
import type { ClueFiling, ClueVerification } from './clue.validation.js';

export const ClueConnection = connectionType(Clue, 'Clue', {
  sums: { amountClaimed: MoneyScalar },
});

@InputType({
  description:
    'A clue or complaint as received, with the fields of the complaint form (docs/domain/complaints.md).',
})
export class FileClueInput implements ClueFiling {
  @Field(() => ClueChannel, {
    nullable: true,
    description:
      'Required for clerks; an enterprise filing itself gives none (the hub sets SELF_SERVICE).',
  })
  channel?: ClueChannel | null;

  @Field(() => String, { nullable: true })
  externalRef?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Required for clerks; an enterprise filing itself gives none (the hub sets today).',
  })
  receivedOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The region the clue belongs to, when the respondent is not (yet) a registered unit.',
  })
  regionCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The complainant’s organisation id, when registered.',
  })
  complainantId?: string | null;

  @Field(() => String)
  complainantName!: string;

  @Field(() => CreditCodeScalar, { nullable: true })
  complainantCreditCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'LARGE, MEDIUM, SMALL or MICRO as the complainant declares it.',
  })
  complainantSizeClass?: string | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  contactAddress?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The respondent’s organisation id, when registered.',
  })
  respondentId?: string | null;

  @Field(() => String)
  respondentName!: string;

  @Field(() => CreditCodeScalar, { nullable: true })
  respondentCreditCode?: string | null;

  @Field(() => MoneyScalar)
  amountClaimed!: string;

  @Field(() => String, { nullable: true })
  contractNo?: string | null;

  @Field(() => String)
  facts!: string;

  @Field(() => String, { nullable: true })
  request?: string | null;

  @Field(() => String, { nullable: true })
  evidence?: string | null;

  @Field(() => Boolean, {
    description: 'Not before a court, arbitration, another department or a mediation.',
  })
  notInOtherProceedings!: boolean;
}

@InputType({
  description:
    'A new ledger line made from a verified clue: the parties are the clue’s respondent and complainant.',
})
export class ClueArrearInput {
  @Field(() => String)
  contractNo!: string;

  @Field(() => DateScalar)
  contractSignedOn!: string;

  @Field(() => ContractSubject)
  subject!: ContractSubject;

  @Field(() => DateScalar, { nullable: true })
  deliveredOn?: string | null;
}

@InputType()
export class VerifyClueInput implements ClueVerification {
  @Field(() => ID)
  clueId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => MoneyScalar, {
    description: 'The amount the check confirmed (zero when nothing is owed).',
  })
  confirmedAmount!: string;

  @Field(() => Boolean)
  disputed!: boolean;

  @Field(() => String)
  note!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The ledger line it matches, if the debt is already registered.',
  })
  arrearId?: string | null;

  @Field(() => ClueArrearInput, {
    nullable: true,
    description: 'Or: register the debt in the ledger now (source COMPLAINT).',
  })
  registerArrear?: ClueArrearInput | null;
}

@InputType()
export class ClueStepInput {
  @Field(() => ID)
  clueId!: string;

  @Field(() => Int, { description: 'The version you read.' })
  expectedVersion!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it happened; today (China time) by default.',
  })
  on?: string | null;
}

@InputType()
export class RejectClueInput extends ClueStepInput {
  @Field(() => String, { description: 'The reason, as it will be told to the complainant.' })
  reason!: string;
}

@InputType()
export class AssignClueInput extends ClueStepInput {
  // Nullable since issue 18: the unit may be named by `handlingUnit` instead.
  @Field(() => ID, {
    nullable: true,
    description: 'The unit responsible (谁主管谁负责). Or name it by `handlingUnit`.',
  })
  handlingUnitId!: string;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The unit responsible, by id, credit code or name (instead of handlingUnitId).',
  })
  handlingUnit?: UnitRef | null;
}

@InputType()
export class ExtendClueInput extends ClueStepInput {
  @Field(() => Int, {
    description: `Extra days; the handling time cannot exceed ${MAX_HANDLING_DAYS} days in all.`,
  })
  days!: number;

  @Field(() => String, {
    description: 'Why, and who approved it (department head approval, art. 25¶2).',
  })
  reason!: string;
}

@InputType()
export class AnswerClueInput extends ClueStepInput {
  @Field(() => String, { description: 'The written answer to the complainant.' })
  feedback!: string;
}

@InputType()
export class CloseClueInput extends ClueStepInput {
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ClueOutcome, {
    nullable: true,
    description:
      '办结 (ANSWERED, the default) or 化解 (RESOLVED: only when the confirmed debt is paid or a repayment plan agreed).',
  })
  outcome?: ClueOutcome | null;
}

@InputType({
  description:
    'Links the parties a complaint names to registered units (the intake office, audited).',
})
export class LinkCluePartiesInput extends ClueStepInput {
  @Field(() => ID, { nullable: true, description: 'The unit complained about.' })
  respondentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The complainant enterprise.' })
  complainantId?: string | null;
}

@InputType()
export class RateClueInput {
  @Field(() => ID)
  clueId!: string;

  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' })
  satisfaction!: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class ClueFilter {
  @Field(() => [ClueStatus], { nullable: true })
  statuses?: ClueStatus[] | null;

  @Field(() => [ClueChannel], { nullable: true })
  channels?: ClueChannel[] | null;

  @Field(() => [ID], { nullable: true, description: 'Handling units (at most 500).' })
  handlingUnitIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Respondent units (at most 500).' })
  respondentIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Units whose clerks filed the clues (a 政数局’s work orders; at most 500).',
  })
  filedByUnitIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Regions the clues belong to, each with its subtree (at most 100).',
  })
  regionCodes?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Clues about registered units of this region or any region below it (the respondent’s place in the registry now, as a region’s clue figures count them). An unknown code is refused.',
  })
  respondentRegionCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only clues whose respondent or complainant is not yet matched to a registered unit.',
  })
  unlinkedParties?: boolean | null;

  @Field(() => ClueClockStage, {
    nullable: true,
    description: 'Only clues past the deadline of this stage on `asOf`.',
  })
  overdueStage?: ClueClockStage | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day overdue is judged on; today (China time) by default.',
  })
  asOf?: string | null;

  @Field(() => DateScalar, { nullable: true })
  receivedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  receivedTo?: string | null;
}

export enum ClueAction {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  ASSIGN = 'ASSIGN',
  EXTEND = 'EXTEND',
  ANSWER = 'ANSWER',
  CLOSE = 'CLOSE',
  LINK = 'LINK',
  RATE = 'RATE',
}
registerLabelledEnum(ClueAction, {
  name: 'ClueAction',
  labels: {
    ACCEPT: { zh: '受理' },
    REJECT: { zh: '不予受理' },
    ASSIGN: { zh: '转办' },
    EXTEND: { zh: '延期' },
    ANSWER: { zh: '书面答复' },
    CLOSE: { zh: '办结' },
    LINK: { zh: '关联当事方' },
    RATE: { zh: '评价' },
  },
});
