import { describe, expect, it } from 'vitest';
import { checkAppointment, successionProblems } from './post.validation.js';

const post = '00000000-0000-4000-8000-000000000001';

describe('checkAppointment', () => {
  it('takes a new person by name, normalised', () => {
    expect(
      checkAppointment({ postId: post, personName: ' 王  建华 ', startedOn: '2025-09-01' }),
    ).toEqual({ problems: [], personName: '王 建华' });
  });

  it('refuses both or neither of personId and personName', () => {
    for (const a of [
      { postId: post, startedOn: '2025-09-01' },
      { postId: post, personId: post, personName: '某人', startedOn: '2025-09-01' },
    ]) {
      expect(checkAppointment(a).problems.map((p) => p.field)).toEqual(['personId']);
    }
  });

  it('refuses a person id that is not an id, and a name with NUL', () => {
    expect(
      checkAppointment({ postId: post, personId: 'someone', startedOn: '2025-09-01' }).problems,
    ).toEqual([
      {
        field: 'personId',
        message: expect.stringContaining('someone'),
        messageId: 'organisations.notAnId',
      },
    ]);
    expect(
      checkAppointment({ postId: post, personName: '王\u0000', startedOn: '2025-09-01' }).problems
        .length,
    ).toBe(1);
  });
});

describe('successionProblems', () => {
  it('a successor cannot start before the current holder', () => {
    expect(successionProblems({ startedOn: '2025-01-01' }, '2025-01-01')).toEqual([]);
    expect(successionProblems({ startedOn: '2025-01-01' }, '2024-12-31')).toEqual([
      {
        field: 'startedOn',
        message: expect.stringContaining('2025-01-01'),
        messageId: 'organisations.successorTooEarly',
      },
    ]);
  });
});
