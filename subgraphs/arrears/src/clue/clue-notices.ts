// Notices a clue's intake raises, in the transaction that files it (the outbox relays them to the
// notices subgraph): a petition (信访) about arrears is told to the region's petition and stability
// group (信访维稳组: its aggregating unit, e.g. the 政数局 that keeps the clue ledger) and to the
// region's office; never the complainant's identity.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  callContract,
  emitEvent,
  GROUPS_OF_KIND,
  type NoticeRecipient,
} from '@arrears-hub/subgraph-kit';
import type { Clue } from './clue.entity.js';
import { arrearsMessages as msg } from '../messages.js';

export async function petitionNotice(em: EntityManager, clue: Clue): Promise<void> {
  const recipients: NoticeRecipient[] = [];
  let groupName = msg.petitionGroupDefault().zh;
  if (clue.regionCode) {
    const groups = await callContract(null, GROUPS_OF_KIND, {
      regionCode: clue.regionCode,
      kind: 'PETITION_STABILITY',
    });
    const nearest = groups[0];
    if (nearest) {
      groupName = nearest.name;
      for (const unitId of nearest.aggregatorIds) recipients.push({ type: 'UNIT', unitId });
    }
    recipients.push({ type: 'REGION_OFFICE', regionCode: nearest?.regionCode ?? clue.regionCode });
  } else recipients.push({ type: 'ADMIN' });
  if (clue.intakeOfficeId && !recipients.some((r) => r.unitId === clue.intakeOfficeId))
    recipients.push({ type: 'UNIT', unitId: clue.intakeOfficeId });
  await emitEvent(em, {
    topic: 'notice',
    key: `clue-petition:${clue.id}`,
    payload: {
      kind: 'CLUE_PETITION',
      recipients,
      text: msg.noticeCluePetition({
        group: groupName,
        respondent: clue.respondentName,
        amount: clue.amountClaimed,
        receivedOn: clue.receivedOn,
        ref: clue.externalRef ?? null,
      }).zh,
      link: { type: 'Clue', id: clue.id },
    },
  });
}
