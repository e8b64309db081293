VAR mood = 3
VAR trust = 1

Chat, 8:05 am. The message arrives in three bursts. #stage
Your course page says 24/7 tutor support. Last night at 11 I couldn't open mock exam 3. I waited THREE HOURS. Nobody answered. My exam is in two days.
-> opening

=== opening ===
* [I'm so sorry, Mina. You were up late preparing, you needed help, and nobody came. Let's get you sorted right now. #sorry+2 #fix+1 #mood+1 #note: An apology without excuses, plus "right now", tells her the exam is your priority too.]
    -> fix_step
* [Live tutor support runs from 8 am to 10 pm, so 11 pm was outside hours. #honest+1 #sorry-2 #mood-2 #note: True, but opening with the rule reads as "your fault for asking at 11".]
    -> fix_step
* [Sorry about that, we've been very busy lately. #sorry-1 #report-1 #note: "Busy" is an excuse, and it tells her it may happen again.]
    -> fix_step

=== fix_step ===
{ mood <= 1: -> cancelled_end }
Mock exam 3 still won't open. It says "locked". I need it TODAY.
* [Let me look. Mock exam 3 was set to unlock only after mock 2 was marked, and the marking stuck overnight. I've unlocked it. Can you try now? #fix+3 #trust+1 #mood+1 #note: Finding the cause, fixing it in the chat and asking her to check is the fastest repair of a broken promise.]
    -> honest_step
* [I've raised a ticket with our technical team. They'll be in touch within 48 hours. #fix-2 #mood-1 #note: Forty-eight hours, for a learner with an exam in two days, is another broken promise.]
    -> honest_step
* [Could you try clearing your browser cache and logging in again? #fix-1 #note: A generic tip, before you have looked at her account, sends her back to trial and error.]
    -> honest_step

=== honest_step ===
{ mood <= 1: -> cancelled_end }
It opened. Thank you. But seriously: is it 24/7 or not?
* [Honestly, not in the way the page makes it sound. Live tutors are online 8 am to 10 pm. Overnight, messages are answered by 9 am. The page should say exactly that, and it doesn't. #honest+3 #trust+2 #note: The plain truth, including that the page is wrong, is what rebuilds trust after a broken promise.]
    -> cheated
* [Yes, it's 24/7. You were just unlucky last night. #honest-3 #note: She experienced the opposite; denying it makes everything else you say suspect.]
    -> cheated
* [It's explained in the terms and conditions. #honest-1 #sorry-1 #mood-1 #note: Pointing to the small print defends the company against its own customer.]
    -> cheated

=== cheated ===
{ mood <= 1: -> cancelled_end }
So I paid for something that doesn't exist. I feel cheated, honestly.
* [That's a fair way to feel. You bought the course partly for that promise, and last night it let you down exactly when you needed it. #sorry+2 #mood+1 #note: Agreeing the feeling is fair, and why, shows you understand the promise mattered.]
    -> remedy_step
* [I understand, but the support is still very good during the day. #sorry-1 #note: "But" cancels the understanding you just offered.]
    -> remedy_step

=== remedy_step ===
{ mood <= 1: -> cancelled_end }
So what are you going to do about it?
* [#free:remedy] -> tonight

=== tonight ===
{ mood <= 1: -> cancelled_end }
OK. And tonight? What if I get stuck at midnight again?
* [Here's the plan for tonight: the tutor session at 7 covers anything from mock 3. After 10 pm, send your questions by message and they're answered first thing, before 9. And I've checked mock 4 is unlocked too, so nothing is locked on you at midnight. #fix+2 #honest+1 #trust+1 #mood+1 #note: A concrete plan for the exact moment she fears, inside what the service really offers.]
    -> report_step
* [Just send us a message and someone will get back to you. #fix-1 #honest-1 #note: Vague reassurance about the very thing that failed last night.]
    -> report_step

=== report_step ===
{ mood <= 1: -> cancelled_end }
Are you going to change that advert, at least?
* [I can't change the page myself, but I'm reporting it today to the team that owns the course page, with your case as the example. I'll email you when the wording is fixed. #report+3 #honest+1 #trust+1 #note: Honest about your limits, specific about what you will do: that is owning it without overpromising.]
    -> close_step
* [That's the marketing team's decision, not mine. #report-2 #mood-1 #note: Passing responsibility to another department tells her the company is divided and nothing will happen.]
    -> close_step
* [Yes, I'll make sure it's changed today. #report-1 #honest-2 #note: You cannot promise another team's work by today.]
    -> close_step

=== close_step ===
{ mood <= 1: -> cancelled_end }
OK. Anything else I should know?
* [Just a recap: mock 3 and 4 are open, your tutor session is today at 7 pm, your access is extended by a month, and night messages are answered by 9. The confirmation is in your inbox. Good luck on Thursday, Mina! #fix+1 #honest+1 #trust+1 #mood+1 #note: Everything in one place, plus a personal good-luck: she leaves the chat ready to study.]
    -> wrap
* [No, that's everything. Have a nice day. #fix-1 #note: After a bad night, a script goodbye leaves her to piece the plan together herself.]
    -> wrap

=== wrap ===
{ trust >= 6 && mood >= 5: -> on_track_end }
-> unconvinced_end

=== on_track_end ===
Thank you. That's the first time anyone's been straight with me about this. Back to studying! #ending: back-on-track
-> END

=== unconvinced_end ===
OK. Let's hope it works this time. #ending: unconvinced
-> END

=== cancelled_end ===
Forget it. I want to cancel, and I'm telling my study group not to bother.
She has left the chat. #stage #ending: cancelled
-> END
