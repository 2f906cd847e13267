// Posts, their holders and their tenures, batched: a list of N units or posts costs a fixed number
// of statements.
import { byKeys, defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';
import { Tenure } from './tenure.entity.js';

export const postById = defineLoader<string, Post | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Post, { id: { $in: ids.filter(isUuid) } }), (p) => p.id),
);

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
  byKeys(ids, await em.find(Person, { id: { $in: ids.filter(isUuid) } }), (p) => p.id),
);
