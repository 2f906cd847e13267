// The ledger spreadsheet through GraphQL: the blank template, and the export of a unit's, a
// sector's, a working group's or a region's ledger (today's, or a month's report as submitted) as
// XLSX or CSV — from the rows the viewer may see (the jurisdiction filter).
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import {
  addMoney,
  Problems,
  todayInChina,
  unitDirectory,
  type DirectoryUnit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ArrearStatus, isCounted } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { isPeriod } from '../rules/reporting-period.js';
import { exportScope, type ExportScope } from './export-scope.js';
import {
  CSV_MEDIA_TYPE,
  ledgerCsv,
  ledgerRow,
  ledgerWorkbook,
  templateWorkbook,
  XLSX_MEDIA_TYPE,
} from './ledger-export.js';
import { MAX_ROWS } from './ledger-sheet.js';
import { monthlyReport } from './monthly-report.js';
import { LedgerExportInput, SpreadsheetFile, SpreadsheetFormat } from './spreadsheet.types.js';
import { refuseUnless } from '../refuse.js';
import { arrearsMessages as msg } from '../messages.js';

/** Unit names can hold characters that file systems refuse. */
const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '_');

@Resolver()
export class LedgerExportResolver {
  @Authorized()
  @Query(() => SpreadsheetFile, {
    description: 'The blank ledger template (台账模板) with Chinese headers, notes and drop-downs.',
  })
  async ledgerTemplate(): Promise<SpreadsheetFile> {
    const file = await templateWorkbook();
    return {
      fileName: '清欠台账模板.xlsx',
      mediaType: XLSX_MEDIA_TYPE,
      contentBase64: file.toString('base64'),
      rows: 0,
    };
  }

  @Authorized('ADMIN', 'LEADING_GROUP', 'BUREAU', 'FINANCE', 'INSPECTOR')
  @Query(() => SpreadsheetFile, {
    description:
      'The ledger of a unit, a sector or a region in the template’s layout, as of today, from the stored figures.',
  })
  async ledgerExport(
    @Arg('input', () => LedgerExportInput) input: LedgerExportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SpreadsheetFile> {
    const units = await unitDirectory().all();
    const scope = await exportScope(ctx, input, units);
    if (input.period) return this.monthlyReportFile(input, input.period, scope, units, ctx);
    const where: FilterQuery<Arrear> = input.includeClosed
      ? { debtorId: { $in: scope.ids } }
      : {
          debtorId: { $in: scope.ids },
          status: { $nin: [ArrearStatus.CLEARED, ArrearStatus.WITHDRAWN] },
        };
    const total = await ctx.em.count(Arrear, where);
    if (total > MAX_ROWS)
      new Problems().add('input', msg.exportTooLarge({ total, max: MAX_ROWS })).throwIfAny('');
    const arrears = await ctx.em.find(Arrear, where, {
      orderBy: { debtorId: 'asc', contractSignedOn: 'asc', contractNo: 'asc' },
    });
    const asOf = todayInChina();
    const rows = arrears.map((a) => ledgerRow(a, units, asOf));
    // The totals count what every ledger figure counts (not withdrawn, not in court).
    const counted = arrears.filter(isCounted);
    const totals = {
      count: counted.length,
      amountDue: counted.reduce((s, a) => addMoney(s, a.amountDue), '0.00'),
      paid: counted.reduce((s, a) => addMoney(s, a.paid), '0.00'),
      outstanding: counted.reduce((s, a) => addMoney(s, a.outstanding), '0.00'),
    };
    const name = safeFileName(`清欠台账-${scope.slug}-${asOf}`);
    if (input.format === SpreadsheetFormat.CSV) {
      return {
        fileName: `${name}.csv`,
        mediaType: CSV_MEDIA_TYPE,
        contentBase64: ledgerCsv(rows).toString('base64'),
        rows: rows.length,
      };
    }
    const file = await ledgerWorkbook(rows, `${scope.title}（截至 ${asOf}）`, totals, [
      {
        label: '不计入合计的笔数（已撤回、司法程序，办理状态注明）',
        value: arrears.length - counted.length,
      },
    ]);
    return {
      fileName: `${name}.xlsx`,
      mediaType: XLSX_MEDIA_TYPE,
      contentBase64: file.toString('base64'),
      rows: rows.length,
    };
  }

  private async monthlyReportFile(
    input: LedgerExportInput,
    period: string,
    scope: ExportScope,
    units: ReadonlyMap<string, DirectoryUnit>,
    ctx: SubgraphContext,
  ): Promise<SpreadsheetFile> {
    refuseUnless(isPeriod(period), 'period', msg.notAPeriodShort({ period }), 'input');
    const report = await monthlyReport(ctx, scope.ids, period, units);
    const name = safeFileName(`清欠月报-${scope.slug}-${period}`);
    if (input.format === SpreadsheetFormat.CSV) {
      return {
        fileName: `${name}.csv`,
        mediaType: CSV_MEDIA_TYPE,
        contentBase64: ledgerCsv(report.rows).toString('base64'),
        rows: report.rows.length,
      };
    }
    const file = await ledgerWorkbook(report.rows, `${scope.title} ${period} 月报`, report.totals, [
      { label: '已报送单位数', value: report.reported },
      { label: '未报送单位', value: report.missing.join('、') || '无' },
      { label: '其中退回待重报', value: report.returned.join('、') || '无' },
      { label: '阶段性清零暂停报送', value: report.paused.join('、') || '无' },
      { label: '不计入合计的笔数（司法程序，办理状态注明）', value: report.totals.leftOut },
    ]);
    return {
      fileName: `${name}.xlsx`,
      mediaType: XLSX_MEDIA_TYPE,
      contentBase64: file.toString('base64'),
      rows: report.rows.length,
    };
  }
}
