// The size class of an enterprise as GraphQL shows it: the two enums of the pure rule
// (rules/enterprise-size.ts, which knows nothing of GraphQL) registered here, and the object a
// unit's `size` field answers with.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { Industry, INDUSTRY_NAMES, SIZE_CLASS_NAMES, SizeClass } from '../rules/enterprise-size.js';

const described = <K extends string>(names: Readonly<Record<K, string>>) =>
  Object.fromEntries(
    Object.entries<string>(names).map(([value, description]) => [value, { description }]),
  ) as Record<K, { description: string }>;

registerEnumType(Industry, {
  name: 'Industry',
  description: 'The 16 industry groups of the 2011 SME size standard.',
  valuesConfig: described(INDUSTRY_NAMES),
});

registerEnumType(SizeClass, { name: 'SizeClass', valuesConfig: described(SIZE_CLASS_NAMES) });

@ObjectType('EnterpriseSize', {
  description: 'Size class under the 2011 standard, with the facts it was judged from.',
})
export class EnterpriseSize {
  @Field(() => SizeClass, {
    nullable: true,
    description: 'Null when the facts the industry rule needs are missing.',
  })
  sizeClass!: SizeClass | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for medium, small and micro (中小微) enterprises.',
  })
  isSme!: boolean | null;

  @Field(() => Industry)
  industry!: Industry;

  @Field(() => Int, { nullable: true })
  employees!: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  revenue!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  totalAssets!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date the facts describe.' })
  asOf!: string | null;

  @Field(() => String, { description: 'Why this class: the thresholds that decided it.' })
  basis!: string;
}

export { Industry, SizeClass };
