// Changing a region's own settings: for the region's leading group or ADMIN (@Creates through the
// region relation, checked before anything else: a leading group bound to another county is
// FORBIDDEN), judged on what would be in force afterwards (a clock may be shorter than the
// statute's, never longer), created or changed through the kit, so audited.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  changeEntity,
  createEntity,
  Creates,
  inTransaction,
  isUuid,
  Problems,
  unitDirectory,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import {
  SETTING_FIELDS,
  settingsProblems,
  type SettingField,
  type SettingValues,
} from '../rules/region-settings.js';
import { chainOfRegion, loadLayers, settingsFor } from './region-layers.js';
import { RegionSettings } from './region-settings.entity.js';
import { SetRegionSettingsInput } from './region-settings.inputs.js';
import { arrearsMessages as msg } from '../messages.js';

/** The largest archive file any region may allow (the old setting's ceiling). */
const MAX_DOCUMENT_BYTES = 50_000_000;

type OwnValues = { [K in SettingField]?: SettingValues[K] | null };

@Resolver(() => RegionSettings)
export class RegionSettingsMutationResolver {
  @Authorized('LEADING_GROUP')
  @Creates(RegionSettings, { region: 'input.regionCode' })
  @Mutation(() => RegionSettings, {
    description:
      'Sets a region’s own settings (report day and hour, complaint clocks, intake office, archive file limit); a field given as null inherits again. The regions below inherit them.',
  })
  async setRegionSettings(
    @Arg('input', () => SetRegionSettingsInput) input: SetRegionSettingsInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RegionSettings> {
    const problems = new Problems();
    const chain = await chainOfRegion(input.regionCode);
    if (!chain) {
      problems.add('regionCode', msg.noSuchRegion({ code: input.regionCode }));
      problems.throwIfAny('input');
    }
    const changes: OwnValues = {};
    for (const field of SETTING_FIELDS)
      if (input[field] !== undefined) (changes as Record<string, unknown>)[field] = input[field];
    if (input.intakeOfficeId) {
      const unit = isUuid(input.intakeOfficeId)
        ? (await unitDirectory().get([input.intakeOfficeId])).get(input.intakeOfficeId)
        : undefined;
      const related =
        unit &&
        (unit.regionPath.includes(`/${input.regionCode}/`) ||
          chain!.codes.includes(unit.regionCode));
      if (!unit) problems.add('intakeOfficeId', msg.noSuchUnitId({ id: input.intakeOfficeId }));
      else if (!related || unit.status !== 'ACTIVE')
        problems.add('intakeOfficeId', msg.intakeOfficeNotInRegion({ name: unit.name }));
    }
    return inTransaction(
      ctx,
      async (em) => {
        const layers = await loadLayers(em, [chain!]);
        const own = layers.settings.find((s) => s.regionCode === input.regionCode);
        const after = { ...(own ?? {}), ...changes, regionCode: input.regionCode };
        const merged = settingsFor(
          {
            ...layers,
            settings: [
              ...layers.settings.filter((s) => s.regionCode !== input.regionCode),
              after as RegionSettings,
            ],
          },
          chain!,
        );
        const changed = new Set(
          SETTING_FIELDS.filter(
            (f) => changes[f] !== undefined && changes[f] !== null && f !== 'intakeOfficeId',
          ),
        );
        problems.merge(settingsProblems(changed, merged, { maxDocumentBytes: MAX_DOCUMENT_BYTES }));
        problems.throwIfAny('input');
        const apply = (row: RegionSettings) => {
          Object.assign(row, changes);
          row.updatedBy = ctx.viewer.id;
          return row;
        };
        if (own)
          return changeEntity(
            ctx,
            RegionSettings,
            {
              id: own.id,
              expectedVersion: input.expectedVersion,
              action: 'SET',
              label: msg.nounRegionSettings(),
              em,
            },
            apply,
          );
        return createEntity(
          ctx,
          RegionSettings,
          { ...changes, regionCode: input.regionCode, updatedBy: ctx.viewer.id },
          { em, action: 'SET' },
        );
      },
      {
        unique: {
          region_settings_region_unique: msg.settingsJustCreated(),
        },
      },
    );
  }
}
