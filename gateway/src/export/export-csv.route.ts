// GET or POST /export.csv: runs a query through the gateway's own /graphql endpoint — with the
// caller's token, so authentication, jurisdiction, limits, trusted documents, rate limit and the
// operation log all apply unchanged — and answers the result's rows as CSV. The route adds no
// power of its own: what the caller may not query, it may not download.
//   /export.csv?operation=OverdueWithoutPlan&variables={"asOf":"2026-11-24"}   a registered operation
//   /export.csv?documentId=sha256:…                                           the same, by id
//   POST /export.csv {"query": "...", "variables": {...}}                    ad-hoc text (INSPECTOR)
// The header row names the columns in Chinese (field-labels.ts); ?headers=paths gives the paths.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OperationTypeNode, parse, type DocumentNode } from 'graphql';
// Dependency-free parts of the kit only: the gateway does not load the subgraphs' schema machinery.
import { currentLocale, todayInChina } from '@arrears-hub/protocol';
import { csvDocument } from '@arrears-hub/protocol';
import { messageText, type MessageText, type RouteHandler } from '@arrears-hub/protocol';
import { gatewayMessages as msg } from '../messages.js';
import { translateGraphqlMessage } from '../request-errors.js';
import type { Manifest } from '../trusted-documents.js';
import { chineseHeaders } from './field-labels.js';
import { resultTable, type Json } from './result-table.js';

const MAX_REQUEST_BYTES = 100_000;

interface ExportRequest {
  query?: string;
  documentId?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  /** "paths": the CSV's header row gives the GraphQL paths instead of the Chinese labels. */
  headers?: string;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly said: MessageText,
  ) {
    super(messageText(said));
  }
}

function sendError(res: ServerResponse, status: number, code: string, said: MessageText): void {
  const id = typeof said === 'string' ? {} : { messageId: said.id };
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(
    JSON.stringify({ errors: [{ message: messageText(said), extensions: { code, ...id } }] }),
  );
}

async function readRequest(
  req: IncomingMessage,
  url: URL,
): Promise<ExportRequest & { operation?: string }> {
  if (req.method === 'GET') {
    const variables = url.searchParams.get('variables');
    let parsed: unknown;
    try {
      parsed = variables ? JSON.parse(variables) : undefined;
    } catch {
      throw new Refused(400, 'BAD_REQUEST', msg.exportVariablesNotJson());
    }
    return {
      operation: url.searchParams.get('operation') ?? undefined,
      documentId: url.searchParams.get('documentId') ?? undefined,
      query: url.searchParams.get('query') ?? undefined,
      operationName: url.searchParams.get('operationName') ?? undefined,
      variables: parsed as Record<string, unknown> | undefined,
    };
  }
  if (req.method !== 'POST') throw new Refused(405, 'BAD_REQUEST', msg.exportUseGetOrPost());
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES)
      throw new Refused(413, 'BAD_REQUEST', msg.exportTooLarge({ max: MAX_REQUEST_BYTES }));
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExportRequest;
  } catch {
    throw new Refused(400, 'BAD_REQUEST', msg.exportBodyNotJson());
  }
}

/** The operation is a query (a download must never change anything). */
function assertQuery(document: string, operationName: string | undefined): string | undefined {
  let ast: DocumentNode;
  try {
    ast = parse(document);
  } catch (error) {
    const text = (error as Error).message;
    throw new Refused(400, 'GRAPHQL_PARSE_FAILED', translateGraphqlMessage(text) ?? text);
  }
  const operations = ast.definitions.filter((d) => d.kind === 'OperationDefinition');
  const chosen = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations[0];
  if (!chosen)
    throw new Refused(
      400,
      'BAD_REQUEST',
      operationName ? msg.exportNoSuchOperation({ name: operationName }) : msg.exportNoOperation(),
    );
  if (chosen.operation !== OperationTypeNode.QUERY)
    throw new Refused(400, 'BAD_REQUEST', msg.exportQueriesOnly());
  return chosen.name?.value;
}

export function exportCsvRoute(manifest: Manifest, graphqlUrl: () => string): RouteHandler {
  const byName = new Map(Object.entries(manifest).map(([id, doc]) => [doc.name, id]));
  return async (req, res, url) => {
    try {
      const request = await readRequest(req, url);
      if (request.operation) {
        const id = byName.get(request.operation);
        if (!id)
          throw new Refused(
            404,
            'TRUSTED_DOCUMENT_NOT_FOUND',
            msg.exportUnknownOperation({ name: request.operation, registered: [...byName.keys()] }),
          );
        request.documentId = id;
      }
      const text = request.documentId ? manifest[request.documentId]?.document : request.query;
      if (request.documentId && !text)
        throw new Refused(
          404,
          'TRUSTED_DOCUMENT_NOT_FOUND',
          msg.exportUnknownDocument({ id: request.documentId }),
        );
      if (!text) throw new Refused(400, 'BAD_REQUEST', msg.exportSayWhat());
      const name = assertQuery(text, request.operationName);

      const body = request.documentId
        ? {
            documentId: request.documentId,
            operationName: request.operationName,
            variables: request.variables ?? {},
          }
        : {
            query: request.query,
            operationName: request.operationName,
            variables: request.variables ?? {},
          };
      const answer = await fetch(graphqlUrl(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // The answer's errors (passed on as they come) in the caller's language.
          'accept-language': currentLocale(),
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
          ...(req.socket.remoteAddress ? { 'x-forwarded-for': req.socket.remoteAddress } : {}),
        },
        body: JSON.stringify(body),
      });
      const result = (await answer.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      // An incomplete table is worse than none: any error is the answer.
      if (result.errors?.length || !result.data) {
        res.writeHead(answer.ok ? 422 : answer.status, {
          'content-type': 'application/json; charset=utf-8',
        });
        const noData = msg.exportNoData();
        const errors = result.errors ?? [
          { message: noData.text(), extensions: { messageId: noData.id } },
        ];
        return void res.end(JSON.stringify({ errors }));
      }
      const table = resultTable(result.data as Json);
      if (!table) throw new Refused(422, 'BAD_REQUEST', msg.exportNoList());
      // Chinese headers by default (field-labels.ts); ?headers=paths (or "headers": "paths" in a
      // POST body) keeps the GraphQL paths, for scripts that read columns by path.
      const paths = (url.searchParams.get('headers') ?? request.headers) === 'paths';
      const csv = csvDocument(
        paths
          ? table.columns
          : chineseHeaders(text, request.operationName, table.source, table.columns),
        table.rows.map((row) => table.columns.map((c) => row[c] ?? '')),
      );
      const fileName = `${name ?? 'export'}-${todayInChina()}.csv`;
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'cache-control': 'no-store',
        'x-hub-rows': String(table.rows.length),
      });
      res.end(csv);
    } catch (error) {
      if (error instanceof Refused) return sendError(res, error.status, error.code, error.said);
      throw error;
    }
  };
}
