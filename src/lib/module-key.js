// The lesson page loads a lesson's compiled chunk by a short key of its module path
// ('/content/courses/02-communication-skills/01-active-listening.md'): the build lists the
// chunks under these keys (vite.config.ts, virtual:lesson-modules) and the server sends the key
// with the page. Full paths as keys cost every lesson page ~0.9 KB of gzip for ~90 lessons, and
// more with every lesson and language added; a key is six or seven characters.

/**
 * FNV-1a (32 bits) of the path, in base 36. The build refuses two paths with one key.
 * @param {string} path
 */
export function moduleKey(path) {
	let hash = 0x811c9dc5;
	for (let i = 0; i < path.length; i++) {
		hash ^= path.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}
