import { byKeys, defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { BudgetAdjustment, BudgetLine, Disbursement } from './entities/budget-line.entity.js';
import { Deposit, Project } from './entities/project.entity.js';

export const budgetLineById = defineLoader<string, BudgetLine | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(BudgetLine, { id: { $in: ids.filter(isUuid) } }), (b) => b.id),
);

export const projectById = defineLoader<string, Project | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Project, { id: { $in: ids.filter(isUuid) } }), (p) => p.id),
);

export const adjustmentsOfLine = defineLoader<string, BudgetAdjustment[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      BudgetAdjustment,
      { budgetLine: { $in: [...ids] } },
      { orderBy: { adjustedOn: 'asc' } },
    ),
    (a) => a.budgetLine.id,
  ),
);

export const disbursementsOfLine = defineLoader<string, Disbursement[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Disbursement, { budgetLine: { $in: [...ids] } }, { orderBy: { paidOn: 'asc' } }),
    (d) => d.budgetLine.id,
  ),
);

export const depositsOfProject = defineLoader<string, Deposit[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Deposit, { project: { $in: [...ids] } }, { orderBy: { kind: 'asc' } }),
    (d) => d.project.id,
  ),
);
