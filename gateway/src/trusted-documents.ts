// Trusted documents: operations registered ahead of time (gateway/operations/*.graphql, compiled
// into trusted-documents.json by `npm run trusted-documents`). A client sends
// { "documentId": "sha256:<hex>", "variables": … } instead of the query text. In production the
// gateway can require them for some roles (HUB_TRUSTED_DOCUMENTS_ONLY), while INSPECTOR keeps
// ad-hoc queries within the limits.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Refusal } from '@arrears-hub/protocol';
import type { Role, Viewer } from '@arrears-hub/protocol';
import { gatewayMessages as msg } from './messages.js';

export interface TrustedDocument {
  name: string;
  document: string;
}

export type Manifest = Record<string, TrustedDocument>;

/** Ids of documents seen lately: the operation log names every request's document by its id. */
const ids = new Map<string, string>();

export function documentId(document: string): string {
  let id = ids.get(document);
  if (id === undefined) {
    id = `sha256:${createHash('sha256').update(document).digest('hex')}`;
    if (ids.size >= 1_000) ids.clear();
    ids.set(document, id);
  }
  return id;
}

export function loadManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Roles that may always send their own query text (within the limits). */
const AD_HOC_ROLES: readonly Role[] = ['INSPECTOR', 'ADMIN'];

export function trustedDocuments(manifest: Manifest, onlyFor: readonly Role[]) {
  return (body: unknown, viewer: Viewer): { ok: true; body: unknown } | Refusal => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: true, body };
    const request = { ...(body as Record<string, unknown>) };
    const persisted = (
      request.extensions as { persistedQuery?: { sha256Hash?: string } } | undefined
    )?.persistedQuery?.sha256Hash;
    const id =
      typeof request.documentId === 'string'
        ? request.documentId
        : persisted
          ? `sha256:${persisted}`
          : undefined;
    if (id) {
      const trusted = manifest[id];
      if (!trusted) {
        return {
          ok: false,
          status: 400,
          code: 'TRUSTED_DOCUMENT_NOT_FOUND',
          message: msg.unknownDocumentId({ id }),
        };
      }
      delete request.documentId;
      if (request.extensions && typeof request.extensions === 'object') {
        const { persistedQuery: _persisted, ...rest } = request.extensions as Record<
          string,
          unknown
        >;
        request.extensions = rest;
      }
      request.query = trusted.document;
      return { ok: true, body: request };
    }
    const restricted =
      viewer.roles.length > 0 &&
      viewer.roles.every((r) => onlyFor.includes(r)) &&
      !viewer.roles.some((r) => AD_HOC_ROLES.includes(r));
    if (restricted && typeof request.query === 'string') {
      return {
        ok: false,
        status: 400,
        code: 'TRUSTED_DOCUMENT_REQUIRED',
        message: msg.registeredOnly({ roles: viewer.roles }),
      };
    }
    return { ok: true, body: request };
  };
}
