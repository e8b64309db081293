// The components a lesson author can use in Markdown (imported into every lesson by the
// preprocessor in svelte.config.js).
export { default as KeyPoints } from './KeyPoints.svelte';
export { default as Callout } from './Callout.svelte';
export { default as Case } from './Case.svelte';
export { default as SayThis } from './SayThis.svelte';
export { default as Steps } from './Steps.svelte';
export { default as SelfCheck } from './SelfCheck.svelte';
