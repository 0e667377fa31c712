import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../src-shared/text/fold';
import { toMatchExpression } from '../../../src-main/core/search/query';

describe('Vietnamese folding for search', () => {
  it.each([
    ['Sơn La', 'son la'],
    ['Điện Biên', 'dien bien'],
    ['ĐẮK LẮK', 'dak lak'],
    ['Bệnh viện Đa khoa Mộc Châu', 'benh vien da khoa moc chau'],
    ['Thuận Châu', 'thuan chau'],
  ])('%s → %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('treats composed and decomposed input the same', () => {
    expect(foldVietnamese('Sơn La'.normalize('NFD'))).toBe(foldVietnamese('Sơn La'.normalize('NFC')));
  });

  it('makes a prefix query of every word and ignores FTS syntax', () => {
    expect(toMatchExpression('Sơn La')).toBe('"son"* "la"*');
    expect(toMatchExpression('SN-0042')).toBe('"sn"* "0042"*');
    expect(toMatchExpression('" * (')).toBeNull();
    expect(toMatchExpression('x OR y')).toBe('"x"* "or"* "y"*');
  });
});
