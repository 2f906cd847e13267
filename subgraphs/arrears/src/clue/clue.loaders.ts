// Clues by id, batched and scoped: a clue the viewer may not see loads as null.
import { byKeys, defineLoader, isUuid } from '@arrears-hub/subgraph-kit';
import { Clue } from './clue.entity.js';
import { ClueEvidence } from './clue-evidence.entity.js';
import { ClueInfoRequest } from './clue-info-request.entity.js';

export const clueById = defineLoader<string, Clue | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Clue, { id: { $in: ids.filter(isUuid) } }), (c) => c.id),
);

/** A clue's evidence files (without their bytes), oldest first, one statement a batch. */
export const evidenceOfClue = defineLoader<string, ClueEvidence[]>(async (ids, { em }) => {
  const rows = await em.find(
    ClueEvidence,
    { clue: { $in: ids.filter(isUuid) } },
    { orderBy: { uploadedAt: 'asc', id: 'asc' } },
  );
  return ids.map((id) => rows.filter((r) => r.clue.id === id));
});

/** A clue's requests for information, oldest first, one statement a batch. */
export const infoRequestsOfClue = defineLoader<string, ClueInfoRequest[]>(async (ids, { em }) => {
  const rows = await em.find(
    ClueInfoRequest,
    { clue: { $in: ids.filter(isUuid) } },
    { orderBy: { askedAt: 'asc', id: 'asc' } },
  );
  return ids.map((id) => rows.filter((r) => r.clue.id === id));
});
