// Several fetches of one client request to the same subgraph, started together (the branches of a
// query plan's Parallel node: `regions { arrearsSummary }` and `organisations { arrearsSummary }`
// both ask arrears), sent as one subgraph request. Each part's root fields are aliased `_<i>_<key>`,
// its variables renamed `$_<i>_<name>` and its fragments `_<i>_<Name>`; the answer is split back by
// those prefixes, each part getting its own data and the errors whose path starts in it (an error
// without such a path goes to every part). Only queries are merged (mutations run one after the
// other), and only documents with one operation whose root selections are plain fields.
import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';

export interface SubgraphRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface SubgraphResult {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

export interface MergedRequest {
  request: SubgraphRequest;
  /** The merged answer as one answer per part, in the parts' order. */
  split(result: SubgraphResult): SubgraphResult[];
}

/** A part, rewritten with its prefix: ready to be put into a merged document. */
interface Prefixed {
  variables: readonly VariableDefinitionNode[];
  fields: readonly FieldNode[];
  fragments: readonly FragmentDefinitionNode[];
}

const prefix = (index: number) => `_${index}_`;
const PREFIXED_KEY = /^_(\d+)_(.*)$/s;

/** The one query of a document whose root selections are all fields, else undefined. */
function mergeableQuery(document: DocumentNode): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const [operation] = operations;
  if (operations.length !== 1 || !operation || operation.operation !== OperationTypeNode.QUERY)
    return undefined;
  if (operation.directives?.length) return undefined;
  if (!operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD)) return undefined;
  return operation;
}

function rewrite(document: DocumentNode, index: number): Prefixed | undefined {
  if (!mergeableQuery(document)) return undefined;
  const p = prefix(index);
  const renamed = visit(document, {
    Variable: (node) => ({ ...node, name: { ...node.name, value: p + node.name.value } }),
    FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: p + node.name.value } }),
    FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: p + node.name.value } }),
  });
  const operation = mergeableQuery(renamed)!;
  return {
    variables: operation.variableDefinitions ?? [],
    fields: operation.selectionSet.selections.map((s) => {
      const field = s as FieldNode;
      const key = field.alias?.value ?? field.name.value;
      return { ...field, alias: { kind: Kind.NAME, value: p + key } };
    }),
    fragments: renamed.definitions.filter(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
    ),
  };
}

/** Rewritten parts and merged texts are kept: a gateway sends the same few plans over and over. */
const MAX_CACHED = 500;
const rewritten = new Map<string, Prefixed | null>();
const mergedTexts = new Map<string, string | null>();

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_CACHED) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}

function prefixed(query: string, index: number, document?: DocumentNode): Prefixed | null {
  return remember(rewritten, `${index}\u0000${query}`, () => {
    try {
      return rewrite(document ?? parse(query), index) ?? null;
    } catch {
      return null; // not parseable here: the subgraph will say why, unmerged
    }
  });
}

/** Whether a request can go into a merged one (a query of plain root fields). */
export function canMerge(request: SubgraphRequest, document?: DocumentNode): boolean {
  return prefixed(request.query, 0, document) !== null;
}

/**
 * One request for several; undefined when fewer than two parts or any part cannot be merged (the
 * caller then sends them as they are).
 */
export function mergeRequests(
  parts: readonly SubgraphRequest[],
  documents: readonly (DocumentNode | undefined)[] = [],
): MergedRequest | undefined {
  if (parts.length < 2) return undefined;
  const query = remember(mergedTexts, parts.map((p) => p.query).join('\u0000'), () => {
    const rewrittenParts = parts.map((p, i) => prefixed(p.query, i, documents[i]));
    if (rewrittenParts.some((r) => r === null)) return null;
    const all = rewrittenParts as Prefixed[];
    const operation: OperationDefinitionNode = {
      kind: Kind.OPERATION_DEFINITION,
      operation: OperationTypeNode.QUERY,
      name: { kind: Kind.NAME, value: batchName(parts) },
      variableDefinitions: all.flatMap((r) => r.variables),
      selectionSet: { kind: Kind.SELECTION_SET, selections: all.flatMap((r) => r.fields) },
    };
    const definitions: DefinitionNode[] = [operation, ...all.flatMap((r) => r.fragments)];
    return print({ kind: Kind.DOCUMENT, definitions });
  });
  if (query === null) return undefined;
  const variables: Record<string, unknown> = {};
  parts.forEach((part, i) => {
    for (const [name, value] of Object.entries(part.variables ?? {}))
      variables[prefix(i) + name] = value;
  });
  return {
    request: { query, variables, operationName: batchName(parts) },
    split: (result) => splitResult(result, parts.length),
  };
}

/** The merged operation's name, for the subgraph's logs: the first part's name and how many. */
function batchName(parts: readonly SubgraphRequest[]): string {
  const first = parts[0]?.operationName ?? 'Operation';
  return `${first.replace(/[^A-Za-z0-9_]/g, '_')}__batch_of_${parts.length}`;
}

/** One merged answer as `count` answers. */
export function splitResult(result: SubgraphResult, count: number): SubgraphResult[] {
  const answers: SubgraphResult[] = Array.from({ length: count }, () => ({
    data: result.data === null || result.data === undefined ? result.data : {},
  }));
  if (result.data)
    for (const [key, value] of Object.entries(result.data)) {
      const m = PREFIXED_KEY.exec(key);
      const answer = m ? answers[Number(m[1])] : undefined;
      if (answer?.data) answer.data[m![2]!] = value;
    }
  for (const error of result.errors ?? []) {
    const first = error.path?.[0];
    const m = typeof first === 'string' ? PREFIXED_KEY.exec(first) : null;
    const owner = m ? answers[Number(m[1])] : undefined;
    if (owner) {
      (owner.errors ??= []).push({ ...error, path: [m![2]!, ...error.path!.slice(1)] });
    } else {
      for (const answer of answers) (answer.errors ??= []).push(error);
    }
  }
  if (result.extensions) for (const answer of answers) answer.extensions = result.extensions;
  return answers;
}
