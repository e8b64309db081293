import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { slugger } from './src/lib/slug.js';

/**
 * Lessons use KeyPoints, Callout, Case, SayThis, Steps and SelfCheck without importing them:
 * this puts the import into every .md file, right after its frontmatter.
 */
const lessonComponents = {
	name: 'lesson-components',
	/** @param {{ content: string, filename?: string }} input */
	markup({ content, filename }) {
		if (!filename?.endsWith('.md')) return;
		const front = content.match(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/);
		const at = front ? front[0].length : 0;
		const script =
			"<script>\n\timport { KeyPoints, Callout, Case, SayThis, Steps, SelfCheck } from '$lib/content';\n</script>\n";
		return { code: content.slice(0, at) + script + content.slice(at) };
	}
};

/**
 * Gives every ## and ### heading of a lesson an id, so quiz feedback can link to the section
 * that teaches the answer; the content checker computes the same ids (src/lib/slug.js).
 */
function headingIds() {
	/** @param {any} node */
	const text = (node) =>
		node.type === 'text' ? node.value : (node.children ?? []).map(text).join('');
	/** @param {any} tree */
	return (tree) => {
		const slug = slugger();
		/** @param {any} node */
		const visit = (node) => {
			if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
				node.properties = { ...node.properties, id: slug(text(node)) };
			}
			(node.children ?? []).forEach(visit);
		};
		visit(tree);
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		lessonComponents,
		mdsvex({ extensions: ['.md'], rehypePlugins: [headingIds] }),
		vitePreprocess()
	],
	compilerOptions: {
		// Runes everywhere except mdsvex output (.md), whose generated code still uses $$props.
		runes: ({ filename }) =>
			filename.endsWith('.md') || filename.split(/[/\\]/).includes('node_modules')
				? undefined
				: true
	},
	// mdsvex emits `<script context="module">`; that is its business, not a problem in our code.
	onwarn: (warning, handler) => {
		if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.md')) return;
		handler(warning);
	},
	kit: {
		// `npm test` builds into a folder of its own (COACHLINE_BUILD_DIR), never into the `build/`
		// a running `npm start` serves from.
		adapter: adapter({ out: process.env.COACHLINE_BUILD_DIR || 'build' }),
		// …and generates into a folder of its own (COACHLINE_KIT_DIR): it runs beside svelte-check
		// and vitest, which sync .svelte-kit for development, and a build that read files they were
		// rewriting shipped a client that could not start (seen once: every JS-on test failed).
		outDir: process.env.COACHLINE_KIT_DIR || '.svelte-kit',
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'base-uri': ['none'],
				'object-src': ['none'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
