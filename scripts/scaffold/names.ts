// The names a new subgraph is generated with, derived once from its registry name, and the checks
// that refuse a name before anything is written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SubgraphNames {
  /** Registry, folder and package name: "petitions", "labour-disputes". */
  name: string;
  /** GraphQL type and class of the example entity: "Petition". */
  Entity: string;
  /** Its camelCase form, for `petition(id)` and variables: "petition". */
  entity: string;
  /** Plural PascalCase, for class names: "Petitions". */
  Entities: string;
  /** Plural camelCase: the list query and the field on Organisation: "petitions". */
  entities: string;
  /** kebab-case file stems: "petition", "petitions". */
  'entity-file': string;
  'entities-file': string;
  /** SQL table: "petition". */
  table: string;
  /** Database suffix (hub_<database>): hyphens are not allowed there. */
  database: string;
  /** The name in env variables (SUBGRAPH_URL_<ENV>, HUB_<ENV>_…): "PETITIONS", "LABOUR_DISPUTES". */
  ENV: string;
  /** The example entity in constant names (PETITION_MOVES): "PETITION". */
  ENTITY: string;
}

export const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const RESERVED = new Set([
  'kit',
  'gateway',
  'test',
  'schema',
  'scripts',
  'supergraph',
  'organisation',
  'organisations',
]);

const pascal = (words: string[]) => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
const camel = (words: string[]) => pascal(words).replace(/^./, (c) => c.toLowerCase());

/** English singular of the last word, good enough for a class name ("--entity" overrides it). */
export function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

/** Validates the name's form; returns a message saying what is wrong, or null. */
export function nameProblem(name: string | undefined): string | null {
  if (!name)
    return 'Give the new subgraph a name: npm run new-subgraph -- <name> (e.g. petitions).';
  if (!NAME_PATTERN.test(name)) {
    return `"${name}" is not a valid subgraph name: use lowercase letters and digits, words separated by single hyphens, starting with a letter (e.g. petitions, labour-disputes).`;
  }
  if (name.length > 40)
    return `"${name}" is too long: at most 40 characters (it becomes a package, a database and an env variable name).`;
  if (RESERVED.has(name))
    return `"${name}" is reserved: the hub already uses it for something else.`;
  return null;
}

/** `entity`: the example entity's class name when the English singular of the name is wrong. */
export function deriveNames(name: string, entityOverride?: string): SubgraphNames {
  const words = name.split('-');
  let singularWords = [...words.slice(0, -1), singular(words.at(-1)!)];
  if (entityOverride) {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(entityOverride))
      throw new Error(
        `--entity "${entityOverride}" must be a PascalCase class name, e.g. Petition.`,
      );
    singularWords = entityOverride.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  }
  const last = singularWords.at(-1)!;
  const pluralWords = [...singularWords.slice(0, -1), plural(last)];
  // The name is usually the plural already (petitions): keep the bureau's own word for the list.
  const listWords =
    !entityOverride && singular(words.at(-1)!) !== words.at(-1) ? words : pluralWords;
  return {
    name,
    Entity: pascal(singularWords),
    entity: camel(singularWords),
    Entities: pascal(listWords),
    entities: camel(listWords),
    'entity-file': singularWords.join('-'),
    'entities-file': listWords.join('-'),
    table: singularWords.join('_'),
    database: name.replace(/-/g, '_'),
    ENV: name.toUpperCase().replace(/-/g, '_'),
    ENTITY: singularWords.join('_').toUpperCase(),
  };
}

/**
 * What the new subgraph would collide with: an existing folder or registry entry, or a type or
 * field name the composed supergraph already has (composition would fail later, less clearly).
 */
export function collisions(root: string, names: SubgraphNames, registered: string[]): string[] {
  const problems: string[] = [];
  if (registered.includes(names.name))
    problems.push(`"${names.name}" is already a subgraph in schema/supergraph.yaml.`);
  if (existsSync(join(root, 'subgraphs', names.name)))
    problems.push(`subgraphs/${names.name} already exists.`);
  const supergraphFile = join(root, 'schema', 'supergraph.graphql');
  if (!existsSync(supergraphFile)) return problems;
  const sdl = readFileSync(supergraphFile, 'utf8');
  for (const type of [
    names.Entity,
    `${names.Entity}Status`,
    `${names.Entity}Connection`,
    `${names.Entity}Edge`,
    `Create${names.Entity}Input`,
    `Change${names.Entity}StatusInput`,
  ]) {
    if (new RegExp(`^(type|enum|input|interface|union|scalar) ${type}\\b`, 'm').test(sdl))
      problems.push(
        `The supergraph already has a type ${type}: pick another name, or --entity <ClassName>.`,
      );
  }
  const fieldsOf = (type: string) => {
    const block = new RegExp(`^type ${type}\\b[^{]*\\{([^}]*)\\}`, 'm').exec(sdl)?.[1] ?? '';
    return new Set([...block.matchAll(/^\s+(\w+)[(:]/gm)].map((m) => m[1]!));
  };
  if (fieldsOf('Organisation').has(names.entities))
    problems.push(`Organisation already has a field "${names.entities}".`);
  for (const field of [names.entities, names.entity])
    if (fieldsOf('Query').has(field))
      problems.push(`The supergraph already has a query "${field}".`);
  for (const mutation of [`create${names.Entity}`, `change${names.Entity}Status`])
    if (fieldsOf('Mutation').has(mutation))
      problems.push(`The supergraph already has a mutation "${mutation}".`);
  return problems;
}
