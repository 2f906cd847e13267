// Other subgraphs' entities as stubs with their keys (Fed 2); the fields marked @external come from
// their owners and feed our @requires fields.
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

// @shareable: the arrears subgraph owns and resolves it; we declare it to @require it.
@Directive('@shareable')
@ObjectType('AssessmentFigures', {
  description: 'This year’s ledger figures the annual assessment (seed 001) scores.',
})
export class AssessmentFiguresRef {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, {
    nullable: true,
    description: '线索办结率: clues about the unit received this year, closed ÷ accepted.',
  })
  clueClosureRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '欠款清零率: the unit’s debts paid off ÷ its debts.',
  })
  zeroingRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Monthly submissions on time ÷ months due so far this year.',
  })
  ledgerTimeliness!: number | null;
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

@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code!: string;

  @Directive('@external')
  @Field(() => [ID])
  unitIds?: string[];
}

@Directive('@key(fields: "id")')
@ObjectType('Arrear')
export class ArrearRef {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Project')
export class ProjectRef {
  @Field(() => ID)
  id!: string;
}
