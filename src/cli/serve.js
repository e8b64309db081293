// Starts the built server with local-friendly defaults. adapter-node assumes https when it
// derives the site's origin from the request, so a plain-http localhost needs ORIGIN, or
// SvelteKit's CSRF check refuses every form post.
const port = process.env.PORT || '3000';
process.env.PORT = port;
process.env.ORIGIN ||= `http://localhost:${port}`;
console.log(`Coachline: serving ${process.env.ORIGIN}`);
// A computed specifier, so type checking does not wander into the build output.
const entry = new URL('../../build/index.js', import.meta.url).href;
await import(entry);
