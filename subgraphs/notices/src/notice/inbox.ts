// The viewer's inbox (rules/recipient.ts) as an ORM condition and as SQL. The jurisdiction filter
// applies on top of both: the inbox narrows what the viewer holds, it never widens it.
import type { FilterQuery } from '@mikro-orm/core';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { inboxOf } from '../rules/recipient.js';
import type { Notice } from './notice.entity.js';

/** Null when the viewer has no inbox at all (an anonymous viewer, a bureau clerk with no unit). */
export function inboxWhere(ctx: SubgraphContext): FilterQuery<Notice> | null {
  const parts = inboxOf(ctx.viewer).map((part): FilterQuery<Notice> => {
    switch (part.type) {
      case 'ADMIN':
        return { recipientType: 'ADMIN' };
      case 'REGION_OFFICE':
        return { recipientType: 'REGION_OFFICE' };
      case 'UNIT':
        return { recipientType: { $in: ['UNIT', 'POST'] }, unitId: part.unitId };
      case 'ENTERPRISE':
        return { recipientType: 'ENTERPRISE', enterpriseId: part.enterpriseId };
    }
  });
  return parts.length ? { $or: parts } : null;
}

/** The same as an SQL condition on alias `n`. */
export function inboxSql(ctx: SubgraphContext): { sql: string; params: unknown[] } | null {
  const sql: string[] = [];
  const params: unknown[] = [];
  for (const part of inboxOf(ctx.viewer)) {
    if (part.type === 'ADMIN') sql.push(`n.recipient_type = 'ADMIN'`);
    else if (part.type === 'REGION_OFFICE') sql.push(`n.recipient_type = 'REGION_OFFICE'`);
    else if (part.type === 'UNIT') {
      sql.push(`(n.recipient_type in ('UNIT', 'POST') and n.unit_id = ?)`);
      params.push(part.unitId);
    } else {
      sql.push(`(n.recipient_type = 'ENTERPRISE' and n.enterprise_id = ?)`);
      params.push(part.enterpriseId);
    }
  }
  return sql.length ? { sql: `(${sql.join(' or ')})`, params } : null;
}
