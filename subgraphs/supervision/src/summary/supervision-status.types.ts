// Where a unit, or a region's units, stand with the supervisors: a read model over cases,
// penalties, inspections and rectifications.
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { SupervisionCase } from '../case/case.entity.js';
import { Inspection } from '../inspection/inspection.entity.js';
import { Penalty } from '../penalty/penalty.entity.js';

@ObjectType('UnitSupervision', { description: 'Where a unit stands with the supervisors.' })
export class UnitSupervision {
  @Field(() => Int) openCases!: number;
  @Field(() => [SupervisionCase], { description: 'Open cases, earliest deadline first.' })
  cases!: SupervisionCase[];
  @Field(() => [Penalty], { description: 'Listed on the dishonest-entity list.' })
  penalties!: Penalty[];
  @Field(() => Inspection, { nullable: true }) lastInspection!: Inspection | null;
  @Field(() => Int) openRectifications!: number;
  @Field(() => Int, { description: 'Open rectifications past their deadline.' })
  overdueRectifications!: number;
}

@ObjectType('RegionSupervision', { description: 'Supervision of the units of a region and below.' })
export class RegionSupervision {
  @Field(() => Int) openCases!: number;
  @Field(() => Int, { description: 'Open cases past their deadline.' }) overdueCases!: number;
  @Field(() => Int) listedUnits!: number;
  @Field(() => Int) openRectifications!: number;
  @Field(() => DateScalar, { nullable: true }) lastInspectionOn!: string | null;
}
