import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

/** How deep a GraphQL query may nest: the deepest the admin and real clients need is about 6. */
export const MAX_QUERY_DEPTH = 10

/**
 * Refuses a query nested deeper than `max` (fragments followed, each once per path) before it
 * runs. Counting stops as soon as the limit is passed, so a hostile query costs no more to
 * refuse than a legal one costs to check.
 */
export const depthLimit =
  (max: number): ValidationRule =>
  (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const d of context.getDocument().definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
    }
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: string[]): number => {
      if (!set || depth > max) return depth
      let deepest = depth
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (s.selectionSet) deepest = Math.max(deepest, depthOf(s.selectionSet, depth + 1, seen))
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(s.selectionSet, depth, seen))
        } else if (!seen.includes(s.name.value)) {
          const fragment = fragments.get(s.name.value)
          deepest = Math.max(
            deepest,
            depthOf(fragment?.selectionSet, depth, [...seen, s.name.value]),
          )
        }
        if (deepest > max) break
      }
      return deepest
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, [])
        if (depth > max) {
          context.reportError(
            new GraphQLError(`This query nests deeper than ${max} levels, which is the limit.`, {
              nodes: [node],
            }),
          )
        }
      },
    }
  }
