// A request for information (补充材料/情况说明) from the intake office or the handling unit to the
// complainant, and the complainant's answer. Like evidence it is between the complainant and the
// offices: the unit complained about never reads it.
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, owned, parent } from '@arrears-hub/subgraph-kit';
import { Clue } from './clue.entity.js';

@ObjectType('ClueInfoRequest', {
  description: 'A question to the complainant about its complaint, and its answer.',
})
@Entity({ tableName: 'clue_info_request' })
export class ClueInfoRequest {
  [OptionalProps]?: 'version' | 'askedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Clue, { ref: true, deleteRule: 'restrict' })
  clue!: Ref<Clue>;

  @Field(() => String)
  @Property({ type: 'text' })
  question!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Answer by this day, if set.' })
  @Property({ type: 'date', nullable: true })
  answerBy?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  askedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  askedAt: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  answeredOn?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** Asked by the offices (handlers), answered by the complainant; never the respondent's. */
export const ClueInfoRequestOwnership = owned(ClueInfoRequest, {
  relations: {
    complainant: parent('clue', () => Clue, ['complainant']),
    handlers: parent('clue', () => Clue, [
      'region',
      'intakeOffice',
      'handlingUnit',
      'filer',
      'filingUnit',
    ]),
  },
  writers: ['complainant', 'handlers'],
});
