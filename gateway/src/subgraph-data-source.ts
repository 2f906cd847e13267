// How the gateway calls a subgraph: with the signed viewer, and with the subgraph's own coded error
// passed on when it refuses a request outright (HTTP 400, e.g. a variable its scalar rejected),
// instead of the data source's generic "400: Bad Request".
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { signViewer, VIEWER_HEADER, type Viewer } from '@arrears-hub/protocol';

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** Codes of a subgraph's 4xx answer that are the client's fault and can be shown as they are. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

type Context = { viewer: Viewer; subgraphs?: Set<string> };

export class SubgraphDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly viewerSecret: string,
  ) {
    super({ url });
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<Context>['willSendRequest']>>[0]) {
    // Subgraphs trust only this header; it is signed per request, so it expires quickly.
    request.http?.headers.set(VIEWER_HEADER, signViewer(context.viewer, this.viewerSecret));
    context.subgraphs?.add(this.name); // for the operation log
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status >= 400 && response.status < 500 && response.status !== 401) {
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
