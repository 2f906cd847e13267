// Whose ledger an export covers: one unit, a sector authority and the units it supervises, a
// working group (its member and aggregating units, from the organisations subgraph through the
// WORKING_GROUP_UNITS contract), or a region and the regions below it.
import {
  callContract,
  isUuid,
  Problems,
  problemsError,
  unitsInRegion,
  WORKING_GROUP_UNITS,
  type DirectoryUnit,
  type SubgraphContext,
  type Message,
} from '@arrears-hub/subgraph-kit';
import type { LedgerExportInput } from './spreadsheet.types.js';
import { arrearsMessages as msg } from '../messages.js';

export interface ExportScope {
  ids: string[];
  title: string;
  slug: string;
}

function refuse(field: string, message: Message): never {
  throw problemsError([{ field, message: message.text(), messageId: message.id }], 'input');
}

/** A working group's member and aggregating units, as the group's ledger gathers them. */
async function workingGroupScope(ctx: SubgraphContext, id: string): Promise<ExportScope> {
  if (!isUuid(id)) refuse('workingGroupId', msg.notAWorkingGroupId({ id }));
  const group = await callContract(ctx, WORKING_GROUP_UNITS, { id });
  if (!group) refuse('workingGroupId', msg.noSuchWorkingGroup({ id }));
  return { ids: group.unitIds, title: group.name, slug: group.name };
}

/** The units an export covers, and a title for it. */
export async function exportScope(
  ctx: SubgraphContext,
  input: LedgerExportInput,
  units: ReadonlyMap<string, DirectoryUnit>,
): Promise<ExportScope> {
  const chosen = [input.unitId, input.sectorUnitId, input.workingGroupId, input.regionCode].filter(
    (v) => v,
  );
  if (chosen.length !== 1) new Problems().add('input', msg.exportOneScope()).throwIfAny('');
  if (input.workingGroupId) return workingGroupScope(ctx, input.workingGroupId);
  if (input.regionCode) {
    const ids = unitsInRegion(units, input.regionCode).map((u) => u.id);
    if (!ids.length) refuse('regionCode', msg.noUnitsInRegion({ code: input.regionCode }));
    return { ids, title: `行政区划 ${input.regionCode}`, slug: input.regionCode };
  }
  const id = (input.unitId ?? input.sectorUnitId)!;
  const field = input.unitId ? 'unitId' : 'sectorUnitId';
  const unit = isUuid(id) ? units.get(id) : undefined;
  if (!unit) refuse(field, msg.noSuchUnitId({ id }));
  if (input.unitId) return { ids: [unit.id], title: unit.name, slug: unit.name };
  const ids = [
    unit.id,
    ...[...units.values()].filter((u) => u.supervisorId === unit.id).map((u) => u.id),
  ];
  return { ids, title: `${unit.name}及所属行业单位`, slug: `${unit.name}-行业` };
}
