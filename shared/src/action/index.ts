export { InputError, UserError, isUserError, describeError } from './errors.js';
export {
  getRequiredInput,
  getOptionalInput,
  getBooleanInput,
  getListInput,
  getMultilineInput,
  getEnumInput,
  maskSecret,
  type InputOptions,
} from './inputs.js';
export { setOutputs, JobSummary, runnerLogger, type OutputValue, type Cell } from './outputs.js';
export { readRunnerContext, type RunnerContext } from './context.js';
export { runAction, type ActionRuntime } from './run.js';
