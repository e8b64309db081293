import { describe, expect, it } from 'vitest';
import { layoutGraph, NODE_H, NODE_W } from './layout';

const node = (id: string, ending: string | null = null, choices = 2) => ({
	id,
	line: 1,
	ending,
	choices,
	free: false
});

describe('layoutGraph', () => {
	const graph = {
		nodes: [
			node('start', null, 0),
			node('a'),
			node('b'),
			node('good', 'won', 0),
			node('bad', 'lost', 0)
		],
		edges: [
			{ from: 'start', to: 'a' },
			{ from: 'a', to: 'b' },
			{ from: 'a', to: 'good' },
			{ from: 'b', to: 'bad' },
			{ from: 'b', to: 'a' }
		]
	};
	const layout = layoutGraph(graph, (id) => id === 'won');
	const at = (id: string) => layout.nodes.find((n) => n.id === id)!;

	it('puts each knot in the row of its distance from the start, inside the canvas', () => {
		expect([at('start').y, at('a').y]).toEqual([16, 100]);
		expect(at('b').y).toBe(at('good').y);
		expect(at('bad').y).toBeGreaterThan(at('b').y);
		for (const n of layout.nodes) {
			expect(n.x + NODE_W).toBeLessThanOrEqual(layout.width);
			expect(n.y + NODE_H).toBeLessThanOrEqual(layout.height);
		}
	});

	it('colours endings by outcome and marks edges that go back up', () => {
		expect(layout.nodes.map((n) => [n.id, n.kind])).toEqual([
			['start', 'start'],
			['a', 'step'],
			['b', 'step'],
			['good', 'success'],
			['bad', 'failure']
		]);
		expect(layout.edges.filter((e) => e.back).map((e) => `${e.from}>${e.to}`)).toEqual(['b>a']);
	});
});
