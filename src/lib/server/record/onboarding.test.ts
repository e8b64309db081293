import { describe, expect, it } from 'vitest';
import { addDays, onboardingPlan, oneDueDate } from './onboarding';
import type { LearningPath } from '../content';

const path: LearningPath = {
	id: 'onboarding',
	title: 'Onboarding',
	summary: 'First weeks',
	audience: 'new-hire',
	translations: {},
	courses: [
		{ kind: 'course', id: 'foundations', dueDays: 7 },
		{ kind: 'course', id: 'communication', dueDays: 14 },
		{ kind: 'course', id: 'needs', dueDays: 21 },
		{ kind: 'lesson', id: 'morale/stress', dueDays: 30 }
	]
};

describe('addDays', () => {
	it('crosses month and leap-year ends in UTC', () => {
		expect(addDays('2026-01-28', 7)).toBe('2026-02-04');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-03-10', 0)).toBe('2026-03-10');
	});
});

describe('onboardingPlan', () => {
	it('dates each course or lesson from the start date and says where the person stands', () => {
		const done = new Set(['course:foundations']);
		const plan = onboardingPlan(
			path,
			'2026-11-01',
			(s) => done.has(`${s.kind}:${s.id}`),
			'2026-11-16'
		);
		expect(plan).toEqual([
			{ kind: 'course', id: 'foundations', due: '2026-11-08', status: 'done' },
			{ kind: 'course', id: 'communication', due: '2026-11-15', status: 'overdue' },
			{ kind: 'course', id: 'needs', due: '2026-11-22', status: 'upcoming' },
			{ kind: 'lesson', id: 'morale/stress', due: '2026-12-01', status: 'upcoming' }
		]);
	});

	it('asks whether the lesson, not a course of the same name, is done', () => {
		const asked: string[] = [];
		onboardingPlan(
			path,
			'2026-11-01',
			(s) => (asked.push(`${s.kind}:${s.id}`), false),
			'2026-11-02'
		);
		expect(asked).toEqual([
			'course:foundations',
			'course:communication',
			'course:needs',
			'lesson:morale/stress'
		]);
	});

	it('calls a course due soon from today up to three days ahead, and overdue only after its day', () => {
		const none = () => false;
		const status = (today: string) => onboardingPlan(path, '2026-11-01', none, today)[0].status;
		expect(status('2026-11-04')).toBe('upcoming');
		expect(status('2026-11-05')).toBe('due-soon');
		expect(status('2026-11-08')).toBe('due-soon');
		expect(status('2026-11-09')).toBe('overdue');
	});

	it('counts a finished course as done even when it was finished late', () => {
		const plan = onboardingPlan(path, '2026-01-01', () => true, '2026-11-24');
		expect(plan.every((item) => item.status === 'done')).toBe(true);
	});
});

describe('oneDueDate', () => {
	const plan = onboardingPlan(path, '2026-11-01', (s) => s.id === 'foundations', '2026-11-10');
	// communication: path due 11-15; needs: path due 11-22; stress lesson: 12-01.
	const assignment = (type: string, itemId: string, dueDate: string) => ({
		type,
		itemId,
		dueDate,
		overdue: false
	});

	it('gives an item on both sides the earlier date, with where it comes from, in both places', () => {
		const { plan: p, assigned } = oneDueDate(
			plan,
			[
				assignment('course', 'communication', '2026-11-12'),
				assignment('course', 'needs', '2026-11-30'),
				assignment('lesson', 'morale/stress', '2026-11-09')
			],
			'2026-11-10'
		);
		expect(p.map((i) => [i.id, i.due, i.source, i.status])).toEqual([
			['foundations', '2026-11-08', 'onboarding', 'done'],
			['communication', '2026-11-12', 'assigned', 'due-soon'],
			['needs', '2026-11-22', 'onboarding', 'upcoming'],
			['morale/stress', '2026-11-09', 'assigned', 'overdue']
		]);
		expect(assigned.map((a) => [a.itemId, a.dueDate, a.source, a.overdue])).toEqual([
			['communication', '2026-11-12', 'assigned', false],
			['needs', '2026-11-22', 'onboarding', false],
			['morale/stress', '2026-11-09', 'assigned', true]
		]);
	});

	it('leaves items on one side alone, and a course is not a lesson of the same id', () => {
		const { plan: p, assigned } = oneDueDate(
			plan,
			[
				assignment('scenario', 'communication', '2026-11-11'),
				assignment('lesson', 'needs', '2026-11-11'),
				assignment('course', 'elsewhere', '2026-11-11')
			],
			'2026-11-10'
		);
		expect(p.map((i) => [i.due, i.source])).toEqual(plan.map((i) => [i.due, 'onboarding']));
		expect(assigned.map((a) => [a.dueDate, a.source])).toEqual([
			['2026-11-11', 'assigned'],
			['2026-11-11', 'assigned'],
			['2026-11-11', 'assigned']
		]);
	});

	it('keeps a done plan item’s own date, and a later assignment does not move an earlier plan date', () => {
		const { plan: p } = oneDueDate(
			plan,
			[
				assignment('course', 'foundations', '2026-11-02'),
				assignment('course', 'communication', '2026-12-20')
			],
			'2026-11-10'
		);
		expect(p[0]).toMatchObject({ due: '2026-11-08', status: 'done' });
		expect(p[1]).toMatchObject({ due: '2026-11-15', source: 'onboarding' });
	});
});
