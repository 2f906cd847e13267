// Named groups of unit kinds (the organisations subgraph's OrganisationKind values) that more
// than one subgraph decides by: one list each, so the ledger, the assessment and the disclosure
// always mean the same units.

/** Units that keep a ledger and report monthly (the Dalad programme, docs/programmes.md: 苏木镇, 旗直部门, 国企). */
export const REPORTING_KINDS: ReadonlySet<string> = new Set([
  'GOVERNMENT_DEPARTMENT',
  'PUBLIC_INSTITUTION',
  'STATE_OWNED_ENTERPRISE',
  'TOWN_GOVERNMENT',
  'SUBDISTRICT_OFFICE',
  'DEVELOPMENT_ZONE_COMMITTEE',
]);

/** Units that publish their overdue contracts (2025 art. 18¶1: agencies and public institutions;
 * large enterprises report to SAMR instead). */
export const PUBLISHING_KINDS: ReadonlySet<string> = new Set(
  [...REPORTING_KINDS].filter((kind) => kind !== 'STATE_OWNED_ENTERPRISE'),
);
