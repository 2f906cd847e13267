// The arrears subgraph's DataLoaders: every field that reads other rows goes through one, so a
// list of N debts costs a fixed number of statements.
import { byKeys, defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { Arrear } from './entities/arrear.entity.js';
import { Clue } from './entities/clue.entity.js';
import { ArchiveDocument } from './entities/document.entity.js';
import { RepaymentPlanStatus } from './entities/enums.js';
import { Payment } from './entities/payment.entity.js';
import { Instalment, RepaymentPlan } from './entities/repayment-plan.entity.js';

export const arrearById = defineLoader<string, Arrear | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Arrear, { id: { $in: ids.filter(isUuid) } }), (a) => a.id),
);

export const paymentsOfArrear = defineLoader<string, Payment[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Payment,
      { arrear: { $in: [...ids] } },
      { orderBy: { paidOn: 'asc', recordedAt: 'asc' } },
    ),
    (p) => p.arrear.id,
  ),
);

export const plansOfArrear = defineLoader<string, RepaymentPlan[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(RepaymentPlan, { arrear: { $in: [...ids] } }, { orderBy: { revision: 'desc' } }),
    (p) => p.arrear.id,
  ),
);

export const activePlanOfArrear = defineLoader<string, RepaymentPlan | null>(async (ids, { em }) =>
  byKeys(
    ids,
    await em.find(RepaymentPlan, { arrear: { $in: [...ids] }, status: RepaymentPlanStatus.ACTIVE }),
    (p) => p.arrear.id,
  ),
);

export const instalmentsOfPlan = defineLoader<string, Instalment[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Instalment, { plan: { $in: [...ids] } }, { orderBy: { seq: 'asc' } }),
    (i) => i.plan.id,
  ),
);

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

/** The bytes of documents, only when a client asks for them. */
export const documentContent = defineLoader<string, Buffer | null>(async (ids, { em }) => {
  const rows = await em.execute<{ id: string; content: Buffer }[]>(
    'select id, content from document where id in (?)',
    [ids.filter(isUuid)],
  );
  const byId = new Map(rows.map((r) => [r.id, r.content]));
  return ids.map((id) => byId.get(id) ?? null);
});

export const clueById = defineLoader<string, Clue | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Clue, { id: { $in: ids.filter(isUuid) } }), (c) => c.id),
);
