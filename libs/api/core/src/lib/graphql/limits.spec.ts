import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './limits';

const schema = buildSchema(`
  type Node { id: ID! child: Node children(first: Int): [Node!]! }
  type Query { node: Node nodes(first: Int): [Node!]! }
`);

function problems(query: string, limits = { maxDepth: 3, maxAliases: 2, maxCost: 100 }): string[] {
  return validate(schema, parse(query), [queryLimitsRule(limits)]).map((e) => e.message);
}

describe('query limits', () => {
  it('lets ordinary queries through', () => {
    expect(problems('{ node { id child { id } } }')).toEqual([]);
  });

  it('counts depth through fragments', () => {
    expect(problems('{ node { ...F } } fragment F on Node { child { child { id } } }')).toEqual([
      'Query too complex: depth 4 exceeds the limit of 3',
    ]);
  });

  it('counts aliases', () => {
    expect(problems('{ a: node { id } b: node { id } c: node { id } }')).toEqual([
      'Query too complex: 3 aliases exceed the limit of 2',
    ]);
  });

  it('multiplies the cost of list fields by their page size', () => {
    expect(problems('{ nodes(first: 10) { id } }')).toEqual([]);
    expect(problems('{ nodes(first: 50) { children(first: 50) { id } } }')).toEqual([
      'Query too complex: cost 2551 exceeds the limit of 100',
    ]);
  });

  it('survives fragment cycles', () => {
    const errors = problems(
      '{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }',
    );
    expect(errors.every((e) => e.startsWith('Query too complex'))).toBe(true);
  });
});
