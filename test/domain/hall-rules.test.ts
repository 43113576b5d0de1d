import { describe, expect, it } from 'vitest';
import { anonymousLimits, DEFAULT_HALL_RULES, withChanges } from '../../shared/domain/hall-rules';

describe('hall rules', () => {
  it('default abuse limits fit a hall: 300 ratings an hour from one address (a hall Wi-Fi), 5,000 per hall', () => {
    expect(anonymousLimits(DEFAULT_HALL_RULES, 'ratings')).toEqual([
      { name: 'ratings-per-address', limit: 300, windowSeconds: 3600, per: 'address' },
      { name: 'ratings-per-hall', limit: 5000, windowSeconds: 3600, per: 'hall' },
    ]);
    expect(anonymousLimits(DEFAULT_HALL_RULES, 'complaints').map((l) => l.limit)).toEqual([20, 500]);
  });

  it('limits bookings per address and hour (60: a carrier NAT), then per phone and day (10)', () => {
    expect(anonymousLimits(DEFAULT_HALL_RULES, 'appointments')).toEqual([
      { name: 'appointments-per-address', limit: 60, windowSeconds: 3600, per: 'address' },
      { name: 'appointments-per-phone', limit: 10, windowSeconds: 86_400, per: 'phone' },
    ]);
  });

  it('kiosk tickets are limited per address and per hall; the public queue view per address only', () => {
    expect(anonymousLimits(DEFAULT_HALL_RULES, 'tickets')).toEqual([
      { name: 'tickets-per-address', limit: 300, windowSeconds: 3600, per: 'address' },
      { name: 'tickets-per-hall', limit: 3000, windowSeconds: 3600, per: 'hall' },
    ]);
    expect(anonymousLimits(DEFAULT_HALL_RULES, 'queue-views')).toEqual([
      { name: 'queue-views-per-address', limit: 7200, windowSeconds: 3600, per: 'address' },
    ]);
  });

  it('a change merges the deduction weights and caps item by item, and leaves the defaults frozen', () => {
    const changed = withChanges(DEFAULT_HALL_RULES, { base: 120, deductions: { secondNotice: 0.5 }, caps: { openOverdue: 10 } });
    expect(changed).toMatchObject({ base: 120, deductions: { secondNotice: 0.5, openOverdue: 2 }, caps: { openOverdue: 10 } });
    expect(DEFAULT_HALL_RULES.base).toBe(100);
    expect(Object.isFrozen(DEFAULT_HALL_RULES.deductions)).toBe(true);
  });
});
