// A complaint's evidence file: its bytes only when asked for (lists never carry them).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { defineLoader, isUuid, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { ClueEvidence } from './clue-evidence.entity.js';

const evidenceContent = defineLoader<string, Buffer | null>(async (ids, { em }) => {
  const rows = await em.find(
    ClueEvidence,
    { id: { $in: ids.filter(isUuid) } },
    { fields: ['id', 'content'] },
  );
  const byId = new Map(rows.map((r) => [r.id, r.content ?? null]));
  return ids.map((id) => byId.get(id) ?? null);
});

@Resolver(() => ClueEvidence)
export class ClueEvidenceResolver {
  @FieldResolver(() => String, {
    description: 'The file, base64-encoded. Only fetched when asked for.',
  })
  async contentBase64(@Root() file: ClueEvidence, @Ctx() ctx: SubgraphContext): Promise<string> {
    return ((await evidenceContent.load(ctx, file.id)) ?? Buffer.alloc(0)).toString('base64');
  }
}
