// nationalPlatformExport: each national-platform clue the viewer may see, in the platform's own
// file format with its handling result filled in (办理状态, 办理结果, 核实金额, 办理单位, 书面答复,
// dates), for upload back to the platform (docs/national-platform-format.md). The complainant's
// identity is written only for viewers the confidentiality rule lets read it. Importing the file
// again registers nothing: every record's platform reference is known.
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import {
  mayReadField,
  todayInChina,
  unitNames,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { clueWhere } from '../clue/clue.resolver.js';
import { Clue, ClueOwnership, COMPLAINANT_PRIVACY } from '../clue/clue.entity.js';
import { ClueChannel, ClueOutcome, ClueStatus } from '../clue/clue.enums.js';
import { jsonFile, parseAttachments, xlsxFile, type PlatformRecord } from './platform-format.js';
import { PlatformExportInput, PlatformFileFormat, PlatformFileOut } from './platform.types.js';
import { MAX_RECORDS } from './platform-import.mutations.js';
import { arrearsMessages as msg } from '../messages.js';

const STATUS: Record<ClueStatus, string> = {
  [ClueStatus.RECEIVED]: '已登记',
  [ClueStatus.ACCEPTED]: '已受理',
  [ClueStatus.REJECTED]: '不予受理',
  [ClueStatus.ASSIGNED]: '已转办',
  [ClueStatus.VERIFIED]: '已核查',
  [ClueStatus.ANSWERED]: '已书面答复',
  [ClueStatus.CLOSED]: '已办结',
};
const OUTCOME: Record<ClueOutcome, string> = {
  [ClueOutcome.ANSWERED]: '办结',
  [ClueOutcome.RESOLVED]: '化解',
};
const SIZE: Record<string, string> = {
  LARGE: '大型',
  MEDIUM: '中型',
  SMALL: '小型',
  MICRO: '微型',
};
// The file goes to the national platform: in Chinese, whoever exports it.
const MASKED = msg.confidentialName().zh;

@Resolver()
export class PlatformExportResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'INSPECTOR')
  @Query(() => PlatformFileOut, {
    description:
      'The national-platform clues the viewer may see, with their handling results, in the platform’s file format (JSON or XLSX) for upload back.',
  })
  async nationalPlatformExport(
    @Arg('input', () => PlatformExportInput) input: PlatformExportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PlatformFileOut> {
    const where = await clueWhere({
      channels: [ClueChannel.NATIONAL_PLATFORM],
      regionCodes: input.regionCodes ?? null,
      receivedFrom: input.receivedFrom ?? null,
      receivedTo: input.receivedTo ?? null,
    });
    const clues = await ctx.em.find(Clue, where, {
      orderBy: { receivedOn: 'asc', id: 'asc' },
      limit: MAX_RECORDS + 1,
    });
    if (clues.length > MAX_RECORDS)
      throw new UserInputError(msg.platformExportTooLarge({ max: MAX_RECORDS }), 'input');
    const handlers = await unitNames(
      clues.map((c) => c.handlingUnitId).filter((id): id is string => !!id),
    );
    const records: PlatformRecord[] = [];
    for (const clue of clues) {
      const known = await mayReadField(
        ctx,
        ClueOwnership,
        COMPLAINANT_PRIVACY,
        clue as unknown as Record<string, unknown>,
      );
      records.push({
        platformRef: clue.externalRef ?? clue.id,
        registeredOn: null,
        transferredOn: clue.receivedOn,
        creditor: {
          name: known ? clue.complainantName : MASKED,
          creditCode: known ? (clue.complainantCreditCode ?? null) : null,
          sizeClass:
            known && clue.complainantSizeClass ? (SIZE[clue.complainantSizeClass] ?? null) : null,
          contactName: known ? (clue.contactName ?? null) : null,
          contactPhone: known ? (clue.contactPhone ?? null) : null,
          address: known ? (clue.contactAddress ?? null) : null,
        },
        debtor: { name: clue.respondentName, creditCode: clue.respondentCreditCode ?? null },
        arrears: {
          amount: clue.amountClaimed,
          contractNo: clue.contractNo ?? null,
          facts: clue.facts,
          request: clue.request ?? null,
          notInOtherProceedings: clue.notInOtherProceedings,
        },
        attachments: parseAttachments(clue.evidence?.replace(/^国家平台附件：/, '') ?? undefined),
        result: {
          status: STATUS[clue.status],
          outcome: clue.outcome ? OUTCOME[clue.outcome] : null,
          confirmedAmount: clue.confirmedAmount ?? null,
          handlingUnit: clue.handlingUnitId ? (handlers.get(clue.handlingUnitId) ?? null) : null,
          feedback: clue.feedback ?? null,
          answeredOn: clue.answeredOn ?? null,
          closedOn: clue.closedOn ?? null,
          rejectionReason: clue.rejectionReason ?? null,
        },
      });
    }
    const stamp = todayInChina();
    const json = input.format === PlatformFileFormat.JSON;
    const bytes = json ? jsonFile(records, new Date()) : await xlsxFile(records);
    return {
      fileName: `国家平台转办办理结果-${stamp}.${json ? 'json' : 'xlsx'}`,
      mediaType: json
        ? 'application/json'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: bytes.toString('base64'),
      rows: records.length,
    };
  }
}
