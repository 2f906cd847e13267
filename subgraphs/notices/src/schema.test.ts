// The subgraph's contract with the supergraph: its queries and mutations. Building the schema also
// runs the kit's checks (every mutation declares what it writes).
import { isObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from './schema.js';

function fieldsOf(schema: GraphQLSchema, type: string) {
  const t = schema.getType(type);
  if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
  return t.getFields();
}

describe('notices subgraph schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema();
  });

  it('has the inbox, the counts, the subscriptions and its job runs', () => {
    const q = fieldsOf(schema, 'Query');
    expect(String(q.myNotices!.type)).toBe('NoticeConnection!');
    expect(q.myNotices!.args.map((a) => a.name).sort()).toEqual(['after', 'first', 'unread']);
    expect(String(q.noticeCounts!.type)).toBe('[NoticeCount!]!');
    expect(String(q.noticeDeliveries!.type)).toBe('NoticeDeliveryConnection!');
    expect(String(q.noticesJobRuns!.type)).toBe('JobRunConnection!');
  });

  it('has its mutations', () => {
    const m = fieldsOf(schema, 'Mutation');
    expect(Object.keys(m).sort()).toEqual([
      'endNoticeSubscription',
      'markNoticesRead',
      'redeliverNotice',
      'sendTestNotice',
      'subscribeToNotices',
    ]);
  });
});
