// Who a notice is for, and whose inbox a viewer reads (docs/jobs-and-notices.md, "Inboxes"):
// - a unit's notices (and its posts') are in the inbox of that unit's own BUREAU or FINANCE
//   clerks, not of the units above it: a rule that wants the supervising unit told addresses it
//   explicitly (an instalment missed goes to the unit and its supervisor), so a supervisor is not
//   buried under every subordinate's reminders;
// - an enterprise reads the notices addressed to it;
// - LEADING_GROUP and INSPECTOR viewers read the region office's notices (清欠办) of the regions
//   their jurisdiction covers: their own region and those below it, or all when unbound;
// - ADMIN reads the notices for the hub's operator (a calendar missing).
// Pure: no ORM, no GraphQL.

export type RecipientType = 'UNIT' | 'POST' | 'REGION_OFFICE' | 'ENTERPRISE' | 'ADMIN';

export interface Recipient {
  type: RecipientType;
  unitId?: string | null;
  postId?: string | null;
  regionCode?: string | null;
  enterpriseId?: string | null;
}

/** One notice per event and recipient: the recipient as a key. */
export function recipientKey(r: Recipient): string {
  switch (r.type) {
    case 'UNIT':
      return `UNIT:${r.unitId}`;
    case 'POST':
      return `POST:${r.postId}`;
    case 'REGION_OFFICE':
      return `REGION_OFFICE:${r.regionCode}`;
    case 'ENTERPRISE':
      return `ENTERPRISE:${r.enterpriseId}`;
    case 'ADMIN':
      return 'ADMIN';
  }
}

/** The same recipient named twice in one event (a unit that is its own supervisor) counts once. */
export function distinctRecipients<R extends Recipient>(recipients: readonly R[]): R[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = recipientKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type InboxPart =
  | { type: 'ADMIN' }
  | { type: 'REGION_OFFICE' }
  | { type: 'UNIT'; unitId: string }
  | { type: 'ENTERPRISE'; enterpriseId: string };

export interface InboxViewer {
  roles: readonly string[];
  organisationId?: string | null;
}

/** Which notices are in a viewer's inbox (the jurisdiction filter still applies on top). */
export function inboxOf(viewer: InboxViewer): InboxPart[] {
  const parts: InboxPart[] = [];
  const has = (role: string) => viewer.roles.includes(role);
  if (has('ADMIN')) parts.push({ type: 'ADMIN' });
  if (has('LEADING_GROUP') || has('INSPECTOR') || has('ADMIN'))
    parts.push({ type: 'REGION_OFFICE' });
  if (viewer.organisationId && (has('BUREAU') || has('FINANCE')))
    parts.push({ type: 'UNIT', unitId: viewer.organisationId });
  if (viewer.organisationId && has('ENTERPRISE'))
    parts.push({ type: 'ENTERPRISE', enterpriseId: viewer.organisationId });
  return parts;
}
