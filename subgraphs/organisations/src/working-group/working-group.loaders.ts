// Working groups by id, and their seats by group and by post, batched.
import { byKeys, defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { GroupMembership } from './group-membership.entity.js';
import { WorkingGroup } from './working-group.entity.js';

export const workingGroupById = defineLoader<string, WorkingGroup | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(WorkingGroup, { id: { $in: ids.filter(isUuid) } }), (g) => g.id),
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
