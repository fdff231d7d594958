import { periodOf } from './periods';

describe('periodOf', () => {
  it('takes this month and last month as calendar months, across a year', () => {
    expect(periodOf('thisMonth', '2026-11-18', 4)).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(periodOf('lastMonth', '2026-11-18', 4)).toEqual({ from: '2026-10-01', to: '2026-11-01' });
    expect(periodOf('lastMonth', '2027-01-01', 4)).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });

  it('aligns quarters and the fiscal year to an April fiscal year', () => {
    expect(periodOf('thisQuarter', '2026-11-18', 4)).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(periodOf('thisQuarter', '2027-03-31', 4)).toEqual({ from: '2027-01-01', to: '2027-04-01' });
    expect(periodOf('thisFiscalYear', '2026-11-18', 4)).toEqual({ from: '2026-04-01', to: '2027-04-01' });
    expect(periodOf('thisFiscalYear', '2027-02-10', 4)).toEqual({ from: '2026-04-01', to: '2027-04-01' });
    expect(periodOf('thisFiscalYear', '2026-04-01', 4)).toEqual({ from: '2026-04-01', to: '2027-04-01' });
  });

  it('aligns them to any other start month, January making them calendar quarters and years', () => {
    expect(periodOf('thisQuarter', '2026-11-18', 1)).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(periodOf('thisFiscalYear', '2026-11-18', 1)).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(periodOf('thisQuarter', '2026-11-18', 2)).toEqual({ from: '2026-11-01', to: '2027-02-01' });
    expect(periodOf('thisFiscalYear', '2026-01-18', 10)).toEqual({ from: '2025-10-01', to: '2026-10-01' });
  });
});
