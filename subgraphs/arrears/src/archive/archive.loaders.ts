// The loaders of a debt's archive: one batched statement per list of debts; the bytes only when a
// client asks for them. The jurisdiction filter applies through the debt.
import { defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { ArchiveDocument } from './archive-document.entity.js';

export const documentsOfArrear = defineLoader<string, ArchiveDocument[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      ArchiveDocument,
      { arrear: { $in: [...ids] } },
      { orderBy: { uploadedAt: 'asc' } },
    ),
    (d) => d.arrear.id,
  ),
);

/** The bytes of documents (a lazy column), in one statement for a list. */
export const documentContent = defineLoader<string, Buffer | null>(async (ids, { em }) => {
  const rows = await em.find(
    ArchiveDocument,
    { id: { $in: ids.filter(isUuid) } },
    { fields: ['id', 'content'] },
  );
  const byId = new Map(rows.map((r) => [r.id, r.content ?? null]));
  return ids.map((id) => byId.get(id) ?? null);
});
