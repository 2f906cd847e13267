import { describe, expect, it } from 'vitest';
import { afterZeroing } from './new-arrears.js';

// The unit announced zeroing on 2026-03-10 (10:00 China time).
const zeroing = [new Date('2026-03-10T02:00:00Z')];
const at = (s: string) => new Date(s);

describe('边清边欠 and 漏报 after a zeroing notice', () => {
  it('a debt whose due date comes after the zeroing date is new arrears', () => {
    expect(
      afterZeroing(
        {
          registeredAt: at('2026-05-02T00:00:00Z'),
          statutoryDueOn: '2026-04-15',
          contractSignedOn: '2026-01-05',
        },
        zeroing,
      ),
    ).toBe('NEW_ARREARS');
  });

  it('a debt owed before the zeroing date but registered after it is 漏报, not new arrears', () => {
    expect(
      afterZeroing(
        {
          registeredAt: at('2026-05-02T00:00:00Z'),
          statutoryDueOn: '2025-11-30',
          contractSignedOn: '2025-09-01',
        },
        zeroing,
      ),
    ).toBe('LATE_REGISTERED');
    // Due on the zeroing day itself: it was owed when the unit said it owed nothing.
    expect(
      afterZeroing(
        {
          registeredAt: at('2026-03-20T00:00:00Z'),
          statutoryDueOn: '2026-03-10',
          contractSignedOn: '2026-01-01',
        },
        zeroing,
      ),
    ).toBe('LATE_REGISTERED');
  });

  it('without a due date the contract date decides', () => {
    expect(
      afterZeroing(
        {
          registeredAt: at('2026-04-01T00:00:00Z'),
          statutoryDueOn: null,
          contractSignedOn: '2026-03-25',
        },
        zeroing,
      ),
    ).toBe('NEW_ARREARS');
    expect(
      afterZeroing(
        {
          registeredAt: at('2026-04-01T00:00:00Z'),
          statutoryDueOn: null,
          contractSignedOn: '2026-02-25',
        },
        zeroing,
      ),
    ).toBe('LATE_REGISTERED');
  });

  it('only the latest notice before the registration counts, and a debt before any is neither', () => {
    const two = [at('2025-06-01T02:00:00Z'), at('2026-03-10T02:00:00Z')];
    // Registered between the notices: judged against the first one (2025-06-01).
    expect(
      afterZeroing(
        {
          registeredAt: at('2025-09-01T00:00:00Z'),
          statutoryDueOn: '2025-08-01',
          contractSignedOn: '2025-07-01',
        },
        two,
      ),
    ).toBe('NEW_ARREARS');
    expect(
      afterZeroing(
        {
          registeredAt: at('2025-05-01T00:00:00Z'),
          statutoryDueOn: '2025-08-01',
          contractSignedOn: '2025-01-01',
        },
        two,
      ),
    ).toBeNull();
  });
});
