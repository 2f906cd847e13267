// The enterprise's side of its complaint: it attaches evidence, answers the offices' requests for
// information and rates the answer; the intake office and the handling unit ask it questions (and
// may attach evidence they received on paper). None of it is the respondent's to read.
import { createHash } from 'node:crypto';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  changeEntity,
  checkText,
  ConflictError,
  createEntity,
  Creates,
  emitEvent,
  inTransaction,
  Problems,
  todayInChina,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { documentProblems } from '../archive/archive-document.validation.js';
import { settingsOfChain } from '../region-settings/region-layers.js';
import { ClueEvidence } from './clue-evidence.entity.js';
import { ClueInfoRequest } from './clue-info-request.entity.js';
import {
  AnswerClueInformationInput,
  AttachClueEvidenceInput,
  RequestClueInformationInput,
} from './clue-enterprise.inputs.js';
import { NotByRespondent } from './clue-guards.js';
import { clueChain } from './clue-region.js';
import { Clue } from './clue.entity.js';
import { ClueStatus } from './clue.enums.js';
import { RateClueInput } from './clue.inputs.js';
import { changeClue } from './clue-workflow.mutations.js';
import { arrearsMessages as msg } from '../messages.js';

const CLOSED = new Set([ClueStatus.REJECTED, ClueStatus.CLOSED]);
/** Who adds evidence: the complainant and the clue's intake and handling holders. */
const EVIDENCE_WRITERS = [
  'complainant',
  'region',
  'intakeOffice',
  'handlingUnit',
  'filer',
  'filingUnit',
];

@Resolver(() => Clue)
export class ClueEnterpriseResolver {
  @Authorized('ENTERPRISE', 'BUREAU', 'LEADING_GROUP')
  @Mutation(() => ClueEvidence, {
    description:
      'Attaches a file of evidence to a complaint: the complainant, or the offices handling it. The same file twice is a CONFLICT.',
  })
  @NotByRespondent()
  @Creates(ClueEvidence, { clue: 'input.clueId' })
  async attachClueEvidence(
    @Arg('input', () => AttachClueEvidenceInput) input: AttachClueEvidenceInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ClueEvidence> {
    const clue = await ctx.em.findOne(Clue, { id: input.clueId });
    const { documentMaxBytes } = await settingsOfChain(
      ctx.em,
      await clueChain(clue ?? { regionCode: null, respondentId: null }),
    );
    const { problems, document } = documentProblems(input, documentMaxBytes);
    const p = new Problems().merge(problems);
    const note = checkText(p, input.note, 'note', { max: 500 });
    p.throwIfAny('input');
    const { content, fileName } = document!;
    const sha256 = createHash('sha256').update(content).digest('hex');
    let created: ClueEvidence | null = null;
    await changeClue(
      ctx,
      { clueId: input.clueId },
      'ATTACH_EVIDENCE',
      `${input.kind} ${fileName} sha256:${sha256}`,
      async (row, em) => {
        if (CLOSED.has(row.status))
          throw new ConflictError(msg.clueClosedNoEvidence(), { status: row.status });
        if (await em.count(ClueEvidence, { clue: row.id, sha256 }))
          throw new ConflictError(msg.evidenceAlreadyAttached(), { sha256 });
        created = await createEntity(
          ctx,
          ClueEvidence,
          {
            clue: row.id,
            kind: input.kind,
            fileName,
            mediaType: input.mediaType,
            size: content.length,
            sha256,
            content,
            note,
            uploadedBy: ctx.viewer.id,
          },
          { em },
        );
      },
      EVIDENCE_WRITERS,
    );
    return created!;
  }

  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => ClueInfoRequest, {
    description:
      'Asks the complainant for more information or evidence (the intake office or the handling unit); the enterprise is told.',
  })
  @NotByRespondent()
  @Creates(ClueInfoRequest, { handlers: 'input.clueId' }, { as: ['handlers'] })
  async requestClueInformation(
    @Arg('input', () => RequestClueInformationInput) input: RequestClueInformationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ClueInfoRequest> {
    const p = new Problems();
    const question = checkText(p, input.question, 'question', {
      required: true,
      max: 2000,
      message: msg.questionRequired(),
    });
    if (input.answerBy) p.check(input.answerBy >= todayInChina(), 'answerBy', msg.answerByInPast());
    p.throwIfAny('input');
    return inTransaction(ctx, async (em) => {
      const clue = await em.findOne(Clue, { id: input.clueId });
      if (!clue) throw new ConflictError(msg.noSuchClue(), {});
      if (CLOSED.has(clue.status))
        throw new ConflictError(msg.clueClosed(), { status: clue.status });
      const request = await createEntity(
        ctx,
        ClueInfoRequest,
        {
          clue: clue.id,
          question: question!,
          answerBy: input.answerBy ?? null,
          askedBy: ctx.viewer.id,
        },
        { em, as: ['handlers'] },
      );
      if (clue.complainantId)
        await emitEvent(em, {
          topic: 'notice',
          key: `clue-info-request:${request.id}`,
          payload: {
            kind: 'CLUE_INFO_REQUESTED',
            recipients: [{ type: 'ENTERPRISE', enterpriseId: clue.complainantId }],
            text: msg.noticeClueInfoRequested({
              respondent: clue.respondentName,
              question: question!,
              answerBy: input.answerBy ?? null,
            }).zh,
            link: { type: 'Clue', id: clue.id },
          },
        });
      return request;
    });
  }

  @Authorized('ENTERPRISE')
  @Mutation(() => ClueInfoRequest, {
    description: 'The complainant answers a request for information about its complaint.',
  })
  @Writes(ClueInfoRequest, 'input.requestId', { as: ['complainant'] })
  answerClueInformation(
    @Arg('input', () => AnswerClueInformationInput) input: AnswerClueInformationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ClueInfoRequest> {
    const p = new Problems();
    const answer = checkText(p, input.answer, 'answer', {
      required: true,
      max: 5000,
      message: msg.answerRequired(),
    });
    p.throwIfAny('input');
    return changeEntity(
      ctx,
      ClueInfoRequest,
      {
        id: input.requestId,
        expectedVersion: input.expectedVersion,
        action: 'ANSWER_INFO',
        field: 'input.requestId',
        label: msg.nounInfoRequest(),
      },
      async (request) => {
        if (request.answeredOn) throw new ConflictError(msg.alreadyAnswered(), {});
        request.answer = answer;
        request.answeredOn = todayInChina();
        return request;
      },
    );
  }

  @Authorized('ENTERPRISE')
  @Mutation(() => Clue, {
    description:
      '满意度: the complainant rates the written answer (1–5), once it is answered; only the complainant may.',
  })
  @Writes(Clue, 'input.clueId', { as: ['complainant'] })
  async rateClue(
    @Arg('input', () => RateClueInput) input: RateClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const p = new Problems();
    p.check(
      Number.isInteger(input.satisfaction) && input.satisfaction >= 1 && input.satisfaction <= 5,
      'satisfaction',
      msg.satisfactionRange({ given: input.satisfaction }),
    );
    const note = checkText(p, input.note, 'note', { max: 2000 });
    p.throwIfAny('input');
    return changeClue(
      ctx,
      { clueId: input.clueId },
      'RATE',
      null,
      (row) => {
        if (row.status !== ClueStatus.ANSWERED && row.status !== ClueStatus.CLOSED)
          throw new ConflictError(msg.rateBeforeAnswer(), { status: row.status });
        row.complainantRating = input.satisfaction;
        row.complainantRatingNote = note;
        row.ratedOn = todayInChina();
      },
      ['complainant'],
    );
  }
}
