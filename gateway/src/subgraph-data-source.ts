// How the gateway calls a subgraph: with the signed viewer, the request's id (x-request-id) and
// trace context (traceparent), within a time limit, and with the subgraph's own coded error passed
// on when it refuses a request outright (HTTP 400, e.g. a variable its scalar rejected), instead of
// a generic "400: Bad Request". A subgraph that cannot be reached, does not answer in time or
// answers 5xx is SUBGRAPH_UNAVAILABLE naming it: the rest of the answer stands, and the client can
// tell an outage from a mistake.
//
// Fewer calls for the same answers (gateway/README.md, "Subgraph calls"):
// - undici (the HTTP client behind Node's own fetch), through its request API, straight: no Apollo
//   RemoteGraphQLDataSource, no make-fetch-happen, no node-fetch Request and Headers per call, and
//   not the WHATWG fetch wrapper's streams either (half undici's cost per call);
// - batching: the fetches one client request makes to one subgraph at the same moment (a query
//   plan's parallel branches) go as one subgraph request (subgraph-batch.ts);
// - de-duplication: an identical subgraph request (same subgraph, same body, same viewer) already
//   in flight is joined instead of sent again. Never across viewers (the viewer is part of the
//   key), never for mutations, not after the viewer's own mutation (each mutation starts a new
//   generation of that viewer's key), and not when the client asks `x-hub-dedupe: off`;
// - the viewer is signed once per viewer and reused for 30 s (it is good for 120 s).
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { STATUS_CODES } from 'node:http';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { request as send } from 'undici';
import { GraphQLError, OperationTypeNode, type DocumentNode } from 'graphql';
import {
  ANONYMOUS,
  currentLocale,
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
import {
  canMerge,
  mergeRequests,
  type SubgraphRequest,
  type SubgraphResult,
} from './subgraph-batch.js';

/** Codes of a subgraph's 4xx answer that are the client's fault and can be shown as they are. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

/** The client asks for its own subgraph calls with this header set to "off" (per operation). */
export const DEDUPE_HEADER = 'x-hub-dedupe';

export type SubgraphCallContext = {
  viewer: Viewer;
  subgraphs?: Set<string>;
  requestId?: string;
  /** False when the client asked for no de-duplication (x-hub-dedupe: off). */
  dedupe?: boolean;
};

export interface SubgraphCallOptions {
  timeoutMs?: number;
  /** Join identical in-flight requests of the same viewer (HUB_SUBGRAPH_DEDUPE). */
  dedupe?: boolean;
  /** Merge a request's simultaneous fetches to one subgraph (HUB_SUBGRAPH_BATCH). */
  batch?: boolean;
  /** A merged body larger than this is sent as its parts instead. */
  maxBatchBytes?: number;
}

const fetches = counter({
  name: 'hub_subgraph_fetches_total',
  help: 'Fetches of the query plans from each subgraph, by outcome: ok, errors (the subgraph answered with GraphQL errors), unavailable (refused, timed out or 5xx), failed (any other failure).',
  labelNames: ['subgraph', 'outcome'],
});

const httpCalls = counter({
  name: 'hub_subgraph_requests_total',
  help: 'HTTP requests the gateway sent to each subgraph (fewer than the fetches when fetches are batched or de-duplicated).',
  labelNames: ['subgraph'],
});

const shared = counter({
  name: 'hub_subgraph_fetches_shared_total',
  help: 'Fetches that cost no request of their own: batched (merged into a request of the same client request) or deduplicated (joined an identical request of the same viewer in flight).',
  labelNames: ['subgraph', 'how'],
});

const fetchDuration = histogram({
  name: 'hub_subgraph_fetch_duration_seconds',
  help: 'Time of each fetch from a subgraph, as the query plan waits for it.',
  labelNames: ['subgraph'],
  buckets: LATENCY_BUCKETS,
});

/** What a subgraph answered, before it is read as GraphQL: shared as it is by joined requests. */
interface RawAnswer {
  status: number;
  statusText: string;
  contentType: string;
  text: string;
}

interface Pending {
  request: SubgraphRequest;
  document?: DocumentNode;
  headers: Record<string, string>;
  resolve(result: SubgraphResult): void;
  reject(error: unknown): void;
}

/** Bumped by each mutation of a viewer, whichever subgraph it goes to: that viewer's later
 * queries never join one sent before it (a viewer reads its own writes). */
const generations = new Map<string, number>();

/** The signed viewer header, reused while it has at least 90 s to live. */
const SIGNED_FOR_MS = 30_000;

function operationType(query: string, document?: DocumentNode): OperationTypeNode {
  for (const d of document?.definitions ?? [])
    if (d.kind === 'OperationDefinition') return d.operation;
  const m = /^\s*(query|mutation|subscription)\b/.exec(query);
  return (m?.[1] as OperationTypeNode | undefined) ?? OperationTypeNode.QUERY;
}

export class SubgraphDataSource implements GraphQLDataSource<SubgraphCallContext> {
  private readonly timeoutMs: number;
  private readonly dedupe: boolean;
  private readonly batch: boolean;
  private readonly maxBatchBytes: number;
  /** Fetches of each client request (its context) waiting to be sent together. */
  private readonly waiting = new WeakMap<object, Pending[]>();
  /** Requests in flight by key (viewer, generation, body), for joining. */
  private readonly inFlight = new Map<string, Promise<RawAnswer>>();
  private readonly viewerKeys = new WeakMap<Viewer, string>();
  private readonly signed = new Map<string, { header: string; at: number }>();

  constructor(
    readonly name: string,
    readonly url: string,
    private readonly viewerSecret: string,
    options: SubgraphCallOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.dedupe = options.dedupe ?? true;
    this.batch = options.batch ?? true;
    this.maxBatchBytes = options.maxBatchBytes ?? 1_000_000;
  }

  async process(
    options: GraphQLDataSourceProcessOptions<SubgraphCallContext>,
  ): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const subgraphRequest: SubgraphRequest = {
      query: request.query,
      ...(request.variables ? { variables: request.variables } : {}),
      ...(request.operationName ? { operationName: request.operationName } : {}),
    };
    if (!('incomingRequestContext' in options)) {
      // Health checks and schema loading (unused: the supergraph is composed ahead of time).
      return this.read(
        await this.post(JSON.stringify(subgraphRequest), this.headersFor(ANONYMOUS)),
      );
    }
    const context = options.context;
    context.subgraphs?.add(this.name); // for the operation log
    const document = options.document;
    const type = operationType(request.query, document);
    const headers = this.headersFor(context.viewer, context.requestId);
    const timer = fetchDuration.startTimer({ subgraph: this.name });
    try {
      let result: SubgraphResult;
      if (type !== OperationTypeNode.QUERY) {
        const key = this.viewerKey(context.viewer);
        if (generations.size >= 10_000) generations.clear();
        generations.set(key, (generations.get(key) ?? 0) + 1);
        result = this.read(await this.post(JSON.stringify(subgraphRequest), headers));
      } else if (this.batch && canMerge(subgraphRequest, document)) {
        result = await new Promise<SubgraphResult>((resolve, reject) =>
          this.enqueue(context, { request: subgraphRequest, document, headers, resolve, reject }),
        );
      } else {
        result = await this.query(subgraphRequest, headers, context);
      }
      fetches.inc({ subgraph: this.name, outcome: result.errors?.length ? 'errors' : 'ok' });
      return result as GatewayGraphQLResponse;
    } catch (error) {
      const outcome = error instanceof UnavailableError ? 'unavailable' : 'failed';
      fetches.inc({ subgraph: this.name, outcome });
      throw error;
    } finally {
      timer();
    }
  }

  /** Keeps a fetch until the query plan has started all the fetches it starts at this moment. */
  private enqueue(context: SubgraphCallContext, pending: Pending): void {
    const queue = this.waiting.get(context);
    if (queue) return void queue.push(pending);
    this.waiting.set(context, [pending]);
    // After the promise jobs already queued (the plan's other branches starting), then send.
    void Promise.resolve().then(() =>
      process.nextTick(() => {
        const parts = this.waiting.get(context) ?? [];
        this.waiting.delete(context);
        void this.sendTogether(parts, context);
      }),
    );
  }

  private async sendTogether(parts: Pending[], context: SubgraphCallContext): Promise<void> {
    const merged = mergeRequests(
      parts.map((p) => p.request),
      parts.map((p) => p.document),
    );
    const body = merged ? JSON.stringify(merged.request) : undefined;
    if (!merged || !body || body.length > this.maxBatchBytes) {
      await Promise.all(parts.map((p) => this.sendOne(p, context)));
      return;
    }
    shared.inc({ subgraph: this.name, how: 'batched' }, parts.length - 1);
    let raw: RawAnswer;
    try {
      raw = await this.joinOrPost(body, parts[0]!.headers, context);
    } catch (error) {
      for (const p of parts) p.reject(error);
      return;
    }
    if (raw.status < 200 || raw.status >= 300) {
      // The subgraph refused the whole request (a variable of one part it rejected …): ask again
      // part by part, so each gets its own answer and the others are not lost with it.
      if (raw.status < 500) {
        await Promise.all(parts.map((p) => this.sendOne(p, context)));
        return;
      }
    }
    try {
      const answers = merged.split(this.read(raw));
      parts.forEach((p, i) => p.resolve(answers[i]!));
    } catch (error) {
      for (const p of parts) p.reject(error);
    }
  }

  private async sendOne(part: Pending, context: SubgraphCallContext): Promise<void> {
    try {
      part.resolve(await this.query(part.request, part.headers, context));
    } catch (error) {
      part.reject(error);
    }
  }

  private async query(
    request: SubgraphRequest,
    headers: Record<string, string>,
    context: SubgraphCallContext,
  ): Promise<SubgraphResult> {
    return this.read(await this.joinOrPost(JSON.stringify(request), headers, context));
  }

  /** Sends a query, or joins the identical one of the same viewer already in flight. */
  private joinOrPost(
    body: string,
    headers: Record<string, string>,
    context: SubgraphCallContext,
  ): Promise<RawAnswer> {
    if (!this.dedupe || context.dedupe === false) return this.post(body, headers);
    // The language is part of the key: the same call in another language is another answer.
    const key = `${this.viewerKey(context.viewer)}\u0000${this.generation(context.viewer)}\u0000${currentLocale()}\u0000${body}`;
    const running = this.inFlight.get(key);
    if (running) {
      shared.inc({ subgraph: this.name, how: 'deduplicated' });
      return running;
    }
    const sent = this.post(body, headers);
    this.inFlight.set(key, sent);
    const forget = () => void this.inFlight.delete(key);
    sent.then(forget, forget);
    return sent;
  }

  private async post(body: string, headers: Record<string, string>): Promise<RawAnswer> {
    httpCalls.inc({ subgraph: this.name });
    try {
      const response = await send(this.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const type = response.headers['content-type'];
      return {
        status: response.statusCode,
        statusText: STATUS_CODES[response.statusCode] ?? '',
        contentType: (Array.isArray(type) ? type[0] : type) ?? '',
        text: await response.body.text(),
      };
    } catch (error) {
      // A failure before a whole answer — nothing listens, the connection broke, time ran out —
      // is the subgraph being unavailable.
      const failure = error as Error & { code?: string; cause?: { code?: string } };
      const reason =
        failure.name === 'TimeoutError'
          ? `no answer within ${this.timeoutMs} ms`
          : (failure.code ?? failure.cause?.code ?? failure.message);
      log('subgraph-fetch').warn({ subgraph: this.name, reason }, 'subgraph unavailable');
      throw new UnavailableError(this.name);
    }
  }

  /** The answer as GraphQL (each caller parses its own copy: the plan writes into it). */
  private read(raw: RawAnswer): SubgraphResult {
    if (raw.status < 200 || raw.status >= 300) throw this.errorFromResponse(raw);
    let body: unknown;
    try {
      body = JSON.parse(raw.text);
    } catch {
      body = raw.text;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new Error(`Expected JSON response body, but received: ${raw.text.slice(0, 200)}`);
    return body as SubgraphResult;
  }

  errorFromResponse(raw: RawAnswer): GraphQLError {
    if (raw.status >= 500) {
      log('subgraph-fetch').warn(
        { subgraph: this.name, status: raw.status },
        'subgraph unavailable',
      );
      return new UnavailableError(this.name);
    }
    let body: unknown = raw.text;
    if (/json/.test(raw.contentType))
      try {
        body = JSON.parse(raw.text);
      } catch {
        // kept as text
      }
    if (raw.status !== 401) {
      const first = (
        body as { errors?: { message: string; extensions?: Record<string, unknown> }[] }
      )?.errors?.[0];
      const code = first?.extensions?.code;
      if (first && typeof code === 'string' && CLIENT_CODES.has(code))
        return new GraphQLError(first.message, { extensions: first.extensions });
    }
    // Anything else (a 401 means gateway and subgraph disagree on the secret) is the hub's fault:
    // keep the detail for the log, the client sees "Unexpected error.".
    return new GraphQLError(`${raw.status}: ${raw.statusText}`, {
      extensions: {
        code: 'SUBGRAPH_REQUEST_FAILED',
        response: { url: this.url, status: raw.status, statusText: raw.statusText, body },
      },
    });
  }

  private headersFor(viewer: Viewer, requestId?: string): Record<string, string> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      // Subgraphs trust only this header; signed, it expires quickly.
      [VIEWER_HEADER]: this.signedViewer(viewer),
    };
    // The subgraph logs under the same request id, and its span joins the gateway's trace.
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    // The subgraph writes its messages in the language the client asked the gateway for.
    headers['accept-language'] = currentLocale();
    injectTraceHeaders((name, value) => (headers[name] = value));
    return headers;
  }

  private viewerKey(viewer: Viewer): string {
    let key = this.viewerKeys.get(viewer);
    if (key === undefined) {
      key = JSON.stringify(viewer);
      this.viewerKeys.set(viewer, key);
    }
    return key;
  }

  private generation(viewer: Viewer): number {
    return generations.get(this.viewerKey(viewer)) ?? 0;
  }

  private signedViewer(viewer: Viewer): string {
    const key = this.viewerKey(viewer);
    const now = Date.now();
    const hit = this.signed.get(key);
    if (hit && now - hit.at < SIGNED_FOR_MS) return hit.header;
    if (this.signed.size >= 10_000) this.signed.clear();
    const header = signViewer(viewer, this.viewerSecret, now);
    this.signed.set(key, { header, at: now });
    return header;
  }
}
