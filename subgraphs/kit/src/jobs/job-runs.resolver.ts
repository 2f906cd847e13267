// `<subgraph>JobRuns(kind, status, first, after)` for ADMIN: the runs of one subgraph's jobs, from
// its own database. One field per subgraph (organisationsJobRuns, arrearsJobRuns …) rather than one
// field that gathers them all: a subgraph's runs stay visible when another subgraph is down —
// the relay's failures are exactly what one looks for while the notices subgraph is away — and
// one request can ask several of them side by side (docs/jobs-and-notices.md).
import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { SubgraphContext } from '../context.js';
import {
  connectionType,
  PageArgs,
  paginate,
  SortDirection,
  type Connection,
} from '../pagination.js';
import { checkText } from '../input-checks.js';
import { Problems } from '@arrears-hub/protocol';
import { JobRun, JobRunStatus } from './job-run.entity.js';

export const JobRunConnection = connectionType(JobRun, 'JobRun', { shareable: true });

const camel = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The resolver of `<subgraph>JobRuns`, for buildFederatedSchema({ jobRunsOf }). */
export function jobRunsResolver(subgraph: string): Function {
  @Resolver()
  class JobRunsResolver {
    @Authorized('ADMIN')
    @Query(() => JobRunConnection, {
      name: `${camel(subgraph)}JobRuns`,
      description: `The ${subgraph} subgraph’s scheduled job runs, latest first (ADMIN).`,
    })
    jobRuns(
      @Arg('kind', () => String, {
        nullable: true,
        description: 'A job’s name, e.g. "outbox-relay".',
      })
      kind: string | null,
      @Arg('status', () => JobRunStatus, { nullable: true }) status: JobRunStatus | null,
      @Args(() => PageArgs) page: PageArgs,
      @Ctx() ctx: SubgraphContext,
    ): Promise<Connection<JobRun>> {
      const p = new Problems();
      const name = checkText(p, kind, 'kind', { max: 100, identifier: true });
      p.throwIfAny('');
      const where: FilterQuery<JobRun> = {};
      if (name) where.kind = name;
      if (status) where.status = status;
      return paginate(ctx.em, JobRun, where, {
        first: page.first,
        after: page.after,
        sortField: 'startedAt',
        direction: SortDirection.DESC,
      });
    }
  }
  return JobRunsResolver;
}
