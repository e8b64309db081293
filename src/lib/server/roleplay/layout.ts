import type { ScenarioGraph } from './types';

export interface GraphLayout {
	width: number;
	height: number;
	nodes: {
		id: string;
		label: string;
		x: number;
		y: number;
		kind: 'start' | 'step' | 'free' | 'success' | 'failure';
		ending: string | null;
		choices: number;
	}[];
	edges: { from: string; to: string; path: string; back: boolean }[];
}

export const NODE_W = 168;
export const NODE_H = 44;
const COL = 224;
const ROW = 68;
const PAD = 16;

/**
 * Lays a scenario graph out in columns by distance from the start (breadth first), so the
 * conversation reads left to right and every ending sits at the end of its branch.
 */
export function layoutGraph(
	graph: ScenarioGraph,
	endingSuccess: (id: string) => boolean
): GraphLayout {
	const depth = new Map<string, number>([['start', 0]]);
	const queue = ['start'];
	while (queue.length) {
		const from = queue.shift()!;
		for (const e of graph.edges)
			if (e.from === from && !depth.has(e.to)) {
				depth.set(e.to, depth.get(from)! + 1);
				queue.push(e.to);
			}
	}
	const maxDepth = Math.max(0, ...depth.values());
	// Unreachable knots (content:check refuses them, but be safe) go in a last column.
	for (const n of graph.nodes) if (!depth.has(n.id)) depth.set(n.id, maxDepth + 1);
	const columns = new Map<number, string[]>();
	for (const n of graph.nodes) {
		const d = depth.get(n.id)!;
		columns.set(d, [...(columns.get(d) ?? []), n.id]);
	}
	const tallest = Math.max(...[...columns.values()].map((c) => c.length));
	const height = PAD * 2 + tallest * ROW - (ROW - NODE_H);
	const position = new Map<string, { x: number; y: number }>();
	for (const [d, ids] of columns) {
		const offset = ((tallest - ids.length) * ROW) / 2;
		ids.forEach((id, i) => position.set(id, { x: PAD + d * COL, y: PAD + offset + i * ROW }));
	}
	const nodes = graph.nodes.map((n) => ({
		id: n.id,
		label: n.id.replaceAll('_', ' '),
		...position.get(n.id)!,
		kind: (n.id === 'start'
			? 'start'
			: n.ending
				? endingSuccess(n.ending)
					? 'success'
					: 'failure'
				: n.free
					? 'free'
					: 'step') as GraphLayout['nodes'][number]['kind'],
		ending: n.ending,
		choices: n.choices
	}));
	const edges = graph.edges.map((e) => {
		const a = position.get(e.from)!;
		const b = position.get(e.to)!;
		const back = b.x <= a.x;
		const x1 = a.x + NODE_W;
		const y1 = a.y + NODE_H / 2;
		const x2 = back ? b.x + NODE_W / 2 : b.x;
		const y2 = back ? b.y + NODE_H : b.y + NODE_H / 2;
		const bend = Math.max(40, Math.abs(x2 - x1) / 2);
		return {
			from: e.from,
			to: e.to,
			back,
			path: back
				? `M${x1},${y1} C${x1 + 60},${y1 + 80} ${x2},${y2 + 60} ${x2},${y2}`
				: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`
		};
	});
	const width = PAD * 2 + (Math.max(...depth.values()) + 1) * COL - (COL - NODE_W);
	return { width, height, nodes, edges };
}
