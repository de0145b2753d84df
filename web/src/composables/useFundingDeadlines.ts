import { computed, ref } from 'vue';
import {
  CalendarFeedDocument,
  CreateCalendarFeedDocument,
  FundingDeadlinesDocument,
  type FundingDeadlinesQuery,
  RevokeCalendarFeedDocument,
} from '../graphql/generated/graphql.ts';
import type { ActionOutcome } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

export type FundingDeadline = FundingDeadlinesQuery['fundingDeadlines'][number];

/** How a deadline stands, by the server's count of days (Europe/Berlin): the last day is open. */
export type DeadlineStanding =
  | { kind: 'open'; days: number }
  | { kind: 'today' }
  | { kind: 'passed'; days: number };

export function deadlineStanding(daysLeft: number): DeadlineStanding {
  if (daysLeft > 0) return { kind: 'open', days: daysLeft };
  if (daysLeft === 0) return { kind: 'today' };
  return { kind: 'passed', days: -daysLeft };
}

/** The viewer's applications still to be submitted, earliest deadline first. */
export function useFundingDeadlines() {
  const query = useQuery(FundingDeadlinesDocument, {});
  // The server sends them sorted; sorting again keeps the page right if that ever changes.
  const deadlines = computed<FundingDeadline[]>(() =>
    [...(query.data.value?.fundingDeadlines ?? [])].sort(
      (a, b) =>
        a.deadline.localeCompare(b.deadline) ||
        a.application.title.localeCompare(b.application.title, 'de'),
    ),
  );
  return {
    deadlines,
    loaded: computed(() => query.data.value !== null),
    loading: query.loading,
    error: query.error,
  };
}

/** Calendar apps need an absolute address; the server gives a path when it does not know its own. */
export function absoluteFeedUrl(url: string, origin: string = globalThis.location.origin): string {
  return new URL(url, origin).href;
}

/** The viewer's secret iCalendar feed: whether one is active, and the new URL right after creating. */
export function useCalendarFeed() {
  const query = useQuery(CalendarFeedDocument, {});
  const created = ref<{ active: boolean; url: string } | null>(null);
  const active = computed(() => created.value?.active ?? query.data.value?.calendarFeed.active);

  async function create(): Promise<ActionOutcome<string>> {
    const { createCalendarFeed: feed } = await requestGraphql(CreateCalendarFeedDocument);
    const url = feed.createdUrl ? absoluteFeedUrl(feed.createdUrl) : '';
    created.value = { active: feed.active, url };
    return { ok: true, value: url };
  }

  async function revoke(): Promise<ActionOutcome> {
    const { revokeCalendarFeed: feed } = await requestGraphql(RevokeCalendarFeedDocument);
    created.value = { active: feed.active, url: '' };
    return { ok: true, value: undefined };
  }

  return {
    /** undefined while loading. */
    active,
    /** Shown once: the server never hands it out again. */
    createdUrl: computed(() => created.value?.url ?? ''),
    loaded: computed(() => query.data.value !== null || created.value !== null),
    error: query.error,
    create,
    revoke,
  };
}
