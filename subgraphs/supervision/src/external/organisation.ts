// The organisations subgraph's Organisation, as a stub with its key (Federation 2), and the
// arrears subgraph's AssessmentFigures value type: the gateway brings `assessmentFigures` from
// the arrears subgraph for the live assessment (@requires in assessment/).
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

// @shareable: the arrears subgraph owns and resolves it; we declare it to @require it.
@Directive('@shareable')
@ObjectType('AssessmentFigures', {
  description:
    'This year’s ledger figures the annual assessment (docs/domain/assessment.md) scores.',
})
export class AssessmentFiguresRef {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '线索办结率: clues the unit handled (transferred to it), received this year, closed ÷ accepted.',
  })
  clueClosureRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The same for the clues about the unit (as respondent), whoever handled them; shown, not scored.',
  })
  respondentClueClosureRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '欠款清零率: the unit’s debts paid off ÷ its debts.',
  })
  zeroingRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Months on time (paused after a zeroing notice counts as on time) ÷ months due so far this year.',
  })
  ledgerTimeliness!: number | null;

  @Field(() => Int, {
    description:
      '边清边欠: counted debts registered this year after a zeroing notice whose obligation arose after it.',
  })
  newArrearsAfterZeroing!: number;

  @Field(() => Int, {
    description:
      '漏报: counted debts registered this year after a zeroing notice but owed before it (a matter for supervision).',
  })
  lateRegisteredDebts!: number;
}

@Directive('@key(fields: "id")')
@ObjectType('Organisation')
export class OrganisationRef {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => AssessmentFiguresRef)
  assessmentFigures?: AssessmentFiguresRef;
}
