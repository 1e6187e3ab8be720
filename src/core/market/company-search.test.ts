import { describe, expect, it } from 'vitest';
import { COMPANY_RECORDS } from '../companies/data';
import { searchCompanies } from './company-search';

describe('finding a company for the watchlist', () => {
  it('finds listed companies by name, alias, English name or any form of code, in the shipped dictionary', () => {
    expect(searchCompanies(COMPANY_RECORDS, '贵州茅台')[0]).toEqual({ name: '贵州茅台', codes: ['600519.SH'] });
    expect(searchCompanies(COMPANY_RECORDS, 'sh600519')[0].name).toBe('贵州茅台');
    expect(searchCompanies(COMPANY_RECORDS, '00700')[0].codes).toContain('00700.HK');
    expect(searchCompanies(COMPANY_RECORDS, 'NVDA.US')[0].codes).toContain('NVDA.US');
    expect(searchCompanies(COMPANY_RECORDS, '宁德')[0].name).toBe('宁德时代');
  });

  it('leaves out what cannot be watched, and answers nothing for an empty query', () => {
    expect(searchCompanies(COMPANY_RECORDS, '   ')).toEqual([]);
    for (const m of searchCompanies(COMPANY_RECORDS, '科技', 50)) expect(m.codes.length).toBeGreaterThan(0);
    expect(searchCompanies(COMPANY_RECORDS, '科技', 5)).toHaveLength(5);
  });
});
