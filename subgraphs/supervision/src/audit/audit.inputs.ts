// The audit aggregate's GraphQL inputs. Each satisfies the plain interface its validation takes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar, UnitRef } from '@arrears-hub/subgraph-kit';
import { FindingCategory, RectificationMeasure } from './audit.enums.js';
import type {
  AuditPlan,
  FindingDraft,
  RectificationOrder,
  RectificationReport,
} from './audit.validation.js';

@InputType()
export class CreateAuditInput implements AuditPlan {
  @Field(() => String) title!: string;
  @Field(() => ID) regionCode!: string;
  @Field(() => DateScalar) periodEnd!: string;
  @Field(() => Boolean, { defaultValue: true }) traceEarlier: boolean = true;
  @Field(() => MoneyScalar, { defaultValue: '4000000.00' }) projectThreshold: string = '4000000.00';
  @Field(() => String, { nullable: true }) focus?: string | null;
}

@InputType()
export class RecordFindingInput implements FindingDraft {
  @Field(() => ID) auditId!: string;
  // Nullable since issue 18: the unit may be named by `unit` instead (id, credit code or name).
  @Field(() => ID, {
    nullable: true,
    description: 'The unit the finding is about (Organisation id). Or name it by `unit`.',
  })
  unitId!: string;
  @Field(() => UnitRef, {
    nullable: true,
    description: 'The unit the finding is about, by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;
  @Field(() => FindingCategory) category!: FindingCategory;
  @Field(() => String) description!: string;
  @Field(() => MoneyScalar, { nullable: true }) amount?: string | null;
  @Field(() => [ID], { nullable: true }) arrearIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) projectIds?: string[] | null;
  @Field(() => String, { nullable: true }) recommendation?: string | null;
}

@InputType()
export class OrderRectificationInput implements RectificationOrder {
  @Field(() => ID) findingId!: string;
  @Field(() => RectificationMeasure) measure!: RectificationMeasure;
  @Field(() => DateScalar) deadline!: string;
}

@InputType()
export class CompleteRectificationInput implements RectificationReport {
  @Field(() => ID) rectificationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => DateScalar) completedOn!: string;
  @Field(() => String) evidence!: string;
}

@InputType()
export class ReviewRectificationInput {
  @Field(() => ID) rectificationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => String, {
    description: '销号: what was checked on the ledger; sending back: what is still missing.',
  })
  note!: string;
}
