// When the assessment's figures call for supervision (督办): 漏报 — debts registered after a
// zeroing notice but owed before it — is concealment (瞒报漏报, the case trigger CONCEALMENT). The
// rule only says that a trigger applies; opening the case stays the inspectors' act (or, later, a
// scheduled job's). 边清边欠 itself is an audit finding (NEW_ARREARS_WHILE_CLEARING) once confirmed.
export function supervisionTriggers(figures: { lateRegisteredDebts: number }): 'CONCEALMENT'[] {
  return figures.lateRegisteredDebts > 0 ? ['CONCEALMENT'] : [];
}
