// The organisations subgraph's DataLoaders: every field that reads another row goes through one,
// so a list of N rows costs a fixed number of statements.
import { byKeys, defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { GroupMembership } from './entities/group-membership.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { Person } from './entities/person.entity.js';
import { Post } from './entities/post.entity.js';
import { Region } from './entities/region.entity.js';
import { Tenure } from './entities/tenure.entity.js';

export const regionByCode = defineLoader<string, Region | null>(async (codes, { em }) =>
  byKeys(codes, await em.find(Region, { code: { $in: [...codes] } }), (r) => r.code),
);

export const organisationById = defineLoader<string, Organisation | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Organisation, { id: { $in: ids.filter(isUuid) } }), (o) => o.id),
);

export const childRegions = defineLoader<string, Region[]>(async (codes, { em }) =>
  groupByKeys(
    codes,
    await em.find(Region, { parent: { $in: [...codes] } }, { orderBy: { code: 'asc' } }),
    (r) => r.parent!.code,
  ),
);

/** The ids of every unit in each region's subtree (the region itself and all regions below it). */
export const unitIdsInRegion = defineLoader<string, string[]>(async (codes, { em }) => {
  const rows = await em.execute<{ code: string; id: string }[]>(
    `select r.code, o.id from region r
       join region d on d.path like r.path || '%'
       join organisation o on o.region_code = d.code
     where r.code in (?)
     order by r.code, o.id`,
    [[...codes]],
  );
  return groupByKeys(codes, rows, (row) => row.code).map((group) => group.map((row) => row.id));
});

export const postsOfOrganisation = defineLoader<string, Post[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Post,
      { organisation: { $in: [...ids] } },
      { orderBy: { title: 'asc', seat: 'asc' } },
    ),
    (p) => p.organisation.id,
  ),
);

export const currentTenureOfPost = defineLoader<string, Tenure | null>(async (postIds, { em }) =>
  byKeys(
    postIds,
    await em.find(Tenure, { post: { $in: [...postIds] }, endedOn: null }),
    (t) => t.post.id,
  ),
);

export const tenuresOfPost = defineLoader<string, Tenure[]>(async (postIds, { em }) =>
  groupByKeys(
    postIds,
    await em.find(Tenure, { post: { $in: [...postIds] } }, { orderBy: { startedOn: 'desc' } }),
    (t) => t.post.id,
  ),
);

export const tenuresOfPerson = defineLoader<string, Tenure[]>(async (personIds, { em }) =>
  groupByKeys(
    personIds,
    await em.find(Tenure, { person: { $in: [...personIds] } }, { orderBy: { startedOn: 'desc' } }),
    (t) => t.person.id,
  ),
);

export const personById = defineLoader<string, Person | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Person, { id: { $in: [...ids] } }), (p) => p.id),
);

export const postById = defineLoader<string, Post | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Post, { id: { $in: [...ids] } }), (p) => p.id),
);

export const membershipsOfGroup = defineLoader<string, GroupMembership[]>(
  async (groupIds, { em }) =>
    groupByKeys(
      groupIds,
      await em.find(
        GroupMembership,
        { group: { $in: [...groupIds] } },
        { orderBy: { position: 'asc' } },
      ),
      (m) => m.group.id,
    ),
);

export const membershipsOfPost = defineLoader<string, GroupMembership[]>(async (postIds, { em }) =>
  groupByKeys(
    postIds,
    await em.find(GroupMembership, { post: { $in: [...postIds] } }),
    (m) => m.post.id,
  ),
);
