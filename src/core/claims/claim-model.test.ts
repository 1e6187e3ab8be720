import { describe, expect, it } from 'vitest';
import { activeInputs, CLAIM_CLASSES, checkModel, classProbabilities, classProbabilitiesOfActive, decideClaim, modelInput, type ClaimModel } from './claim-model';
import { claimModel } from './data';

const CLAIM_MODEL = claimModel();
import { FEATURE_NAMES } from './features';

const tiny = (weights: number[][], vocabulary: string[] = []): ClaimModel => ({ features: [...FEATURE_NAMES], vocabulary, classes: [...CLAIM_CLASSES], weights, bias: [0, 0, 0, 0, 0] });

describe('claim model', () => {
  it('is trained on the features and classes the engine computes, with its cross-validated measure', () => {
    expect(CLAIM_MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(CLAIM_MODEL.weights).toHaveLength(CLAIM_CLASSES.length);
    for (const w of CLAIM_MODEL.weights) expect(w).toHaveLength(FEATURE_NAMES.length + CLAIM_MODEL.vocabulary.length);
    expect(CLAIM_MODEL.evaluation).toMatchObject({ crossValidated: { folds: 5 } });
  });

  it('refuses a model trained on other features', () => {
    expect(() => checkModel({ ...CLAIM_MODEL, features: CLAIM_MODEL.features.slice(1) })).toThrow(/stale/);
  });

  it('gives probabilities that sum to one, the vocabulary counting after the named features', () => {
    const d = FEATURE_NAMES.length + 1;
    const weights = CLAIM_CLASSES.map((_, c) => Array.from({ length: d }, (_, i) => (i === d - 1 && c === 4 ? 3 : 0)));
    const model = tiny(weights, ['脆弱']);
    const without = classProbabilities(model, modelInput(model, new Float64Array(FEATURE_NAMES.length), []));
    const withWord = classProbabilities(model, modelInput(model, new Float64Array(FEATURE_NAMES.length), ['这种', '平衡', '脆弱']));
    expect([...without].reduce((a, b) => a + b)).toBeCloseTo(1);
    expect(without[4]).toBeCloseTo(0.2);
    expect(withWord[4]).toBeGreaterThan(0.8);
  });

  it('scores an input from its active positions exactly as from the dense vector', () => {
    const words = CLAIM_MODEL.vocabulary.filter((_, i) => i % 37 === 0);
    for (let seed = 1; seed <= 50; seed++) {
      const features = new Float64Array(FEATURE_NAMES.length).map((_, i) => ((i * 7919 + seed * 104729) % 5 === 0 ? 1 : 0));
      const some = [...words.filter((_, i) => (i + seed) % 3 === 0), '并不在词表里', words[0]];
      const dense = classProbabilities(CLAIM_MODEL, modelInput(CLAIM_MODEL, features, some));
      expect([...classProbabilitiesOfActive(CLAIM_MODEL, activeInputs(CLAIM_MODEL, features, some))]).toEqual([...dense]);
    }
  });

  it("keeps a rule's claim unless the model is sure it is none or of another type", () => {
    expect(decideClaim('forecast', [0.5, 0.1, 0.3, 0.05, 0.05])).toEqual({ type: 'forecast', confidence: 0.3 });
    expect(decideClaim('forecast', [0.8, 0.05, 0.1, 0.025, 0.025])).toEqual({ type: 'forecast', confidence: 0.1 });
    expect(decideClaim('forecast', [0.95, 0.01, 0.02, 0.01, 0.01])).toBeNull();
    expect(decideClaim('forecast', [0.1, 0.7, 0.1, 0.05, 0.05])).toEqual({ type: 'guidance', confidence: 0.7 });
    expect(decideClaim(null, [0.4, 0.05, 0.05, 0.05, 0.45])).toEqual({ type: 'assessment', confidence: 0.45 });
    expect(decideClaim(null, [0.6, 0.1, 0.1, 0.1, 0.1])).toBeNull();
  });
});
