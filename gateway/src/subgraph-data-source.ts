// How the gateway calls a subgraph: with the signed viewer, the request's id (x-request-id) and
// trace context (traceparent), within a time limit, and with the subgraph's own coded error passed
// on when it refuses a request outright (HTTP 400, e.g. a variable its scalar rejected), instead of
// the data source's generic "400: Bad Request". A subgraph that cannot be reached, does not answer
// in time or answers 5xx is SUBGRAPH_UNAVAILABLE naming it: the rest of the answer stands, and the
// client can tell an outage from a mistake.
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import {
  counter,
  histogram,
  injectTraceHeaders,
  LATENCY_BUCKETS,
  log,
  REQUEST_ID_HEADER,
  signViewer,
  UnavailableError,
  VIEWER_HEADER,
  type Viewer,
} from '@arrears-hub/protocol';

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type Fetcher = NonNullable<RemoteGraphQLDataSource['fetcher']>;
type ProcessOptions = Parameters<RemoteGraphQLDataSource<Context>['process']>[0];
type ProcessResult = ReturnType<RemoteGraphQLDataSource<Context>['process']>;

/** Codes of a subgraph's 4xx answer that are the client's fault and can be shown as they are. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

type Context = { viewer: Viewer; subgraphs?: Set<string>; requestId?: string };

const fetches = counter({
  name: 'hub_subgraph_fetches_total',
  help: 'Requests from the gateway to each subgraph, by outcome: ok, errors (the subgraph answered with GraphQL errors), unavailable (refused, timed out or 5xx), failed (any other failure).',
  labelNames: ['subgraph', 'outcome'],
});

const fetchDuration = histogram({
  name: 'hub_subgraph_fetch_duration_seconds',
  help: 'Time of each request from the gateway to a subgraph.',
  labelNames: ['subgraph'],
  buckets: LATENCY_BUCKETS,
});

/** Node's fetch with a time limit. A failure before any response — nothing listens, the
 * connection broke, time ran out — is the subgraph being unavailable. */
function fetchWithin(subgraph: string, timeoutMs: number): Fetcher {
  const fetcher = async (url: string, init?: RequestInit) => {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${timeoutMs} ms`
          : (cause?.code ?? cause?.message ?? (error as Error).message);
      log('subgraph-fetch').warn({ subgraph, reason }, 'subgraph unavailable');
      throw new UnavailableError(subgraph);
    }
  };
  return fetcher as unknown as Fetcher;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly viewerSecret: string,
    timeoutMs = 30_000,
  ) {
    super({ url, fetcher: fetchWithin(name, timeoutMs) });
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<Context>['willSendRequest']>>[0]) {
    const headers = request.http?.headers;
    // Subgraphs trust only this header; it is signed per request, so it expires quickly.
    headers?.set(VIEWER_HEADER, signViewer(context.viewer, this.viewerSecret));
    // The subgraph logs under the same request id, and its span joins the gateway's trace.
    if (context.requestId) headers?.set(REQUEST_ID_HEADER, context.requestId);
    injectTraceHeaders((name: string, value: string) => headers?.set(name, value));
    context.subgraphs?.add(this.name); // for the operation log
  }

  override async process(options: ProcessOptions): ProcessResult {
    const timer = fetchDuration.startTimer({ subgraph: this.name });
    try {
      const response = await super.process(options);
      fetches.inc({ subgraph: this.name, outcome: response.errors?.length ? 'errors' : 'ok' });
      return response;
    } catch (error) {
      const outcome = error instanceof UnavailableError ? 'unavailable' : 'failed';
      fetches.inc({ subgraph: this.name, outcome });
      throw error;
    } finally {
      timer();
    }
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status >= 500) {
      log('subgraph-fetch').warn(
        { subgraph: this.name, status: response.status },
        'subgraph unavailable',
      );
      return new UnavailableError(this.name);
    }
    if (response.status >= 400 && response.status !== 401) {
      const body = (await this.parseBody(response.clone())) as {
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      };
      const first = typeof body === 'object' ? body.errors?.[0] : undefined;
      const code = first?.extensions?.code;
      if (first && typeof code === 'string' && CLIENT_CODES.has(code)) {
        return new GraphQLError(first.message, { extensions: first.extensions });
      }
    }
    // Anything else (a 401 means gateway and subgraph disagree on the secret) is the hub's fault:
    // keep the detail for the log, the client sees "Unexpected error.".
    const error = await super.errorFromResponse(response);
    return new GraphQLError(error.message, {
      extensions: { ...error.extensions, code: 'SUBGRAPH_REQUEST_FAILED' },
    });
  }
}
