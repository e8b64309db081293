/** Words a spoken question may open with before its question word ("So when…", "Okay, what…"). */
export const FILLERS = new Set([
	'so',
	'and',
	'okay',
	'ok',
	'right',
	'well',
	'now',
	'then',
	'but',
	'alright',
	'oh'
]);
