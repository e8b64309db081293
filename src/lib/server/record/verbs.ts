/** The verbs Coachline records, each with its xAPI IRI (ADL's where one exists). */
export const VERBS = {
	experienced: 'http://adlnet.gov/expapi/verbs/experienced',
	completed: 'http://adlnet.gov/expapi/verbs/completed',
	answered: 'http://adlnet.gov/expapi/verbs/answered',
	attempted: 'http://adlnet.gov/expapi/verbs/attempted',
	passed: 'http://adlnet.gov/expapi/verbs/passed',
	failed: 'http://adlnet.gov/expapi/verbs/failed',
	/** A lead confirms sustained performance in a competency (Activity Streams' "confirm"). */
	confirmed: 'http://activitystrea.ms/schema/1.0/confirm',
	/** A lead's quality review scored one of the agent's real interactions. */
	scored: 'http://adlnet.gov/expapi/verbs/scored'
} as const;
export type Verb = keyof typeof VERBS;
