/** The one place an action's failures are sorted and reported. */
import { describeError, isUserError } from './errors.js';
import { JobSummary, runnerLogger, setFailed } from './outputs.js';
import type { Logger } from '../log.js';

export interface ActionRuntime {
  log: Logger;
  summary: JobSummary;
}

/**
 * Run an action: a user error fails the step with its message alone; any other error fails it with
 * its cause chain, and the stack goes to the debug log. The job summary is written either way.
 */
export async function runAction(main: (runtime: ActionRuntime) => Promise<void>): Promise<void> {
  const summary = new JobSummary();
  try {
    await main({ log: runnerLogger, summary });
  } catch (error) {
    if (isUserError(error)) {
      setFailed(error.message);
    } else {
      setFailed(`Unexpected failure: ${describeError(error)}`);
      if (error instanceof Error && error.stack) runnerLogger.debug(error.stack);
    }
    summary.paragraph(`**Failed:** ${isUserError(error) ? error.message : describeError(error)}`);
  } finally {
    try {
      await summary.write();
    } catch (error) {
      runnerLogger.warning(`Could not write the job summary: ${describeError(error)}`);
    }
  }
}
