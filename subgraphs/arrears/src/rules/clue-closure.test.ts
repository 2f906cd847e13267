import { describe, expect, it } from 'vitest';
import { clueClosureRates, type ClueForClosure } from './clue-closure.js';

const clue = (
  handlingUnitId: string | null,
  respondentId: string,
  status: string,
): ClueForClosure => ({
  handlingUnitId,
  respondentId,
  status,
});

describe('线索办结率, for the handler and for the respondent', () => {
  // 工信局 handles clues about the towns; a town also handles one about itself.
  const clues = [
    clue('gxj', 'town-a', 'CLOSED'),
    clue('gxj', 'town-a', 'CLOSED'),
    clue('gxj', 'town-b', 'ASSIGNED'),
    clue('gxj', 'town-b', 'ANSWERED'),
    clue('town-a', 'town-a', 'VERIFIED'),
    clue(null, 'town-a', 'RECEIVED'), // still under review: in neither count
    clue(null, 'town-b', 'REJECTED'), // rejected: in neither count
  ];

  it('the handling unit is scored on the clues transferred to it', () => {
    // 工信局: 2 closed of 4 accepted = 0.5. Before, it had no figure at all (it is nobody’s respondent).
    expect(clueClosureRates(clues, 'gxj')).toEqual({ handled: 0.5, asRespondent: null });
  });

  it('the respondent’s rate counts every accepted clue about it, whoever handled it', () => {
    // town-a: 2 closed of 3 accepted about it (2 by 工信局, 1 by itself); it handled 1, closed 0.
    expect(clueClosureRates(clues, 'town-a')).toEqual({ handled: 0, asRespondent: 0.6667 });
    // town-b: 0 of 2 accepted about it; it handled none.
    expect(clueClosureRates(clues, 'town-b')).toEqual({ handled: null, asRespondent: 0 });
  });
});
