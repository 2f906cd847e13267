// Settings that belong to each region (report day and hour, calendar, complaint clocks, intake
// office, archive file limit): owned by the region, inherited down the tree, written only by the
// region's leading group or ADMIN, audited. A deadline on a rest day moves to the next working
// day; a calendar year a clock needs and nobody entered is a warning on the region and an error
// naming the year.
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql, type As } from './harness/client.ts';
import { query } from './harness/access-oracle.ts';
import { unique } from './harness/fixtures.ts';

const CHENGQU = '140502';
const CHENGQU_LG: As = { roles: ['LEADING_GROUP'], region: CHENGQU, sub: 'settings-chengqu' };
const YE_LG: As = { roles: ['LEADING_GROUP'], region: '410422', sub: 'settings-ye' };
const SET = `mutation($i: SetRegionSettingsInput!) { setRegionSettings(input: $i) {
  id regionCode version reportDay reportTime reviewWorkingDays handlingDays } }`;
const SETTINGS = `query($c: ID!) { region(code: $c) { settings {
  reportDay reportTime reviewWorkingDays transferWorkingDays handlingDays maxHandlingDays
  documentMaxBytes intakeOffice { id name } sources { setting regionCode } own { version } } } }`;

const audits = async (entity: string) =>
  (
    await query<{ n: number }>(
      'arrears',
      'select count(*)::int as n from audit_trail where entity = $1',
      [entity],
    )
  )[0]!.n;

async function chengquUnit(kind: string): Promise<{ id: string; name: string }> {
  const result = await data<any>(
    `query($k: [OrganisationKind!]) { organisations(first: 1, filter: { kinds: $k, regionCode: "140502" }) { edges { node { id name } } } }`,
    { k: [kind] },
  );
  return result.organisations.edges[0].node;
}

afterAll(async () => {
  // Back to inheriting, so the rest of the suite sees the hub's defaults in 晋城城区.
  await gql(
    SET,
    {
      i: {
        regionCode: CHENGQU,
        reportDay: null,
        reportTime: null,
        reviewWorkingDays: null,
        intakeOfficeId: null,
      },
    },
    CHENGQU_LG,
  );
});

describe('a deadline on a rest day', () => {
  it('moves from Sunday 2026-12-20 to Monday 2026-12-21 (noon, China time)', async () => {
    const result = await data<any>(
      `{ region(code: "150627") { reportingDeadline(period: "2026-12") { dueAt dueOn moved basis } } }`,
    );
    expect(result.region.reportingDeadline).toMatchObject({
      dueAt: '2026-12-21T12:00:00.000+08:00',
      dueOn: '2026-12-21',
      moved: true,
    });
    expect(result.region.reportingDeadline.basis).toMatch(/2026-12-20 为休息日/);
    // November's 20th is a Friday: it stands.
    const november = await data<any>(
      `{ region(code: "150627") { reportingDeadline(period: "2026-11") { dueAt moved } } }`,
    );
    expect(november.region.reportingDeadline).toEqual({
      dueAt: '2026-11-20T12:00:00.000+08:00',
      moved: false,
    });
  });
});

