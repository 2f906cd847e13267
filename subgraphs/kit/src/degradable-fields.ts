// A subgraph that is down must cost a query only the fields it resolves, never its neighbours'
// data (docs/operations.md, "when a subgraph is down"). The gateway answers a field it could not
// fetch with null and an error naming the subgraph (SUBGRAPH_UNAVAILABLE); a null in a non-null
// field would instead wipe out its parent, up to the whole root field. So, in every subgraph's
// schema, by construction rather than per resolver:
// - the fields this subgraph adds to another subgraph's entity (`Organisation.arrearsSummary` in
//   arrears) are nullable: when this subgraph is down, the entity's own fields still arrive;
// - a field of this subgraph that returns another subgraph's entity (`Arrear.debtor`) is nullable:
//   when the owner is down, the debt still arrives, with `debtor: null`.
// Key fields and `@external` fields keep the types they are declared with: an `@external` copy must
// match its definition (composition checks it), so a stub that requires a field another subgraph
// contributes declares it nullable, as the contributor's schema has it.
import {
  Kind,
  visit,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from 'graphql';

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

const hasDirective = (
  node: { directives?: readonly { name: { value: string } }[] },
  name: string,
) => node.directives?.some((d) => d.name.value === name) ?? false;

function keyFields(node: ObjectNode): Set<string> {
  const fields = new Set<string>();
  for (const directive of node.directives ?? []) {
    if (directive.name.value !== 'key') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'fields');
    if (arg?.value.kind === Kind.STRING)
      for (const name of arg.value.value.split(/[\s{}]+/)) if (name) fields.add(name);
  }
  return fields;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

const nullable = (type: TypeNode): TypeNode =>
  type.kind === Kind.NON_NULL_TYPE ? type.type : type;

/**
 * The subgraph's type definitions with those fields made nullable. `ownEntities`: the entity types
 * this subgraph owns (those it resolves references for); any other type with `@key` is foreign.
 */
export function degradableForeignFields(
  document: DocumentNode,
  ownEntities: ReadonlySet<string>,
): DocumentNode {
  const foreign = new Set<string>();
  for (const definition of document.definitions)
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
        definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      hasDirective(definition, 'key') &&
      !ownEntities.has(definition.name.value)
    )
      foreign.add(definition.name.value);

  const relax = (node: ObjectNode): ObjectNode => {
    const onForeign = foreign.has(node.name.value);
    const keys = keyFields(node);
    const fields = node.fields?.map((field): FieldDefinitionNode => {
      if (keys.has(field.name.value) || hasDirective(field, 'external')) return field;
      const contributed = onForeign;
      const pointsAway = foreign.has(namedType(field.type));
      return contributed || pointsAway ? { ...field, type: nullable(field.type) } : field;
    });
    return { ...node, fields };
  };
  return visit(document, {
    ObjectTypeDefinition: relax,
    ObjectTypeExtension: relax,
  });
}
