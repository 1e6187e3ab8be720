import { describe, expect, it } from 'vitest';
import { isRequest } from './messages';

describe('quote messages', () => {
  it('are accepted only in their own shape', () => {
    expect(isRequest({ type: 'quotes' })).toBe(true);
    expect(isRequest({ type: 'quotes', tabId: 3, priority: ['600519.SH'], visible: false })).toBe(true);
    expect(isRequest({ type: 'open-options' })).toBe(true);
    expect(isRequest({ type: 'quotes', tabId: '3' })).toBe(false);
    expect(isRequest({ type: 'quotes', priority: 'sh600519' })).toBe(false);
    expect(isRequest({ type: 'quotes', priority: [1, 2] })).toBe(false);
    expect(isRequest({ type: 'quotes', priority: Array.from({ length: 21 }, () => '600519.SH') })).toBe(false);
    expect(isRequest({ type: 'quotes', visible: 'yes' })).toBe(false);
  });
});
