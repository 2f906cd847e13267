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
import { todayInChina } from '@arrears-hub/protocol';
import { csvDocument } from '@arrears-hub/protocol';
import type { RouteHandler } from '@arrears-hub/protocol';
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
    message: string,
  ) {
    super(message);
  }
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
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
      throw new Refused(400, 'BAD_REQUEST', 'The variables parameter is not JSON.');
    }
    return {
      operation: url.searchParams.get('operation') ?? undefined,
      documentId: url.searchParams.get('documentId') ?? undefined,
      query: url.searchParams.get('query') ?? undefined,
      operationName: url.searchParams.get('operationName') ?? undefined,
      variables: parsed as Record<string, unknown> | undefined,
    };
  }
  if (req.method !== 'POST') throw new Refused(405, 'BAD_REQUEST', 'Use GET or POST.');
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES)
      throw new Refused(
        413,
        'BAD_REQUEST',
        `The request is larger than ${MAX_REQUEST_BYTES} bytes.`,
      );
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExportRequest;
  } catch {
    throw new Refused(
      400,
      'BAD_REQUEST',
      'The body must be JSON: {"query" or "documentId" or "operation", "variables"}.',
    );
  }
}

/** The operation is a query (a download must never change anything). */
function assertQuery(document: string, operationName: string | undefined): string | undefined {
  let ast: DocumentNode;
  try {
    ast = parse(document);
  } catch (error) {
    throw new Refused(400, 'GRAPHQL_PARSE_FAILED', (error as Error).message);
  }
  const operations = ast.definitions.filter((d) => d.kind === 'OperationDefinition');
  const chosen = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations[0];
  if (!chosen)
    throw new Refused(
      400,
      'BAD_REQUEST',
      operationName
        ? `The document has no operation ${operationName}.`
        : 'The document has no operation.',
    );
  if (chosen.operation !== OperationTypeNode.QUERY)
    throw new Refused(400, 'BAD_REQUEST', 'CSV export runs queries only.');
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
            `No registered operation is called ${request.operation}. Registered: ${[...byName.keys()].join(', ')}.`,
          );
        request.documentId = id;
      }
      const text = request.documentId ? manifest[request.documentId]?.document : request.query;
      if (request.documentId && !text)
        throw new Refused(
          404,
          'TRUSTED_DOCUMENT_NOT_FOUND',
          `No registered operation has the id ${request.documentId}.`,
        );
      if (!text)
        throw new Refused(
          400,
          'BAD_REQUEST',
          'Say what to export: operation=<registered name>, documentId, or query.',
        );
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
        return void res.end(JSON.stringify({ errors: result.errors ?? [{ message: 'No data.' }] }));
      }
      const table = resultTable(result.data as Json);
      if (!table)
        throw new Refused(
          422,
          'BAD_REQUEST',
          'The result has no list to put in rows: export a query that returns a list or a connection.',
        );
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
      if (error instanceof Refused) return sendError(res, error.status, error.code, error.message);
      throw error;
    }
  };
}
