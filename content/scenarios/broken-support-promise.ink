VAR mood = 3
VAR trust = 1
VAR steered = 0
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_session = false
VAR said_extend = false
VAR said_overpromise = false
VAR said_false_promise = false
VAR said_refuses = false
VAR said_talks_out = false
VAR said_request_stands = false

Chat, 8:05 am. The message arrives in three bursts. #stage
Your course page says 24/7 tutor support. Last night at 11 I couldn't open mock exam 3. I waited THREE HOURS. Nobody answered. My exam is in two days.
-> opening

=== opening ===
* [I'm so sorry, Mina. You needed help and nobody came. Let's get you sorted right now. #sorry+2 #fix+1 #mood+1 #note: An apology without excuses, plus "right now", tells her the exam is your priority too.]
    -> fix_step
* [I'm sorry you were left waiting. To be straight with you, live tutors are online from 8 am to 10 pm, so at 11 pm there was nobody on shift to pick up your message. #honest+1 #sorry-1 #mood-1 #note: Honest from the first line, but she heard the opening hours before she felt heard, and it sounds like "you asked too late".]
    -> fix_step
* [Sorry about that. It's exam season and we've been really busy this week. #sorry-1 #report-1 #note: "Busy" is an excuse, however politely put, and it tells her it may happen again.]
    -> fix_step

=== fix_step ===
{ mood <= 1: -> cancelled_end }
Mock exam 3 still won't open. It says "locked". I need it TODAY.
* [Let me look. It was waiting for mock 2's marking, which got stuck overnight. I've unlocked it. Can you try now? #fix+3 #trust+1 #mood+1 #note: Finding the cause, fixing it in the chat and asking her to check is the fastest repair of a broken promise.]
    -> honest_step
* [I completely understand how urgent this is. I've raised a priority ticket with our technical team and mentioned your exam date, so they know it matters. They reply within 48 hours and will email you once it's fixed. #fix-2 #mood-1 #note: A polite hand-off, but forty-eight hours for a learner with an exam in two days is another broken promise. Look at her account yourself first.]
    -> honest_step
* [Could you try clearing your browser cache and logging in again? #fix-1 #note: A generic tip, before you have looked at her account, sends her back to trial and error.]
    -> honest_step

=== honest_step ===
{ mood <= 1: -> cancelled_end }
It opened. Thank you. But seriously: is it 24/7 or not?
* [Honestly? Not the way the page makes it sound. Live tutors work 8 am to 10 pm, and night messages are answered by 9 am. The page should say that. #honest+3 #trust+2 #note: The plain truth, including that the page is wrong, is what rebuilds trust after a broken promise.]
    -> cheated
* [It is 24/7 in the sense that you can message a tutor at any hour and every message gets an answer. Last night it took longer than it should have, and I'm sorry about that. #honest-3 #sorry+1 #note: The apology is right, but the spin is not: she waited three hours at night, so calling it 24/7 makes everything else you say suspect.]
    -> cheated
* [The exact hours are in the terms and conditions, under Tutor Support: live tutors 8 am to 10 pm, night messages answered by 9 am. #honest+1 #sorry-1 #mood-1 #note: The facts are right, but sending her to the small print defends the company against its own customer, and it skips that the page itself is misleading.]
    -> cheated

=== cheated ===
{ mood <= 1: -> cancelled_end }
So I paid for something that doesn't exist. I feel cheated, honestly.
* [That's a fair way to feel. You paid partly for that promise, and it let you down exactly when you needed it. #sorry+2 #mood+1 #note: Agreeing the feeling is fair, and why, shows you understand the promise mattered.]
    -> money_back
* [I understand why you'd feel that way, but the support really is very good during the day. Most learners get an answer within minutes, and our tutors know this exam inside out. #sorry-1 #note: "But" cancels the understanding you just offered, and a sales pitch for the daytime does not answer what happened at night.]
    -> money_back

=== money_back ===
{ mood <= 1: -> cancelled_end }
Honestly, I want my money back. Can I even ask for that, or is it off the table too?
* [You can ask, and it's a fair request. I can't decide refunds myself, so I'm sending it to our refunds team now, with the page wording and last night's wait. They'll email you within three working days, and your course stays open meanwhile. #report+3 #honest+1 #trust+1 #note: Her request goes to the people who decide it, with the reason and a date, and she loses nothing while she waits. Whatever they decide, asking was her right.]
    -> remedy_step
* [You can ask, of course. But with your exam in two days, I'd hold off for now. Let me show you what I can do today first. I think it'll be worth more to you than a refund. #report-2 #trust-1 #steered+1 #note: Kindly meant, but it steers her away from a request she has every right to make, and turns your help into a trade. Pass the request on, then offer what you can do today as well, not instead.]
    -> remedy_step
* [I'm afraid I can't refund the course. Once a course has been started, refunds aren't possible, but I can make up for last night in other ways. #report-3 #honest-2 #mood-2 #steered+1 #note: Not true, and not yours to decide. A course sold on a claim that wasn't true is exactly what the refunds team looks at. Refusing on their behalf shuts a door she is entitled to knock on.]
    -> remedy_step
* [Of course. I've logged a refund request for you, and the refunds team will be in touch. #report+1 #mood-1 #note: Right to pass it on, but "they'll be in touch" is the kind of promise that failed her last night. Say when she will hear, and that her course stays open while she waits.]
    -> remedy_step

=== remedy_step ===
{ mood <= 1: -> cancelled_end }
OK. And right now? My exam's still on Thursday, refund or no refund.
* [#free:remedy] -> tonight

=== tonight ===
{ mood <= 1: -> cancelled_end }
{
    - reply_rude:
        Wow. I sat there for three hours last night, and now you're talking to me like that?
    - reply_unclear:
        Sorry, what? I've slept four hours. Just tell me what you're actually offering.
    - said_refuses || said_talks_out:
        Hang on. So this is instead of my money back? I'll decide about the refund myself, thanks.
    - said_overpromise || said_false_promise:
        Really? You can do that? OK... I'm writing that down, because I've heard promises from you before.
    - said_session && said_extend:
        OK. A real tutor before the exam, and more time. That actually helps.
        {said_request_stands: And good that it doesn't change the refund request.}
    - said_session:
        A tutor session, OK, I'll take that. Thank you.
    - said_extend:
        More time is nice, but my exam is in two days. I need a person who can explain things, before Thursday.
    - else:
        That's it? I was left on my own for three hours and my exam is in two days. Can I at least talk to a tutor?
}
{ not said_session:
    You check the tutor schedule: there is a free slot at 7 pm today, and you book it for her. #stage
}
And tonight? What if I get stuck at midnight again?
* [Here's tonight's plan. Bring anything from mock 3 to your tutor session. After 10 pm, send your questions by message and you'll have answers by 9. And I've unlocked mock 4 too, so nothing is locked at midnight. #fix+2 #honest+1 #trust+1 #mood+1 #note: A concrete plan for the exact moment she fears, inside what the service really offers.]
    -> report_step
* [I've unlocked mocks 4 and 5 as well, so nothing else is locked before your exam. If you get stuck tonight, just message us and someone will get back to you. #fix+1 #honest-1 #note: Unlocking the next mocks ahead of time was smart, but "someone will get back to you" dodges the midnight question she asked: say when, honestly.]
    -> report_step

=== report_step ===
{ mood <= 1: -> cancelled_end }
Are you going to change that advert, at least?
* [I can't change it myself. I'm reporting it today to the team that owns the page, with your case as the example, and I'll email you when it changes. #report+3 #honest+1 #trust+1 #note: Honest about your limits, specific about what you will do: that is owning it without overpromising.]
    -> close_step
* [Honestly, I can't promise that. The wording on the course page is decided by our marketing team, not by support, so it isn't something I'm able to change or commit to. #honest+1 #report-1 #mood-1 #note: Honest about your limits, but it stops at "not my department": she needs to hear that you will pass it on, and what happens next.]
    -> close_step
* [Yes. I'll make sure it's changed today, I promise. #report+1 #honest-2 #note: Well meant, and reporting it is right, but you cannot promise another team's work by today: that is how the first broken promise happened.]
    -> close_step

=== close_step ===
{ mood <= 1: -> cancelled_end }
OK. Anything else I should know?
* [Quick recap: mocks 3 and 4 are open, your tutor session is booked, and night messages are answered by 9. It's all in your inbox. Good luck Thursday, Mina! #fix+1 #honest+1 #trust+1 #mood+1 #note: Everything in one place, plus a personal good-luck: she leaves the chat ready to study.]
    -> wrap
* [No, I think that's everything from my side. If you have any other questions, you can always reach us here in the chat or by email, and we'll be happy to help. Thanks for your patience, and have a lovely day! #fix-1 #note: Friendly, but a script goodbye after a bad night leaves her to piece the plan together herself. Recap what is open, booked and extended.]
    -> wrap

=== wrap ===
{ steered >= 1: -> unconvinced_end }
{ trust >= 6 && mood >= 5: -> on_track_end }
-> unconvinced_end

=== on_track_end ===
Thank you. That's the first time anyone's been straight with me about this. Back to studying! #ending: back-on-track
-> END

=== unconvinced_end ===
OK. Let's hope it works this time. #ending: unconvinced
-> END

=== cancelled_end ===
Forget it. I want my money back, and I'm telling my study group not to bother.
Her refund request goes to the refunds team, who will reply by email. She has left the chat. #stage #ending: cancelled
-> END
