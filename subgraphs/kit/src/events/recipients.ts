// Who a rule tells about a unit's affair, from the unit directory: the unit itself, the unit that
// supervises it (主管部门, when the rule wants it told), and the office of the unit's region
// (清欠办: the region's leading group and inspectors read it; officeRegionOf).
import type { DirectoryUnit, NoticeRecipient } from '../contracts/catalogue.js';
import { unitDirectory } from '../unit-directory.js';

export interface TellOptions {
  /** Tell the supervising unit too (an instalment missed, a plan in default). */
  supervisor?: boolean;
  /** Tell the region's office too. */
  regionOffice?: boolean;
}

/**
 * The region whose office (清欠办) answers for a unit's affairs: the county-level region on the
 * unit's path (a six-digit code that is not a province's or a city's, …00), where the leading group
 * sits; the unit's own region when there is none. Issue 14's region settings may name it instead.
 */
export function officeRegionOf(unit: Pick<DirectoryUnit, 'regionCode' | 'regionPath'>): string {
  const county = unit.regionPath
    .split('/')
    .filter((code) => /^\d{6}$/.test(code) && !code.endsWith('00'))
    .pop();
  return county ?? unit.regionCode;
}

/** The recipients for each unit, from one directory read. */
export async function recipientsOfUnits(
  unitIds: readonly string[],
  options: TellOptions = {},
): Promise<Map<string, NoticeRecipient[]>> {
  const units = await unitDirectory().get([...new Set(unitIds)]);
  const result = new Map<string, NoticeRecipient[]>();
  for (const id of unitIds) {
    const unit = units.get(id);
    const recipients: NoticeRecipient[] = [{ type: 'UNIT', unitId: id }];
    if (options.supervisor && unit?.supervisorId && unit.supervisorId !== id)
      recipients.push({ type: 'UNIT', unitId: unit.supervisorId });
    if (options.regionOffice && unit)
      recipients.push({ type: 'REGION_OFFICE', regionCode: officeRegionOf(unit) });
    result.set(id, recipients);
  }
  return result;
}

/** A unit's name for a notice's text (its id when the directory does not know it). */
export async function unitNames(unitIds: readonly string[]): Promise<Map<string, string>> {
  const units = await unitDirectory().get([...new Set(unitIds)]);
  return new Map(unitIds.map((id) => [id, units.get(id)?.name ?? id]));
}
