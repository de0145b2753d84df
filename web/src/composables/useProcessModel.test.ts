import { describe, expect, it } from 'vitest';
import { isProcessModelId } from './useProcessModel.ts';

describe('isProcessModelId', () => {
  it('accepts global ids of process models only', () => {
    expect(isProcessModelId(btoa('ProcessModel:f6431bf9-01e8-4806-943d-723c8d93d102'))).toBe(true);
    expect(isProcessModelId(btoa('Partnership:f6431bf9'))).toBe(false);
    expect(isProcessModelId('garbage!')).toBe(false);
    expect(isProcessModelId('')).toBe(false);
  });
});
