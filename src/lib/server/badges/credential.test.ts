import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { encodeStatusList, identityHash, statusBit, STATUS_LIST_SIZE } from './credential';
import { thumbprint } from './keys';

describe('status lists (Bitstring Status List v1.0)', () => {
	const bytesOf = (encoded: string) => gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));

	it('puts index 0 in the first byte’s most significant bit, gzipped, base64url with "u"', () => {
		const encoded = encodeStatusList([0, 9, STATUS_LIST_SIZE - 1]);
		expect(encoded[0]).toBe('u');
		expect(encoded).not.toMatch(/[+/=]/);
		const bytes = bytesOf(encoded);
		expect(bytes.length).toBe(STATUS_LIST_SIZE / 8);
		expect(bytes[0]).toBe(0b1000_0000);
		expect(bytes[1]).toBe(0b0100_0000);
		expect(bytes[bytes.length - 1]).toBe(0b0000_0001);
		expect(bytes.subarray(2, -1).every((b) => b === 0)).toBe(true);
	});

	it('reads back exactly the bits it wrote', () => {
		const set = [3, 8, 1000, 65_535, 131_000];
		const encoded = encodeStatusList(set);
		for (const i of [...set, 0, 2, 4, 7, 9, 999, 1001, 131_071])
			expect(statusBit(encoded, i)).toBe(set.includes(i));
		expect(() => statusBit(encoded, STATUS_LIST_SIZE)).toThrow(RangeError);
	});

	it('refuses places outside the list', () => {
		expect(() => encodeStatusList([-1])).toThrow(RangeError);
		expect(() => encodeStatusList([STATUS_LIST_SIZE])).toThrow(RangeError);
		expect(() => encodeStatusList([1.5])).toThrow(RangeError);
	});
});

describe('identifiers', () => {
	it('computes RFC 7638 thumbprints (RFC 8037, appendix A.3)', () => {
		expect(
			thumbprint({ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' })
		).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
	});

	it('hashes identities as Open Badges 3.0 says: sha256$ and the hex of value + salt', () => {
		// echo -n 'a@example.comsalt' | sha256sum
		expect(identityHash('a@example.com', 'salt')).toBe(
			'sha256$ad95c024cf7414a0fc45a84dc6230491fe127022b54f15305de855ca34866717'
		);
	});
});
