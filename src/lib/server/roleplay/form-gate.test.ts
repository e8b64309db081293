import { describe, expect, it } from 'vitest';
import { analyse } from '../language';
import { formProblems } from './form-gate';

const prompt = analyse('Tell Mr Zhou exactly what happens next and when he will hear from you.');
const check = (reply: string, min?: number) => formProblems(analyse(reply), prompt, min);

describe('the form gate', () => {
	it('lets a reply written to a person through', () => {
		expect(check("I'll call you tomorrow by 10 am with the result.")).toEqual([]);
		expect(check('Let me book the engineer for Thursday morning.')).toEqual([]);
		expect(check('Tonight at half past seven we run a line test on your connection.')).toEqual([]);
	});
	it('stops keyword lists', () => {
		expect(check('evening two weeks third time shop sorry')).toContain('keywords');
		expect(check('callback tomorrow 10am, engineer Thursday, line test tonight')).toContain(
			'keywords'
		);
		expect(check('frightening, not your fault, stayed polite, sorry')).toContain('keywords');
		// A sentence with a short aside is not a list.
		expect(check("Yes, sure, I'll call you at 10 tomorrow.")).toEqual([]);
		// A statement to the customer needs no "you": it is written to them all the same.
		expect(check('Repairs are free in the first two years under the warranty.')).toEqual([]);
		expect(check('How often does the video freeze?')).toEqual([]);
	});
	it('stops what is too short to say the thing', () => {
		expect(check('Sorry.')).toContain('too-short');
		expect(check('I will call you.', 8)).toContain('too-short');
	});
	it('stops a word repeated', () => {
		expect(check('sorry sorry sorry sorry sorry sorry')).toContain('repeated');
		expect(check('I will call I will call I will call I will call')).toContain('repeated');
	});
	it('stops a copy of the prompt, not a reply that says the same facts', () => {
		expect(
			check('Tell Mr Zhou exactly what happens next and when he will hear from you.')
		).toContain('copied');
		expect(check('Mr Zhou, I will call you tomorrow and tell you what happens next.')).toEqual([]);
	});
	it('says what else is wrong: nothing to read, another language', () => {
		expect(check('😀😀😀')).toEqual(['empty']);
		expect(check('!!! ???')).toEqual(['empty']);
		expect(check('مرحبا سأتصل بك غدا في العاشرة')).toEqual(['other-language']);
		expect(check('我明天上午十点给您回电话 I will call')).toEqual(['other-language']);
	});

	it('tells a Chinese keyword list from a Chinese sentence with commas', () => {
		const zh = (text: string) => formProblems(analyse(text, 'zh'), null);
		for (const list of [
			'数据、视频通话、孙子、三十元',
			'免费辅导 晚上7点 延长一个月',
			'快递，三点，消息，今天'
		])
			expect(zh(list), list).toContain('keywords');
		for (const sentence of [
			'是所有通话都卡，还是只有某些时候？',
			'您的机器已经过保了，上门维修固定收79元，配件另算。',
			'合同上的承诺是这样的：报修当天响应，上门维修两个工作日内完成。',
			'第一条，送货时间。根据系统记录，这单走的是标准的全天配送，指定时段送达属于付费升级服务。'
		])
			expect(zh(sentence), sentence).not.toContain('keywords');
	});
});
