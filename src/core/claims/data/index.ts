import { checkModel, type ClaimModel } from '../claim-model';
import model from './claim-model.json';

/** The claim model trained on the corpus (scripts/claims/train.ts). */
export const CLAIM_MODEL: ClaimModel = checkModel(model as ClaimModel);
