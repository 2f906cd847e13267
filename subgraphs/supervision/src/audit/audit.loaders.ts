// Batched reads of the audit aggregate: a list of N audits, findings, debts or projects costs one
// statement per field, not N. Every read goes through the request's EntityManager, so the
// jurisdiction filter of the ownership declarations applies (a finding about a unit outside the
// viewer's reach is never loaded, whichever record it hangs off).
import { defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { Finding } from './finding.entity.js';
import { Rectification } from './rectification.entity.js';

export const findingsOfAudit = defineLoader<string, Finding[]>(async (ids, { em }) =>
  groupByKeys(ids, await em.find(Finding, { audit: { $in: [...ids] } }), (f) => f.audit.id),
);

export const rectificationsOfFinding = defineLoader<string, Rectification[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Rectification,
      { finding: { $in: [...ids] } },
      { orderBy: { deadline: 'asc', id: 'asc' } },
    ),
    (r) => r.finding.id,
  ),
);

/** Findings that name any of the keys in a uuid[] column (`&&`, one statement for the batch). */
function findingsNaming(property: 'arrearIds' | 'projectIds') {
  return defineLoader<string, Finding[]>(async (keys, { em }) => {
    const ids = keys.filter(isUuid);
    const findings = ids.length
      ? await em.find(Finding, { [property]: { $overlap: ids } }, { orderBy: { id: 'asc' } })
      : [];
    return keys.map((id) => findings.filter((f) => f[property].includes(id)));
  });
}

export const findingsOfArrear = findingsNaming('arrearIds');
export const findingsOfProject = findingsNaming('projectIds');
