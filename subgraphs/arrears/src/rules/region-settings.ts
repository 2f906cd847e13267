// The settings that belong to a region (docs/domain/complaints.md §clocks, docs/programmes.md):
// when the monthly ledger is due, how long a complaint may take at each step, which unit receives
// complaints, how large an archive file may be. Each region may set any of them; a region that
// does not inherits its parent's, up the region tree, and above the top the hub's defaults
// (config.ts). The complaint clocks may be shorter than the regulation's, never longer: the
// statutory terms (2025 art. 25) are the ceiling.
import type { Message } from '@arrears-hub/protocol/localized-messages';
import { arrearsMessages as msg } from '../messages.js';

/** 2025 art. 25: review and transfer within 10 working days; handle in 30 days, 90 at most. */
export const STATUTORY_CLOCKS = {
  reviewWorkingDays: 10,
  transferWorkingDays: 10,
  handlingDays: 30,
  maxHandlingDays: 90,
} as const;

export const SETTING_FIELDS = [
  'reportDay',
  'reportTime',
  'reviewWorkingDays',
  'transferWorkingDays',
  'handlingDays',
  'maxHandlingDays',
  'intakeOfficeId',
  'documentMaxBytes',
] as const;

export type SettingField = (typeof SETTING_FIELDS)[number];

export interface SettingValues {
  reportDay: number;
  /** "HH:MM", China time. */
  reportTime: string;
  reviewWorkingDays: number;
  transferWorkingDays: number;
  handlingDays: number;
  maxHandlingDays: number;
  /** The unit that receives complaints in the region (its 清欠办 or receiving bureau). */
  intakeOfficeId: string | null;
  documentMaxBytes: number;
}

/** One region's own settings: null (or absent) where it inherits. */
export type SettingsLayer = { regionCode: string } & {
  [K in SettingField]?: SettingValues[K] | null;
};

export interface EffectiveSettings extends SettingValues {
  /** For each setting, the region that set it (null: the hub's default). */
  sources: Record<SettingField, string | null>;
}

/** The hub's defaults: the statutory clocks and the deployment's settings. */
export function hubDefaults(config: {
  ledgerReportDay: number;
  documentMaxBytes: number;
}): SettingValues {
  return {
    reportDay: config.ledgerReportDay,
    reportTime: '12:00',
    ...STATUTORY_CLOCKS,
    intakeOfficeId: null,
    documentMaxBytes: config.documentMaxBytes,
  };
}

/** The settings in force in a region: `layers` nearest first (the region, its parent, …). */
export function effectiveSettings(
  layers: readonly SettingsLayer[],
  defaults: SettingValues,
): EffectiveSettings {
  const values = { ...defaults } as Record<SettingField, unknown>;
  const sources = Object.fromEntries(SETTING_FIELDS.map((f) => [f, null])) as Record<
    SettingField,
    string | null
  >;
  for (const field of SETTING_FIELDS) {
    const layer = layers.find((l) => l[field] !== null && l[field] !== undefined);
    if (layer) {
      values[field] = layer[field];
      sources[field] = layer.regionCode;
    }
  }
  return { ...(values as unknown as SettingValues), sources };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What is wrong with the settings a region would have in force after a change (`merged`: the
 * change over what it inherits), by the field the clerk typed. Messages are Chinese first.
 */
export function settingsProblems(
  changed: ReadonlySet<SettingField>,
  merged: SettingValues,
  limits: { maxDocumentBytes: number },
): { field: SettingField; message: string; messageId: string }[] {
  const problems: { field: SettingField; message: string; messageId: string }[] = [];
  const check = (field: SettingField, ok: boolean, message: Message) => {
    if (changed.has(field) && !ok)
      problems.push({ field, message: message.text(), messageId: message.id });
  };
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  check('reportDay', whole(merged.reportDay, 1, 28), msg.reportDayRange());
  check('reportTime', TIME.test(merged.reportTime), msg.reportTimeForm());
  for (const field of ['reviewWorkingDays', 'transferWorkingDays', 'handlingDays'] as const)
    check(
      field,
      whole(merged[field], 1, STATUTORY_CLOCKS[field]),
      msg.clockOverStatute({ max: STATUTORY_CLOCKS[field] }),
    );
  check(
    'maxHandlingDays',
    whole(merged.maxHandlingDays, merged.handlingDays, STATUTORY_CLOCKS.maxHandlingDays),
    msg.maxHandlingRange({ min: merged.handlingDays, max: STATUTORY_CLOCKS.maxHandlingDays }),
  );
  if (changed.has('handlingDays') && !changed.has('maxHandlingDays'))
    check(
      'handlingDays',
      merged.handlingDays <= merged.maxHandlingDays,
      msg.handlingOverMax({ max: merged.maxHandlingDays }),
    );
  check(
    'documentMaxBytes',
    whole(merged.documentMaxBytes, 1024, limits.maxDocumentBytes),
    msg.documentLimitRange({ max: limits.maxDocumentBytes }),
  );
  return problems;
}
