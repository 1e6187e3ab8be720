import { checkModel, type ClaimModel } from '../claim-model';
import model from './claim-model.json';

let checked: ClaimModel | null = null;

/**
 * The claim model trained on the corpus (scripts/claims/train.ts), checked against the features the
 * engine computes on first use — not on import, so that the training script can load the claim stage
 * after the features changed, to train the model that matches them.
 */
export function claimModel(): ClaimModel {
  return (checked ??= checkModel(model as ClaimModel));
}
