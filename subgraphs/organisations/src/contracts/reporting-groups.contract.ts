// REPORTING_GROUPS: the sector groups (行业组) that monthly ledgers go through, as the arrears
// subgraph's reporting chain needs them: aggregating units, the receiving office, the leaders'
// posts with whoever holds them today, and every unit's route. Registry facts, public to every
// signed-in viewer, so the contract is the service's own (scope "service"). A handful of statements
// whatever the number of groups.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  GROUPS_OF_KIND,
  REPORTING_GROUPS,
  serveContract,
  type ReportingGroupFacts,
} from '@arrears-hub/subgraph-kit';
import { Person } from '../post/person.entity.js';
import { Post } from '../post/post.entity.js';
import { Tenure } from '../post/tenure.entity.js';
import { Region } from '../region/region.entity.js';
import { ReportingRoute } from '../reporting-route/reporting-route.entity.js';
import { GroupMembership } from '../working-group/group-membership.entity.js';
import { MemberRole, WorkingGroupKind } from '../working-group/working-group.enums.js';
import { WorkingGroup } from '../working-group/working-group.entity.js';

/** The groups asked for by id, by the units that report through them, or by region. */
async function groupIdsFor(
  em: EntityManager,
  query: { groups: string[]; units: string[]; regionCode: string },
): Promise<string[]> {
  const ids = new Set(query.groups);
  if (query.units.length) {
    const routes = await em.find(ReportingRoute, { unit: { $in: query.units } });
    for (const route of routes) ids.add(route.group.id);
  }
  if (query.regionCode) {
    const region = await em.findOne(Region, { code: query.regionCode });
    if (region) {
      const inRegion = await em.find(WorkingGroup, {
        region: { path: { $like: `${region.path}%` } },
        kind: WorkingGroupKind.SECTOR_CLUE_SCREENING,
      });
      for (const group of inRegion) ids.add(group.id);
    }
  }
  return [...ids];
}

export async function reportingGroupFacts(
  em: EntityManager,
  ids: readonly string[],
): Promise<ReportingGroupFacts[]> {
  if (!ids.length) return [];
  const groups = await em.find(
    WorkingGroup,
    { id: { $in: [...ids] } },
    { populate: ['aggregatingUnits'], orderBy: { name: 'asc' } },
  );
  if (!groups.length) return [];
  const groupIds = groups.map((g) => g.id);
  const [regions, leaders, routes] = await Promise.all([
    em.find(Region, { code: { $in: [...new Set(groups.map((g) => g.region.code))] } }),
    em.find(
      GroupMembership,
      { group: { $in: groupIds }, role: MemberRole.LEADER },
      { orderBy: { position: 'asc' } },
    ),
    em.find(ReportingRoute, { group: { $in: groupIds } }, { orderBy: { id: 'asc' } }),
  ]);
  const postIds = [...new Set(leaders.map((m) => m.post.id))];
  const [posts, tenures] = postIds.length
    ? await Promise.all([
        em.find(Post, { id: { $in: postIds } }),
        em.find(Tenure, { post: { $in: postIds }, endedOn: null }),
      ])
    : [[], []];
  const people = tenures.length
    ? await em.find(Person, { id: { $in: [...new Set(tenures.map((t) => t.person.id))] } })
    : [];
  const pathOf = new Map(regions.map((r) => [r.code, r.path]));
  const titleOf = new Map(posts.map((p) => [p.id, p.title]));
  const unitOf = new Map(posts.map((p) => [p.id, p.organisation.id]));
  const holderOf = new Map(
    tenures.map((t) => [t.post.id, people.find((p) => p.id === t.person.id)?.name ?? null]),
  );
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    sector: group.sector ?? null,
    regionCode: group.region.code,
    regionPath: pathOf.get(group.region.code) ?? '',
    reportsToId: group.reportsTo?.id ?? null,
    aggregatorIds: group.aggregatingUnits.getItems().map((u) => u.id),
    leaders: leaders
      .filter((m) => m.group.id === group.id)
      .map((m) => ({
        postId: m.post.id,
        unitId: unitOf.get(m.post.id) ?? '',
        title: m.titleAsWritten ?? titleOf.get(m.post.id) ?? '',
        holderName: holderOf.get(m.post.id) ?? null,
      })),
    routes: routes
      .filter((r) => r.group.id === group.id)
      .map((r) => ({ unitId: r.unit.id, aggregatorId: r.aggregator.id })),
  }));
}

export const reportingGroupsContract = serveContract(REPORTING_GROUPS, async (query, ctx) =>
  reportingGroupFacts(ctx.em, await groupIdsFor(ctx.em, query)),
);

/** GROUPS_OF_KIND: a region's groups of one kind and those of the regions above it, nearest first. */
export const groupsOfKindContract = serveContract(GROUPS_OF_KIND, async (query, ctx) => {
  if (!(Object.values(WorkingGroupKind) as string[]).includes(query.kind)) return [];
  const region = await ctx.em.findOne(Region, { code: query.regionCode });
  if (!region) return [];
  const codes = region.path.split('/').filter(Boolean);
  const groups = await ctx.em.find(WorkingGroup, {
    region: { code: { $in: codes } },
    kind: query.kind as WorkingGroupKind,
  });
  const facts = await reportingGroupFacts(
    ctx.em,
    groups.map((g) => g.id),
  );
  const depth = (code: string) => codes.indexOf(code);
  return facts.sort((a, b) => depth(b.regionCode) - depth(a.regionCode));
});
