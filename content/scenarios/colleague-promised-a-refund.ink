VAR mood = 3
VAR trust = 2
VAR promised = 0
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_checks_call = false
VAR said_answer_time = false
VAR said_promises = false
VAR said_denies = false
VAR said_blames = false
VAR said_honours = false
VAR said_direct_line = false

A crisp, unhurried voice. #stage
Catherine Liu. Last Tuesday your colleague promised me a full refund for the dishwasher that flooded my kitchen. It hasn't arrived. I'd like to know why.
-> opening

=== opening ===
* [Thank you, Ms Liu, and I'm sorry the refund you expected hasn't arrived. Let me pull up Tuesday's call now. #respect+2 #own+1 #mood+1 #note: Her name, an empathy apology and going straight to the record showed respect and competence.]
    -> recording
* [I'm sorry to hear that, Ms Liu. So that I'm sure I'm looking at the right case before I say anything, could you give me the order number? #respect+1 #facts+1 #mood-1 #note: Courteous, and checking you have the right case is sound, but asking for a number she had already given made her feel nobody had read her file.]
    -> opening_cold
* [We don't normally agree refunds over the phone, I'm afraid. #facts-2 #hold-1 #mood-2 #note: Quoting the usual procedure before you had checked anything contradicted her and decided the facts in advance.]
    -> opening_cold

=== opening_cold ===
I gave all of that last week. It's on your system. I'd like to speak to someone who knows what they're doing.
* [You're right, Ms Liu, I'm sorry. I have your account here. Let me find last Tuesday's call. #respect+2 #own+1 #mood+2 #note: Acknowledging her point and moving to the record recovered the call.]
    -> recording
* [I'm sorry, I know it's frustrating, but our system searches by order number, and without it I could end up in the wrong case. It only takes a second if you have the email to hand. #respect-1 #mood-1 #note: However reasonable the explanation, repeating the request brushed her off a second time.]
    -> recording

=== recording ===
{ mood <= 1: -> escalated_end }
I should tell you that I'm recording this call.
* [That's absolutely fine, Ms Liu. I'll note it on the case. #hold+2 #respect+1 #note: Calm acceptance shows you have nothing to hide and keeps the conversation level.]
    -> notes
* [Why? There's really no need for that. #hold-1 #respect-1 #mood-1 #note: Questioning her right to record sounds defensive, as if there were something to hide.]
    -> notes
* [Understood. In that case I'll be careful to stick to exactly what's on the record and not guess at anything, so please bear with me while I read the notes. #facts+1 #mood-1 #note: Sticking to the record is sound, but announcing it made you sound guarded, as if the word "recording" had rattled you.]
    -> notes

=== notes ===
{ mood <= 1: -> escalated_end }
You find Tuesday's call. The note says: "Customer requests refund, dishwasher leaking. Advised to send photos. Refund to be reviewed." Nothing says a refund was approved. #stage
Well? Where's my money?
* [The note says the refund was to be reviewed once we had your photos. I won't guess beyond that; I'll check the call itself. #facts+2 #words+1 #trust+1 #note: You shared what the record shows without deciding what it means: neither admitting nor denying.]
    -> liar
* [I've got Tuesday's note here. It says the refund was to be reviewed once we had your photos, not that it was approved, so I'm afraid there may have been a misunderstanding on that call. #facts-2 #respect-1 #mood-2 #note: Calling it a misunderstanding before checking the call tells her she is wrong, and the notes may be incomplete.]
    -> liar
* [Then my colleague promised it, and I'll put the refund through now. #facts-2 #hold-1 #trust+1 #promised+1 #note: A promise made on that call would bind the company, but nobody has heard the call yet. Putting it through on memory alone skips the check, and you may have to take it back.]
    -> liar

=== liar ===
{ mood <= 1: -> escalated_end }
Are you calling me a liar?
* [Not at all. I'm not saying it wasn't said. I want to hear exactly what you were told. #facts+1 #respect+1 #hold+1 #mood+1 #note: This line keeps every door open: respect for her account, and a decision that waits for the facts.]
    -> explain
* [No, Ms Liu, and I'm sorry if it sounded that way. You've been very clear with me, I take what you've told me seriously, and I can see how much this has cost you. #respect+2 #hold-1 #note: The apology and the respect landed, but you never said how it will be decided, so she still doesn't know whether her word will count.]
    -> explain
* [Of course not. I'm sure she did promise it. #facts-1 #hold-1 #promised+1 #note: Reassuring her by confirming the promise gives away what the facts haven't settled.]
    -> explain

=== explain ===
{ mood <= 1: -> escalated_end }
So what happens now?
* [#free:explain-check] -> manager

=== manager ===
{ mood <= 1: -> escalated_end }
{
    - reply_rude:
        I beg your pardon? I did mention this call is being recorded. I'd think about that tone.
    - reply_unclear:
        I'm sorry, that made no sense at all. What exactly are you checking, and when will I hear?
    - said_promises:
        Good. So you accept the refund is owed. Then I don't see why it needs checking at all.
    - said_denies:
        So I misunderstood, did I? You haven't even heard the call.
    - said_blames:
        I'm not interested in which of your staff is to blame. I'm interested in my refund.
    - said_direct_line:
        A direct line? Every time I've rung, I've gone through the main queue. Don't promise me things you can't give.
    - said_checks_call && said_answer_time:
        The recording, and an answer by then. At least that's clear.
        {said_honours: And if it was agreed, you keep to it. Good.}
    - said_checks_call:
        The recording. Fine. And when exactly will I have this answer?
    - said_answer_time:
        And what exactly will you be checking between now and then?
    - else:
        That tells me nothing. What are you checking, and when will I hear?
}
Frankly, I want this sorted today. Put me through to your manager.
* [I understand. My manager would need the same check first, so the fastest way is for me to do it now. If you still want her after my answer, I'll arrange it. #respect+2 #hold+2 #own+1 #trust+1 #note: You respected her request without giving up ownership, and kept the manager as a real option.]
    -> council
* [Of course. I'll ask my manager to call you this afternoon, and I'll brief her fully so you don't have to repeat anything. #respect+2 #own-1 #mood+1 #note: Honouring her request and briefing the manager spared her repeating herself, but you handed away a check you could have done yourself, and it will now take longer.]
    -> council
* [I can certainly ask, but honestly my manager will tell you exactly the same thing, because she would have to check the call first too, and she's in meetings all afternoon. #respect-2 #mood-2 #note: Brushing off the request for a manager, however reasonable the reason, tells a powerful customer she doesn't count.]
    -> council

=== council ===
{ mood <= 1: -> escalated_end }
{said_answer_time:And if I haven't heard by then, I'm going straight to the consumer council.|And if I haven't heard from you by tomorrow, I'm going straight to the consumer council.}
* [You're entitled to do that, Ms Liu. I'd rather you didn't need to, which is why I'm giving you a time and I'll keep to it. #hold+2 #respect+1 #mood+1 #note: Acknowledging her right calmly, without pleading or bristling, holds the position.]
    -> outcome
* [Please don't do that. I'll see what I can do about getting you the refund. #hold-2 #facts-1 #promised+1 #note: Caving to a threat teaches her that threats work, and promises what the facts haven't settled.]
    -> outcome
* [That's your right. They'll ask if we've had a chance to resolve it first, so let me finish the check. #hold+2 #respect-1 #mood-1 #note: Firm and factual, but explaining how the council works sounded like a lecture, and a veiled warning, to a customer who knows her rights.]
    -> outcome

=== outcome ===
{ mood <= 1: -> escalated_end }
So what exactly am I going to get?
* [If the call shows it was agreed, we keep that promise and it goes through the same day. If not, your claim goes to our claims team with your photos. Either way, you hear it from me. #facts+1 #own+1 #hold+1 #words+1 #trust+1 #note: Both outcomes, stated plainly: a colleague's promise kept if it was made, and her claim passed to the people who decide it if not. No promise the facts haven't made.]
    -> name
* [A full refund, I'm sure. #facts-2 #hold-2 #trust+1 #promised+1 #note: "I'm sure" is a promise; if the recording says otherwise, the broken promise is now yours.]
    -> name
* [It really depends on what the review finds. There are a few possible outcomes, from a full refund to a partial one or a repair, and I wouldn't want to guess which applies before it's been looked at. #own-1 #words-1 #note: Careful, but vague; she needed to hear what each outcome would mean and who would tell her.]
    -> name

=== name ===
{ mood <= 1: -> escalated_end }
Fine. And who am I dealing with?
* [Me, Ms Liu. I'll email you now with my name, your case reference and the time I'll call you. #own+2 #respect+1 #trust+1 #mood+1 #note: A name, a case reference and a time in writing are commitments you can keep. If she rings before then, the reference brings up your notes.]
    -> wrap
* [Me. I'll give you my direct line, so you can reach me any time until this is settled. #respect+1 #own-1 #trust-1 #note: It sounds like ownership, but agents here have no direct line, and "any time" is a promise nobody can keep. Give her your name, the case reference and the time you will call.]
    -> wrap
* [Our customer relations team. Everything is in the case notes, so whoever picks up when you call back will have the full history in front of them. #own-1 #respect-1 #mood-1 #note: A team instead of a name leaves her with nobody to hold to the promise.]
    -> wrap

=== wrap ===
{ promised >= 2: -> promised_end }
{ trust >= 7 && mood >= 5: -> resolved_end }
-> lost_end

=== resolved_end ===
Good. That's the first straight answer I've had from your company. I'll expect your call. #ending: resolved
-> END

=== escalated_end ===
No. I've heard enough. I'll put it in writing to your head office and the consumer council.
She hangs up. #stage #ending: escalated
-> END

=== promised_end ===
Good. So the refund's coming. I'll hold you to that. #ending: promised
-> END

=== lost_end ===
I see. Well, we'll find out tomorrow, won't we. #ending: lost
-> END
