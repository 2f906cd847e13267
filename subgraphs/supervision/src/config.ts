// Every setting the supervision subgraph reads, in this one place (the only file here that reads
// process.env). The kit reads its own: PORT, HOST, DATABASE_URL, HUB_VIEWER_SECRET, HUB_DEMO_DATA,
// NODE_ENV and SUBGRAPH_URL_<NAME> (subgraphs/kit/README.md, "Settings").
import { parseWeights, type AssessmentWeights } from './rules/assessment-score.js';

export const SUBGRAPH_NAME = 'supervision';

export interface SupervisionConfig {
  /**
   * HUB_ASSESSMENT_WEIGHTS: the weights of the annual assessment as JSON, e.g.
   * `{"clueClosure":30,"zeroing":40,"satisfaction":20,"timeliness":10}` (the default); keys left
   * out keep their default (docs/domain/assessment.md). finaliseAssessments(weights:) may choose
   * others for one finalisation.
   */
  assessmentWeights: AssessmentWeights;
}

/** Reads the settings from `env`; a bad value stops the subgraph at start-up, not mid-request. */
export function readSupervisionConfig(env: NodeJS.ProcessEnv): SupervisionConfig {
  try {
    return { assessmentWeights: parseWeights(env.HUB_ASSESSMENT_WEIGHTS) };
  } catch (error) {
    throw new Error(`HUB_ASSESSMENT_WEIGHTS: ${(error as Error).message}`, { cause: error });
  }
}

let cached: SupervisionConfig | undefined;

/** The settings of this process, read once. */
export function supervisionConfig(): SupervisionConfig {
  cached ??= readSupervisionConfig(process.env);
  return cached;
}
