import { InputError } from '../../src/engine/load/source-node.js';

/** The InputError `run` throws; any other error is rethrown, and no error at all fails the test. */
export function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, but the input was read');
}

/** The InputError the promise `run` gives rejects with, as inputErrorOf. */
export async function inputErrorOfAsync(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, but the input was read');
}
