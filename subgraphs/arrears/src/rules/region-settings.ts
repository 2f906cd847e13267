// The settings that belong to a region (docs/domain/complaints.md §clocks, docs/programmes.md):
// when the monthly ledger is due, how long a complaint may take at each step, which unit receives
// complaints, how large an archive file may be. Each region may set any of them; a region that
// does not inherits its parent's, up the region tree, and above the top the hub's defaults
// (config.ts). The complaint clocks may be shorter than the regulation's, never longer: the
// statutory terms (2025 art. 25) are the ceiling.

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
): { field: SettingField; message: string }[] {
  const problems: { field: SettingField; message: string }[] = [];
  const check = (field: SettingField, ok: boolean, message: string) => {
    if (changed.has(field) && !ok) problems.push({ field, message });
  };
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  check(
    'reportDay',
    whole(merged.reportDay, 1, 28),
    '报送日为每月 1 至 28 日（the report day is the 1st to the 28th）。',
  );
  check(
    'reportTime',
    TIME.test(merged.reportTime),
    '报送时间写作 HH:MM，例如“12:00”（write the hour as HH:MM）。',
  );
  for (const field of ['reviewWorkingDays', 'transferWorkingDays', 'handlingDays'] as const)
    check(
      field,
      whole(merged[field], 1, STATUTORY_CLOCKS[field]),
      `该时限为 1 至 ${STATUTORY_CLOCKS[field]} 天：地方可以缩短，不能长于条例第二十五条规定（at most the statutory ${STATUTORY_CLOCKS[field]} days）。`,
    );
  check(
    'maxHandlingDays',
    whole(merged.maxHandlingDays, merged.handlingDays, STATUTORY_CLOCKS.maxHandlingDays),
    `延期后最长办理时限为 ${merged.handlingDays} 至 ${STATUTORY_CLOCKS.maxHandlingDays} 天（not shorter than the handling time, at most 90 days）。`,
  );
  if (changed.has('handlingDays') && !changed.has('maxHandlingDays'))
    check(
      'handlingDays',
      merged.handlingDays <= merged.maxHandlingDays,
      `办理时限不能长于延期后最长时限 ${merged.maxHandlingDays} 天（longer than the extended maximum）。`,
    );
  check(
    'documentMaxBytes',
    whole(merged.documentMaxBytes, 1024, limits.maxDocumentBytes),
    `档案文件大小上限为 1024 至 ${limits.maxDocumentBytes} 字节（between 1 KiB and ${limits.maxDocumentBytes} bytes）。`,
  );
  return problems;
}
