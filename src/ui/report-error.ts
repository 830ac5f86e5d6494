/** Reports a widget error to the console, the first one only: the widget stops, the page does not. */
export type ErrorReporter = (error: unknown) => void;

/** A reporter for one widget: logs its first error with the "Kelisim:" prefix, then stays quiet. */
export function createErrorReporter(): ErrorReporter {
  let reported = false;
  return (error) => {
    if (reported) return;
    reported = true;
    console.error('Kelisim: the consent widget hit an error and stopped; the page itself is unaffected.', error);
  };
}

/** `fn` wrapped so that anything it throws goes to `report` instead of the host page. */
export function guarded<A extends unknown[]>(report: ErrorReporter, fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      report(error);
    }
  };
}
