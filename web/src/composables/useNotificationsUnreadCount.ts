import { readonly, ref } from 'vue';
import { NotificationUnreadCountDocument } from '../graphql/generated/graphql.ts';
import { requestGraphql } from './useGraphql.ts';

// Module state, like the session: the header badge and the notifications page share one count.
const count = ref(0);
let latest = 0;

/** Asks the server again; the last request sent wins, so a slow answer cannot undo a newer one. */
async function refresh(): Promise<void> {
  const current = ++latest;
  try {
    const { unreadNotificationCount } = await requestGraphql(NotificationUnreadCountDocument);
    if (current === latest) count.value = unreadNotificationCount;
  } catch {
    // The badge keeps its last value; the next page change asks again.
  }
}

function reset(): void {
  latest += 1;
  count.value = 0;
}

/** The signed-in user's number of unread notifications, for the header badge. */
export function useNotificationsUnreadCount() {
  return { count: readonly(count), refresh, reset };
}
