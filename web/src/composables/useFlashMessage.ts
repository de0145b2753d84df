// Module state, like the session: one message waiting for the next page.
let waiting = '';

/**
 * A confirmation to show on the page the app goes to next, for actions after which the current
 * page no longer makes sense (a partnership left, an invitation declined, one just founded).
 */
export function useFlashMessage() {
  return {
    set(message: string): void {
      waiting = message;
    },
    /** The waiting message, once: a later visit of the page does not repeat it. */
    take(): string {
      const message = waiting;
      waiting = '';
      return message;
    },
  };
}
