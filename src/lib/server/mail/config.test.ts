import { describe, expect, it } from 'vitest';
import { MailConfigError, parseMailConfig } from './config';

describe('parseMailConfig', () => {
	it('is off without SMTP_URL', () => {
		expect(parseMailConfig({})).toBeNull();
		expect(parseMailConfig({ SMTP_URL: '   ' })).toBeNull();
	});

	it('reads host, port and TLS, with defaults for the port and the sender', () => {
		expect(
			parseMailConfig({
				SMTP_URL: 'smtp://u:p@mail.example.com',
				ORIGIN: 'https://coach.example.com/'
			})
		).toEqual({
			url: 'smtp://u:p@mail.example.com',
			server: { host: 'mail.example.com', port: 587, secure: false },
			from: 'Coachline <coachline@coach.example.com>',
			origin: 'https://coach.example.com'
		});
		expect(parseMailConfig({ SMTP_URL: 'smtps://mail.example.com' })?.server).toEqual({
			host: 'mail.example.com',
			port: 465,
			secure: true
		});
		expect(
			parseMailConfig({ SMTP_URL: 'smtp://localhost:2525', MAIL_FROM: 'Training <t@example.com>' })
		).toMatchObject({ server: { port: 2525 }, from: 'Training <t@example.com>' });
	});

	it('refuses what it cannot use, with a sentence that says what to write', () => {
		for (const SMTP_URL of ['mail.example.com:25', 'http://mail.example.com', 'smtp://'])
			expect(() => parseMailConfig({ SMTP_URL })).toThrow(MailConfigError);
		expect(() => parseMailConfig({ SMTP_URL: 'https://x' })).toThrow(/smtp:\/\/ or smtps:\/\//);
		expect(() => parseMailConfig({ SMTP_URL: 'smtp://h', MAIL_FROM: 'not an address' })).toThrow(
			/MAIL_FROM/
		);
	});
});
