import { describe, expect, test } from 'vitest';
import { reminderFor } from './deadlineReminders.ts';

describe('reminderFor', () => {
  test.each([
    [20, null],
    [15, null],
    [14, 14],
    [8, 14],
    [7, 7],
    [2, 7],
    [1, 1],
    [0, 1],
    [-1, null],
  ])('%i days left → %s', (daysLeft, expected) => {
    expect(reminderFor(daysLeft)).toBe(expected);
  });
});
