import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { MAX_PAGE_SIZE } from '@vigil/shared/domain';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxCost: 20000 };

const LIST_ARGS = ['first', 'last', 'limit'];

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Walks each operation once (fragments expanded) and measures depth, aliases and a cost in which
 * a field costs 1 and a list field multiplies what is under it by its `first` argument (default 20).
 */
function measure(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): Measure {
  let depth = 0;
  let aliases = 0;
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const field: FieldNode = sel;
      if (field.alias) aliases += 1;
      let multiplier = 1;
      for (const arg of field.arguments ?? []) {
        if (!LIST_ARGS.includes(arg.name.value)) continue;
        if (arg.value.kind === Kind.INT) multiplier = Number(arg.value.value);
        // A page size from a variable is not known here: assume the largest page.
        else if (arg.value.kind === Kind.VARIABLE) multiplier = MAX_PAGE_SIZE;
      }
      if (field.selectionSet) {
        const inner = measure(field.selectionSet, fragments, seen);
        depth = Math.max(depth, inner.depth + 1);
        aliases += inner.aliases;
        cost += 1 + Math.max(1, multiplier) * inner.cost;
      } else {
        depth = Math.max(depth, 1);
        cost += 1;
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(sel.selectionSet, fragments, seen);
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      cost += inner.cost;
    } else {
      const name = sel.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      const inner = measure(fragment.selectionSet, fragments, new Set([...seen, name]));
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      cost += inner.cost;
    }
  }
  return { depth, aliases, cost };
}

/** A validation rule that refuses operations past the limits, before anything runs. */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of context.getDocument().definitions) {
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      }
      const m = measure(node.selectionSet, fragments, new Set());
      const problems: string[] = [];
      if (m.depth > limits.maxDepth)
        problems.push(`depth ${m.depth} exceeds the limit of ${limits.maxDepth}`);
      if (m.aliases > limits.maxAliases)
        problems.push(`${m.aliases} aliases exceed the limit of ${limits.maxAliases}`);
      if (m.cost > limits.maxCost)
        problems.push(`cost ${m.cost} exceeds the limit of ${limits.maxCost}`);
      if (problems.length) {
        context.reportError(
          new GraphQLError(`Query too complex: ${problems.join('; ')}`, {
            nodes: [node],
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          }),
        );
      }
    },
  });
}
