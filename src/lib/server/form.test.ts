import { describe, expect, it } from 'vitest';
import { actionName, formValues, isForeignAction } from './form';

describe('formValues', () => {
	it('keeps every value of every field, trimmed to the limit', () => {
		const form = new FormData();
		form.append('q.a', 'x');
		form.append('q.a', 'y');
		form.append('comment', 'z'.repeat(50));
		expect(formValues(form, { maxValue: 10 })).toEqual({
			'q.a': ['x', 'y'],
			comment: ['z'.repeat(10)]
		});
	});

	it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])(
		'drops a field named %s without breaking',
		(name) => {
			const form = new FormData();
			form.append(name, 'boom');
			form.append(name, 'again');
			form.append('ok', '1');
			const values = formValues(form);
			expect(values).toEqual({ ok: ['1'] });
			expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
			expect(Object.hasOwn(values, name)).toBe(false);
		}
	);

	it('drops files, over-long names and the names it is told to skip', () => {
		const form = new FormData();
		form.append('file', new Blob(['x']), 'x.txt');
		form.append('n'.repeat(201), 'x');
		form.append('scorecard', 'phone');
		form.append('kept', 'yes');
		expect(formValues(form, { skip: ['scorecard'] })).toEqual({ kept: ['yes'] });
	});
});

describe('actionName and isForeignAction', () => {
	it('reads the action as SvelteKit does: the first parameter starting with /', () => {
		const at = (search: string) => actionName(new URL(`http://x.test/team${search}`));
		expect(at('')).toBeNull();
		expect(at('?team=2')).toBeNull();
		expect(at('?/assign')).toBe('assign');
		expect(at('?team=2&/assign&/other')).toBe('assign');
		expect(at('?/')).toBe('');
	});

	it.each(['default', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
		'%s is nobody’s action',
		(name) => expect(isForeignAction(name)).toBe(true)
	);

	it.each(['assign', 'create', 'submit', ''])('%s may be one', (name) =>
		expect(isForeignAction(name)).toBe(false)
	);
});
