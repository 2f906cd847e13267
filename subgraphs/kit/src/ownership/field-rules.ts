// Field-level rules from the ownership declarations (`fields: { contactPhone: { relations,
// roles } }`), enforced for every field of every owned type by one global middleware: a viewer who
// may see the record but not the field gets null, whichever query or nested path brought it.
import type { MiddlewareFn } from 'type-graphql';
import type { SubgraphContext } from '../context.js';
import { narrowJurisdictionOf } from '../jurisdiction.js';
import { allOwnerships, type FieldRule, type Ownership } from './declare.js';
import { unscoped } from './filter.js';
import { heldRelations } from './scope.js';

let rulesByType:
  Map<string, { ownership: Ownership; fields: Record<string, FieldRule> }> | undefined;

function rules() {
  rulesByType ??= new Map(
    allOwnerships()
      .filter((o) => Object.keys(o.fields).length)
      .map((o) => [o.name, { ownership: o, fields: o.fields as Record<string, FieldRule> }]),
  );
  return rulesByType;
}

/** Whether the viewer may read `field` of `row` under `rule`. */
export async function mayReadField(
  ctx: SubgraphContext,
  ownership: Ownership,
  rule: FieldRule,
  row: Record<string, unknown>,
): Promise<boolean> {
  const roles = ctx.viewer.roles;
  if (roles.includes('ADMIN')) return true;
  const own = ctx.viewer.organisationId;
  if (
    own &&
    rule.exceptOwnUnit?.some((name) => {
      const relation = ownership.relations[name];
      return relation?.kind === 'unit' && row[relation.property] === own;
    })
  )
    return false;
  if (rule.roles?.some((r) => roles.includes(r))) return true;
  if (!rule.relations?.length) return false;
  // A field rule's relations are held as the unit's own staff (BUREAU) or the enterprise itself,
  // never through a wide role's coverage: an unbound FINANCE viewer covers every unit, yet is not
  // the handling unit of a complaint. Wide roles are let in only when the rule names them.
  const j = await narrowJurisdictionOf(ctx);
  const em = ctx.em.fork();
  const held = await heldRelations(
    ownership,
    j,
    row,
    (entity, id) =>
      em.findOne(
        entity,
        { id } as Record<string, unknown>,
        unscoped('field rule reads the parent it judges'),
      ) as Promise<Record<string, unknown> | null>,
  );
  return rule.relations.some((r) => held.has(r));
}

export const fieldRulesMiddleware: MiddlewareFn<SubgraphContext> = async (
  { root, info, context },
  next,
) => {
  const typeRules = rules().get(info.parentType.name);
  const rule = typeRules?.fields[info.fieldName];
  if (!rule || !root) return next();
  if (!(await mayReadField(context, typeRules.ownership, rule, root as Record<string, unknown>)))
    return null;
  return next();
};
