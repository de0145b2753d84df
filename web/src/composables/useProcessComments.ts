import { computed, type MaybeRefOrGetter, ref, toValue } from 'vue';
import {
  AddProcessCommentDocument,
  ProcessCommentThreadsDocument,
  type ProcessCommentThreadsQuery,
  ResolveProcessCommentDocument,
} from '../graphql/generated/graphql.ts';
import { type ActionOutcome, outcomeOf } from './actionOutcome.ts';
import { GraphqlRequestError, requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

type CommentedModel = NonNullable<ProcessCommentThreadsQuery['processModel']>;
export type CommentThread = CommentedModel['comments'][number];
export type CommentReply = CommentThread['replies'][number];

export interface NewComment {
  body: string;
  /** The diagram element the comment is about, if any. */
  elementId?: string | null;
  /** The thread answered; replies are not anchored themselves. */
  parentId?: string | null;
}

/** The discussion threads of one process model (oldest first) and what the viewer may do. */
export function useProcessComments(modelId: MaybeRefOrGetter<string>) {
  const query = useQuery(ProcessCommentThreadsDocument, () => ({ id: toValue(modelId) }));
  const model = computed(() => query.data.value?.processModel ?? null);
  const threads = computed<CommentThread[]>(() => model.value?.comments ?? []);
  const notFound = computed(() => query.data.value !== null && model.value === null);
  const pending = ref(false);

  /**
   * Authors may resolve their own threads, the owning city's process owners any. The API knows
   * authors only by name here, so a namesake may see the button and is then refused (FORBIDDEN).
   */
  function mayResolve(thread: CommentThread): boolean {
    if (thread.resolved || !model.value) return false;
    return model.value.viewerCanEdit || thread.authorName === query.data.value?.me?.displayName;
  }

  async function run(mutate: (model: CommentedModel) => Promise<ActionOutcome>) {
    const current = model.value;
    if (!current) throw new Error('Process model not loaded');
    pending.value = true;
    try {
      const outcome = await mutate(current);
      await query.refetch();
      return outcome;
    } finally {
      pending.value = false;
    }
  }

  function post(comment: NewComment): Promise<ActionOutcome> {
    return run(async (current) => {
      const { addComment } = await requestGraphql(AddProcessCommentDocument, {
        modelId: current.id,
        body: comment.body,
        elementId: comment.parentId ? null : (comment.elementId ?? null),
        // A new thread remembers the version it was written on ("zu Version 3").
        versionId: comment.parentId ? null : current.latestVersion.id,
        parentId: comment.parentId ?? null,
      });
      return outcomeOf(addComment);
    });
  }

  function resolve(thread: CommentThread): Promise<ActionOutcome> {
    return run(async () => {
      try {
        const { resolveComment } = await requestGraphql(ResolveProcessCommentDocument, {
          commentId: thread.id,
        });
        return outcomeOf(resolveComment);
      } catch (caught) {
        // Not the author nor a process owner: an expected refusal with its own explanation.
        if (caught instanceof GraphqlRequestError && caught.code === 'FORBIDDEN') {
          return {
            ok: false,
            error: {
              __typename: 'GraphqlRequestError',
              message: caught.message,
              reason: 'FORBIDDEN',
            },
          };
        }
        throw caught;
      }
    });
  }

  return {
    model,
    threads,
    notFound,
    loading: query.loading,
    error: query.error,
    pending,
    reload: query.refetch,
    mayResolve,
    post,
    resolve,
  };
}
