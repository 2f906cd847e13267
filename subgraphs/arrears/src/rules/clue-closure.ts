// 线索办结率 (docs/domain/assessment.md), counted twice over the clues of a year: for the unit that
// handled each clue (the clues transferred to it: its own work, which the assessment scores) and,
// apart, for the unit complained about (the respondent), whoever handled them. A clue counts once
// past intake review and not rejected; it is closed when 办结.

export interface ClueForClosure {
  handlingUnitId: string | null;
  respondentId: string | null;
  status: string;
}

const ACCEPTED = new Set(['ACCEPTED', 'ASSIGNED', 'VERIFIED', 'ANSWERED', 'CLOSED']);

const rate = (clues: readonly ClueForClosure[]) => {
  const accepted = clues.filter((c) => ACCEPTED.has(c.status));
  const closed = accepted.filter((c) => c.status === 'CLOSED').length;
  return accepted.length ? Math.round((closed / accepted.length) * 10000) / 10000 : null;
};

export function clueClosureRates(
  clues: readonly ClueForClosure[],
  unitId: string,
): { handled: number | null; asRespondent: number | null } {
  return {
    handled: rate(clues.filter((c) => c.handlingUnitId === unitId)),
    asRespondent: rate(clues.filter((c) => c.respondentId === unitId)),
  };
}
