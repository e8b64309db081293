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
/** Horizontal pitch of nodes in a row, vertical pitch of rows. */
const COL = 188;
const ROW = 84;
const PAD = 16;

/**
 * Lays a scenario graph out in rows by distance from the start (breadth first), so the
 * conversation reads top to bottom like the page it is shown on, and endings sit at the foot of
 * their branches.
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
	const rows = new Map<number, string[]>();
	for (const n of graph.nodes) {
		const d = depth.get(n.id)!;
		rows.set(d, [...(rows.get(d) ?? []), n.id]);
	}
	const widest = Math.max(...[...rows.values()].map((r) => r.length));
	const width = PAD * 2 + widest * COL - (COL - NODE_W);
	const position = new Map<string, { x: number; y: number }>();
	for (const [d, ids] of rows) {
		const offset = ((widest - ids.length) * COL) / 2;
		ids.forEach((id, i) => position.set(id, { x: PAD + offset + i * COL, y: PAD + d * ROW }));
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
		const back = b.y <= a.y;
		if (back) {
			// Up or sideways: leave from the right side and come back into the target's right side.
			const x1 = a.x + NODE_W;
			const y1 = a.y + NODE_H / 2;
			const x2 = b.x + NODE_W;
			const y2 = b.y + NODE_H / 2;
			const out = Math.max(x1, x2) + 40;
			return {
				from: e.from,
				to: e.to,
				back,
				path: `M${x1},${y1} C${out},${y1} ${out},${y2} ${x2},${y2}`
			};
		}
		const x1 = a.x + NODE_W / 2;
		const y1 = a.y + NODE_H;
		const x2 = b.x + NODE_W / 2;
		const y2 = b.y;
		const bend = Math.max(24, (y2 - y1) / 2);
		return {
			from: e.from,
			to: e.to,
			back,
			path: `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}`
		};
	});
	const height = PAD * 2 + (Math.max(...depth.values()) + 1) * ROW - (ROW - NODE_H);
	return { width, height, nodes, edges };
}
