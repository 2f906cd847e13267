// The flags of a deposit (保证金): an unlawful kind, a refund overdue (rules/deposit-flags.ts).
import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { todayInChina } from '@arrears-hub/subgraph-kit';
import { depositFlags, type DepositFlagValues } from '../rules/deposit-flags.js';
import { Deposit } from './deposit.entity.js';

@ObjectType('DepositFlags')
export class DepositFlags implements DepositFlagValues {
  @Field(() => Boolean, { description: 'Not one of the four lawful kinds (2025 art. 13).' })
  unlawfulKind!: boolean;

  @Field(() => Boolean, { description: 'Past its refund date and not refunded.' })
  refundOverdue!: boolean;
}

@Resolver(() => Deposit)
export class DepositResolver {
  @FieldResolver(() => DepositFlags)
  flags(@Root() deposit: Deposit): DepositFlags {
    return depositFlags(deposit, todayInChina());
  }
}
