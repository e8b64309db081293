/**
 * Checks a value against the xAPI 1.0.3 statement rules the export must keep (Data Model
 * §2.2–2.4): the problems found, or [] for a valid statement. Used by the tests; kept beside
 * the exporter so both change together.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const isLangMap = (v: unknown) =>
	isObj(v) &&
	Object.keys(v).length > 0 &&
	Object.entries(v).every(([k, s]) => LANG.test(k) && typeof s === 'string');

export function xapiProblems(s: unknown): string[] {
	const p: string[] = [];
	if (!isObj(s)) return ['statement is not an object'];
	if (typeof s.id !== 'string' || !UUID.test(s.id)) p.push('id must be a UUID');

	const actor = s.actor;
	if (!isObj(actor)) p.push('actor is required');
	else {
		const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => k in actor);
		if (ifis.length !== 1) p.push('actor needs exactly one identifier');
		if (actor.objectType !== undefined && actor.objectType !== 'Agent')
			p.push('actor.objectType must be Agent');
		const account = actor.account;
		if (
			'account' in actor &&
			!(
				isObj(account) &&
				typeof account.homePage === 'string' &&
				IRI.test(account.homePage) &&
				typeof account.name === 'string' &&
				account.name
			)
		)
			p.push('actor.account needs an IRL homePage and a name');
	}

	const verb = s.verb;
	if (!isObj(verb) || typeof verb.id !== 'string' || !IRI.test(verb.id))
		p.push('verb.id must be an IRI');
	else if (verb.display !== undefined && !isLangMap(verb.display))
		p.push('verb.display must be a language map');

	const object = s.object;
	if (!isObj(object) || typeof object.id !== 'string' || !IRI.test(object.id))
		p.push('object.id must be an IRI');
	else {
		if (object.objectType !== undefined && object.objectType !== 'Activity')
			p.push('object.objectType must be Activity');
		const def = object.definition;
		if (def !== undefined) {
			if (!isObj(def)) p.push('object.definition must be an object');
			else {
				if (def.name !== undefined && !isLangMap(def.name))
					p.push('definition.name must be a language map');
				if (def.type !== undefined && !(typeof def.type === 'string' && IRI.test(def.type)))
					p.push('definition.type must be an IRI');
			}
		}
	}

	const result = s.result;
	if (result !== undefined) {
		if (!isObj(result)) p.push('result must be an object');
		else {
			const score = result.score;
			if (
				score !== undefined &&
				!(
					isObj(score) &&
					(score.scaled === undefined ||
						(typeof score.scaled === 'number' && score.scaled >= -1 && score.scaled <= 1))
				)
			)
				p.push('result.score.scaled must be between -1 and 1');
			for (const k of ['success', 'completion'])
				if (result[k] !== undefined && typeof result[k] !== 'boolean')
					p.push(`result.${k} must be a boolean`);
			if (
				result.duration !== undefined &&
				!(typeof result.duration === 'string' && DURATION.test(result.duration))
			)
				p.push('result.duration must be an ISO 8601 duration');
		}
	}

	const context = s.context;
	if (context !== undefined) {
		if (!isObj(context)) p.push('context must be an object');
		else {
			if (
				context.registration !== undefined &&
				!(typeof context.registration === 'string' && UUID.test(context.registration))
			)
				p.push('context.registration must be a UUID');
			if (isObj(context.extensions) && !Object.keys(context.extensions).every((k) => IRI.test(k)))
				p.push('context.extensions keys must be IRIs');
		}
	}
	if (typeof s.timestamp !== 'string' || !ISO_TIME.test(s.timestamp))
		p.push('timestamp must be ISO 8601 with a time zone');
	if (s.version !== undefined && !(typeof s.version === 'string' && /^1\.0\.\d+$/.test(s.version)))
		p.push('version must be 1.0.x');
	return p;
}
