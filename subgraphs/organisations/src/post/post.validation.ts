// What an appointment must satisfy, as problems keyed by field (every one at once).
import { checkText, isUuid, Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { organisationsMessages as msg } from '../messages.js';

export interface Appointment {
  postId: string;
  personId?: string | null;
  personName?: string | null;
  startedOn: string;
}

export interface CheckedAppointment {
  problems: Problem[];
  /** The new person's name, normalised, when the appointment names a new person. */
  personName: string | null;
}

export function checkAppointment(a: Appointment): CheckedAppointment {
  const p = new Problems();
  let personName: string | null = null;
  if (!!a.personId === !!a.personName) {
    p.add('personId', msg.personIdOrName());
  } else if (a.personId) {
    p.check(isUuid(a.personId), 'personId', msg.notAnId({ id: a.personId }));
  } else {
    personName =
      checkText(p, a.personName, 'personName', { required: true, min: 1, max: 100 })?.replace(
        /\s+/g,
        ' ',
      ) ?? null;
  }
  return { problems: p.list, personName };
}

/** A successor takes over on or after the day the current holder started. */
export function successionProblems(current: { startedOn: string }, startedOn: string): Problem[] {
  return startedOn < current.startedOn
    ? new Problems().add('startedOn', msg.successorTooEarly({ startedOn: current.startedOn })).list
    : [];
}
