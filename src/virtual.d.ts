// Modules the build makes (vite.config.ts).

declare module 'virtual:lesson-modules' {
	import type { Component } from 'svelte';
	/** Every lesson's compiled module (each its own chunk), by moduleKey() of its path. */
	const lessons: Record<string, () => Promise<{ default: Component }>>;
	export default lessons;
}
