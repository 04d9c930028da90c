import { defectProblems } from './defect-codes';

describe('defects against the CTIA cosmetic grade', () => {
  it('accepts defects consistent with the grade', () => {
    expect(defectProblems('D', [{ code: 'DISPLAY_COVER_CRACKED' }, { code: 'DEEP_SCRATCHES' }])).toEqual([]);
    expect(defectProblems('E', [{ code: 'DISPLAY_DAMAGED' }])).toEqual([]);
    expect(defectProblems('A', [])).toEqual([]);
  });

  it('rejects a cracked display cover lens on anything better than D', () => {
    expect(defectProblems('B', [{ code: 'DISPLAY_COVER_CRACKED' }])).toEqual([
      'cosmeticGrade: B is better than CTIA allows with defect DISPLAY_COVER_CRACKED (at best D)',
    ]);
  });

  it('allows a cracked camera lens at C (CTIA) but not at B', () => {
    expect(defectProblems('C', [{ code: 'CAMERA_LENS_CRACKED' }])).toEqual([]);
    expect(defectProblems('B', [{ code: 'CAMERA_LENS_CRACKED' }])).toHaveLength(1);
  });

  it('names an unknown reason code by its position', () => {
    expect(defectProblems('A', [{ code: 'LIGHT_SCRATCHES' }, { code: 'SCRATCHY' }])).toEqual([
      'cosmeticGrade: A is better than CTIA allows with defect LIGHT_SCRATCHES (at best B)',
      'defects.1.code: SCRATCHY is not a known defect reason code',
    ]);
  });
});
