export * from './schema';
export {
  formatProblem,
  GO_FILE_DEFAULTS,
  readScenario,
  scenarioFromGo,
  type FileProblem,
  type ReadResult,
} from './read';
export { writeScenario } from './write';
export { MIGRATIONS, migrate, type Migration, type RawScenario } from './migrations';
export { decodeScenarioBytes, firstInvalidUtf8, type DecodedFile } from './decode';
