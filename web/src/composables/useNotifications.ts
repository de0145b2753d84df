import { ref, shallowRef } from 'vue';
import {
  NotificationListDocument,
  type NotificationListQuery,
  NotificationsMarkReadDocument,
} from '../graphql/generated/graphql.ts';
import { requestGraphql } from './useGraphql.ts';
import { useNotificationsUnreadCount } from './useNotificationsUnreadCount.ts';

export type NotificationItem = NotificationListQuery['notifications']['edges'][number]['node'];

const PAGE_SIZE = 30;

/** The user's notifications, newest first and a page at a time, and marking them read. */
export function useNotifications() {
  const unread = useNotificationsUnreadCount();
  const notifications = shallowRef<NotificationItem[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const hasNextPage = ref(false);
  const loadingMore = ref(false);
  const pending = ref(false);
  let endCursor: string | null = null;

  async function fetchPage(after: string | null) {
    const { notifications: page } = await requestGraphql(NotificationListDocument, {
      first: PAGE_SIZE,
      after,
    });
    hasNextPage.value = page.pageInfo.hasNextPage;
    endCursor = page.pageInfo.endCursor;
    return page.edges.map((edge) => edge.node);
  }

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      notifications.value = await fetchPage(null);
      loaded.value = true;
    } catch (caught) {
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }

  /** Appends the next page; hands back the first new notification, if any. */
  async function loadMore(): Promise<NotificationItem | undefined> {
    if (!hasNextPage.value || loadingMore.value) return undefined;
    loadingMore.value = true;
    try {
      const known = new Set(notifications.value.map((n) => n.id));
      const added = (await fetchPage(endCursor)).filter((n) => !known.has(n.id));
      notifications.value = [...notifications.value, ...added];
      return added[0];
    } finally {
      loadingMore.value = false;
    }
  }

  /** Marks the given notifications (all, without ids) read, here and in the header badge. */
  async function markRead(ids?: string[]): Promise<void> {
    pending.value = true;
    try {
      await requestGraphql(NotificationsMarkReadDocument, { ids: ids ?? null });
      const marked = ids ? new Set(ids) : undefined;
      notifications.value = notifications.value.map((n) =>
        !n.read && (!marked || marked.has(n.id)) ? { ...n, read: true } : n,
      );
    } finally {
      pending.value = false;
      await unread.refresh();
    }
  }

  void load();

  return {
    notifications,
    loaded,
    loading,
    error,
    hasNextPage,
    loadingMore,
    pending,
    loadMore,
    markRead,
  };
}
