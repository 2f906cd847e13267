import { describe, expect, it } from 'vitest';
import {
  effectiveSettings,
  hubDefaults,
  settingsProblems,
  type SettingField,
} from './region-settings.js';

const defaults = hubDefaults({ ledgerReportDay: 20, documentMaxBytes: 1_048_576 });

describe('region settings, inherited down the region tree', () => {
  it('takes each setting from the nearest region that sets it, else the hub default', () => {
    const town = { regionCode: '150621101', reviewWorkingDays: 7 };
    const banner = {
      regionCode: '150621',
      reportDay: 18,
      reviewWorkingDays: 9,
      intakeOfficeId: 'x',
    };
    const city = { regionCode: '150600', reportTime: '17:00' };
    const s = effectiveSettings([town, banner, city], defaults);
    expect(s).toMatchObject({
      reportDay: 18,
      reportTime: '17:00',
      reviewWorkingDays: 7,
      transferWorkingDays: 10,
      handlingDays: 30,
      maxHandlingDays: 90,
      intakeOfficeId: 'x',
      documentMaxBytes: 1_048_576,
    });
    expect(s.sources).toMatchObject({
      reportDay: '150621',
      reportTime: '150600',
      reviewWorkingDays: '150621101',
      transferWorkingDays: null,
      intakeOfficeId: '150621',
    });
  });

  it('a null in a nearer region inherits instead of overriding', () => {
    const s = effectiveSettings(
      [
        { regionCode: 'a', reportDay: null },
        { regionCode: 'b', reportDay: 15 },
      ],
      defaults,
    );
    expect(s.reportDay).toBe(15);
    expect(s.sources.reportDay).toBe('b');
  });
});

describe('what a region may set', () => {
  const fields = (changed: SettingField[], merged: Partial<typeof defaults>) =>
    settingsProblems(
      new Set(changed),
      { ...defaults, ...merged },
      { maxDocumentBytes: 50_000_000 },
    ).map((p) => p.field);

  it('shorter complaint clocks, never longer than the statute', () => {
    expect(fields(['reviewWorkingDays'], { reviewWorkingDays: 7 })).toEqual([]);
    expect(fields(['reviewWorkingDays'], { reviewWorkingDays: 11 })).toEqual(['reviewWorkingDays']);
    expect(fields(['transferWorkingDays'], { transferWorkingDays: 0 })).toEqual([
      'transferWorkingDays',
    ]);
    expect(fields(['handlingDays'], { handlingDays: 31 })).toEqual(['handlingDays']);
    expect(fields(['maxHandlingDays'], { maxHandlingDays: 91 })).toEqual(['maxHandlingDays']);
    // The extended maximum may not be shorter than the handling time.
    expect(fields(['maxHandlingDays'], { handlingDays: 20, maxHandlingDays: 15 })).toEqual([
      'maxHandlingDays',
    ]);
  });

  it('a report day from the 1st to the 28th, an hour as HH:MM, a file limit within bounds', () => {
    expect(fields(['reportDay', 'reportTime'], { reportDay: 29, reportTime: '25:00' })).toEqual([
      'reportDay',
      'reportTime',
    ]);
    expect(fields(['reportDay', 'reportTime'], { reportDay: 28, reportTime: '09:30' })).toEqual([]);
    expect(fields(['documentMaxBytes'], { documentMaxBytes: 100 })).toEqual(['documentMaxBytes']);
  });

  it('judges only what changed: an inherited value is not the clerk’s fault', () => {
    expect(fields([], { reportDay: 31 })).toEqual([]);
  });
});