describe('settings owned by a region', () => {
  it('are refused outside the region, and nothing is written', async () => {
    const before = await Promise.all(
      ['RegionSettings', 'ReportingPeriod', 'CalendarDay'].map((e) => audits(e)),
    );
    const settings = await gql(SET, { i: { regionCode: '150621', reportDay: 15 } }, YE_LG);
    expect(errorCodes(settings)).toEqual(['FORBIDDEN']);
    const deadline = await gql(
      `mutation { setReportingDeadline(period: "2027-01", dueAt: "2027-01-15T04:00:00Z", regionCode: "150621") { id } }`,
      {},
      YE_LG,
    );
    expect(errorCodes(deadline)).toEqual(['FORBIDDEN']);
    const day = await gql(
      `mutation { setCalendarDay(input: { day: "2026-12-31", kind: HOLIDAY, regionCode: "150621" }) { id } }`,
      {},
      YE_LG,
    );
    expect(errorCodes(day)).toEqual(['FORBIDDEN']);
    // A bureau is no leading group.
    const unit = await chengquUnit('GOVERNMENT_DEPARTMENT');
    expect(
      errorCodes(
        await gql(
          SET,
          { i: { regionCode: CHENGQU, reportDay: 15 } },
          { roles: ['BUREAU'], org: unit.id },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const after = await Promise.all(
      ['RegionSettings', 'ReportingPeriod', 'CalendarDay'].map((e) => audits(e)),
    );
    expect(after).toEqual(before);
    // 达拉特旗 still reports on the 20th.
    expect((await data<any>(SETTINGS, { c: '150621' })).region.settings.reportDay).toBe(20);
  });

  it('are set by the region’s leading group, audited, inherited below, and the statute is the ceiling', async () => {
    const office = await chengquUnit('GOVERNMENT_DEPARTMENT');
    const before = await audits('RegionSettings');
    const tooLong = await gql(
      SET,
      { i: { regionCode: CHENGQU, reviewWorkingDays: 11 } },
      CHENGQU_LG,
    );
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(tooLong.errors![0]!.extensions!.field).toBe('input.reviewWorkingDays');
    const outsider = await gql(
      SET,
      {
        i: {
          regionCode: CHENGQU,
          intakeOfficeId: (
            await data<any>(
              `{ organisations(first: 1, filter: { regionCode: "150621", kinds: [GOVERNMENT_DEPARTMENT] }) { edges { node { id } } } }`,
            )
          ).organisations.edges[0].node.id,
        },
      },
      CHENGQU_LG,
    );
    expect(outsider.errors![0]!.extensions!.field).toBe('input.intakeOfficeId');
    const set = (
      await data<any>(
        SET,
        {
          i: {
            regionCode: CHENGQU,
            reportDay: 25,
            reportTime: '09:00',
            reviewWorkingDays: 7,
            intakeOfficeId: office.id,
          },
        },
        CHENGQU_LG,
      )
    ).setRegionSettings;
    expect(set).toMatchObject({ regionCode: CHENGQU, reportDay: 25, reviewWorkingDays: 7 });
    expect(await audits('RegionSettings')).toBe(before + 1);
    const settings = (await data<any>(SETTINGS, { c: CHENGQU })).region.settings;
    expect(settings).toMatchObject({
      reportDay: 25,
      reportTime: '09:00',
      reviewWorkingDays: 7,
      transferWorkingDays: 10,
      handlingDays: 30,
      maxHandlingDays: 90,
      intakeOffice: { id: office.id },
    });
    const source = (s: string) => settings.sources.find((x: any) => x.setting === s).regionCode;
    expect(source('reportDay')).toBe(CHENGQU);
    expect(source('handlingDays')).toBeNull();
    // A region below inherits; a region elsewhere does not.
    const below = await data<any>(
      `{ region(code: "140502") { children { code settings { reportDay sources { setting regionCode } } } } }`,
    );
    for (const child of below.region.children) {
      expect(child.settings.reportDay).toBe(25);
      expect(child.settings.sources.find((x: any) => x.setting === 'reportDay').regionCode).toBe(
        CHENGQU,
      );
    }
    expect((await data<any>(SETTINGS, { c: '150621' })).region.settings.reportDay).toBe(20);
    // The region's deadline follows: November's 25th (a Wednesday) at 09:00.
    const deadline = await data<any>(
      `{ region(code: "140502") { reportingDeadline(period: "2026-11") { dueAt } } }`,
    );
    expect(deadline.region.reportingDeadline.dueAt).toBe('2026-11-25T09:00:00.000+08:00');
    // A stale version is a CONFLICT.
    const stale = await gql(
      SET,
      { i: { regionCode: CHENGQU, reportDay: 24, expectedVersion: set.version - 1 } },
      CHENGQU_LG,
    );
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
  });

  it('the region’s review clock is the complaint’s: 7 working days in 晋城城区', async () => {
    await data<any>(SET, { i: { regionCode: CHENGQU, reviewWorkingDays: 7 } }, CHENGQU_LG);
    const respondent = await chengquUnit('GOVERNMENT_DEPARTMENT');
    const complainant = (
      await data<any>(
        `{ organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id name } } } }`,
      )
    ).organisations.edges[0].node;
    const filed = await data<any>(
      `mutation($i: FileClueInput!) { fileClue(input: $i) { reviewDueOn } }`,
      {
        i: {
          channel: 'PHONE',
          receivedOn: '2026-09-21',
          complainantId: complainant.id,
          complainantName: complainant.name,
          respondentId: respondent.id,
          respondentName: respondent.name,
          amountClaimed: '1000.00',
          contractNo: unique('HT'),
          facts: '服务款逾期未付。',
          notInOtherProceedings: true,
          contactName: '联系人',
          contactPhone: '13800000000',
        },
      },
      ADMIN,
    );
    // From Monday 2026-09-21: 22, 23, 24, (25 中秋节) 28, 29, 30, (10-01 … 10-07 国庆节) 10-08:
    // the 7th working day is Thursday 2026-10-08.
    expect(filed.fileClue.reviewDueOn).toBe('2026-10-08');
  });
});

describe('the calendar', () => {
  it('a clock that needs a year nobody entered is refused, naming the year; nothing is written', async () => {
    const before = await audits('Clue');
    const agency = (
      await data<any>(
        `{ organisations(first: 1, filter: { nameContains: "达拉特旗住房和城乡建设局" }) { edges { node { id name } } } }`,
      )
    ).organisations.edges[0].node;
    const result = await gql<any>(
      `mutation($i: FileClueInput!) { fileClue(input: $i) { id } }`,
      {
        i: {
          channel: 'PETITION',
          receivedOn: '2024-12-20',
          complainantName: '某建材经营部',
          respondentId: agency.id,
          respondentName: agency.name,
          amountClaimed: '5000.00',
          facts: '材料款未付。',
          notInOtherProceedings: true,
        },
      },
      ADMIN,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions).toMatchObject({
      field: 'input.receivedOn',
      missingYear: 2024,
    });
    expect(result.errors![0]!.message).toMatch(/2024 年的节假日安排/);
    expect(await audits('Clue')).toBe(before);
  });

  it('shows on the region which years are on record and warns about the ones it needs', async () => {
    const result = await data<any>(
      `{ region(code: "150621") { calendarYears calendarWarnings { year message } } }`,
    );
    const { calendarYears, calendarWarnings } = result.region;
    expect(calendarYears).toEqual(expect.arrayContaining([2025, 2026]));
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    const wanted = today.slice(5) >= '12-01' ? [year, year + 1] : [year];
    expect(calendarWarnings.map((w: any) => w.year)).toEqual(
      wanted.filter((y) => !calendarYears.includes(y)),
    );
    for (const w of calendarWarnings)
      expect(w.message).toMatch(new RegExp(`${w.year} 年节假日安排尚未录入`));
  });

  it('a region enters a year of its own; its regions below have it, others do not', async () => {
    const entered = await data<any>(
      `mutation($i: SetCalendarYearInput!) { setCalendarYear(input: $i) { regionCode year days { day kind } } }`,
      {
        i: {
          regionCode: CHENGQU,
          year: 2028,
          days: [
            { day: '2028-01-03', kind: 'HOLIDAY', note: '元旦（演示）' },
            { day: '2028-01-08', kind: 'WORKDAY', note: '调休（演示）' },
          ],
          source: '测试',
        },
      },
      CHENGQU_LG,
    );
    expect(entered.setCalendarYear).toMatchObject({ regionCode: CHENGQU, year: 2028 });
    expect(entered.setCalendarYear.days).toHaveLength(2);
    const years = await data<any>(
      `{ a: region(code: "140502") { calendarYears children { calendarYears } calendarDays(from: "2028-01-01", to: "2028-01-31") { day kind regionCode } }
         b: region(code: "150621") { calendarYears } }`,
    );
    expect(years.a.calendarYears).toContain(2028);
    for (const child of years.a.children) expect(child.calendarYears).toContain(2028);
    expect(years.b.calendarYears).not.toContain(2028);
    expect(years.a.calendarDays).toEqual([
      { day: '2028-01-03', kind: 'HOLIDAY', regionCode: CHENGQU },
      { day: '2028-01-08', kind: 'WORKDAY', regionCode: CHENGQU },
    ]);
    // Entering the year again replaces it.
    await data<any>(
      `mutation($i: SetCalendarYearInput!) { setCalendarYear(input: $i) { year } }`,
      { i: { regionCode: CHENGQU, year: 2028, days: [{ day: '2028-01-03', kind: 'HOLIDAY' }] } },
      CHENGQU_LG,
    );
    const replaced = await data<any>(
      `{ region(code: "140502") { calendarDays(from: "2028-01-01", to: "2028-01-31") { day } } }`,
    );
    expect(replaced.region.calendarDays.map((d: any) => d.day)).toEqual(['2028-01-03']);
    // A day outside the year is refused with its index.
    const wrong = await gql(
      `mutation($i: SetCalendarYearInput!) { setCalendarYear(input: $i) { year } }`,
      { i: { regionCode: CHENGQU, year: 2028, days: [{ day: '2029-01-01', kind: 'HOLIDAY' }] } },
      CHENGQU_LG,
    );
    expect(wrong.errors![0]!.extensions!.field).toBe('input.days.0.day');
  });
});
