import { describe, expect, it } from 'vitest';
import { daysUntilDeadline, deadlineFlags } from './deadline.ts';
import {
  application,
  compute,
  ESSLINGEN,
  euros,
  LUDWIGSBURG,
  line,
  stateProgramme,
} from './fundingForTests.ts';

const deadline = new Date('2026-12-05');

describe('deadlineFlags', () => {
  it.each([
    ['2026-11-20', []], // 15 days left
    ['2026-11-21', [{ code: 'DEADLINE_WITHIN_14_DAYS', deadline, daysLeft: 14 }]],
    ['2026-12-05', [{ code: 'DEADLINE_WITHIN_14_DAYS', deadline, daysLeft: 0 }]],
    ['2026-12-06', [{ code: 'DEADLINE_PASSED', deadline, daysOverdue: 1 }]],
  ])('today %s', (today, expected) => {
    expect(deadlineFlags(deadline, new Date(today))).toEqual(expected);
  });

  it('has no flags without a deadline', () => {
    expect(deadlineFlags(null, new Date('2026-12-06'))).toEqual([]);
  });

  it('counts calendar days, ignoring the time of day and daylight saving', () => {
    expect(daysUntilDeadline(deadline, new Date('2026-11-20T23:59:59Z'))).toBe(15);
    expect(daysUntilDeadline(new Date('2027-04-01'), new Date('2027-03-01T12:00Z'))).toBe(31);
  });

  it('reports application-wide flags after the partner flags', () => {
    const result = compute(
      application(
        stateProgramme({ deadline }),
        { [ESSLINGEN]: [], [LUDWIGSBURG]: [line('PERSONNEL', euros(1_000))] },
        new Date('2026-12-01'),
      ),
    );
    expect(result.flags.map((flag) => flag.code)).toEqual([
      'PARTNER_WITHOUT_BUDGET',
      'DEADLINE_WITHIN_14_DAYS',
    ]);
  });
});
