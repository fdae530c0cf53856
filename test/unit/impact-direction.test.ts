import { describe, expect, it } from 'vitest';
import { inBetterTerms, isImprovement, verdict } from '../../shared/domain/impact/direction';

describe('indicator direction', () => {
  it('says whether a change is an improvement', () => {
    expect(isImprovement(2, 'up')).toBe(true); // school enrolment rose
    expect(isImprovement(-2, 'up')).toBe(false);
    expect(isImprovement(-2, 'down')).toBe(true); // stunting fell
    expect(isImprovement(0, 'down')).toBe(false);
  });

  it('reports an estimate and its interval so that positive means better', () => {
    expect(inBetterTerms(-3, { low: -5, high: -1 }, 'down')).toEqual({ estimate: 3, ci95: { low: 1, high: 5 } });
    expect(inBetterTerms(-3, { low: -5, high: -1 }, 'up')).toEqual({ estimate: -3, ci95: { low: -5, high: -1 } });
    expect(inBetterTerms(2, null, 'down')).toEqual({ estimate: -2, ci95: null });
  });

  it('only claims a direction when the whole interval is on one side of zero', () => {
    expect(verdict({ low: -5, high: -1 }, 'down')).toBe('improved');
    expect(verdict({ low: -5, high: -1 }, 'up')).toBe('worsened');
    expect(verdict({ low: -1, high: 4 }, 'up')).toBe('inconclusive');
    expect(verdict(null, 'up')).toBe('unknown');
  });
});
