VAR mood = 3
VAR trust = 2
VAR promised = 0

A crisp, unhurried voice. #stage
Catherine Liu. Last Tuesday your colleague promised me a full refund for the dishwasher that flooded my kitchen. It hasn't arrived. I'd like to know why.
-> opening

=== opening ===
* [Thank you for calling, Ms Liu, and I'm sorry the refund you were expecting hasn't arrived. Let me pull up last Tuesday's call right now. #respect+2 #own+1 #mood+1 #note: Her name, an empathy apology and going straight to the record showed respect and competence.]
    -> recording
* [What's your order number, please? #respect-1 #mood-1 #note: Asking for a number she has already given made her feel like nobody had read her case.]
    -> opening_cold
* [We don't normally give refunds over the phone. #facts-2 #hold-1 #mood-2 #note: Denying before you had checked anything contradicted her and decided the facts in advance.]
    -> opening_cold

=== opening_cold ===
I gave all of that last week. It's on your system. I'd like to speak to someone who knows what they're doing.
* [You're right, Ms Liu, I'm sorry. I have your account here. Let me find last Tuesday's call. #respect+2 #own+1 #mood+2 #note: Acknowledging her point and moving to the record recovered the call.]
    -> recording
* [I can't find anything without the order number. #respect-1 #mood-1 #note: Repeating the request brushed her off a second time.]
    -> recording

=== recording ===
{ mood <= 1: -> escalated_end }
I should tell you that I'm recording this call.
* [That's absolutely fine, Ms Liu. I'll note it on the case. #hold+2 #respect+1 #note: Calm acceptance shows you have nothing to hide and keeps the conversation level.]
    -> notes
* [Why? There's really no need for that. #hold-1 #respect-1 #mood-1 #note: Questioning her right to record sounds defensive, as if there were something to hide.]
    -> notes
* [Then I'd better not say anything until I've spoken to my manager. #hold-1 #own-1 #mood-1 #note: Freezing up at the word "recording" tells her you are unsure of your ground.]
    -> notes

=== notes ===
{ mood <= 1: -> escalated_end }
You find Tuesday's call. The note says: "Customer requests refund, dishwasher leaking. Advised to send photos. Refund to be reviewed." Nothing says a refund was approved. #stage
Well? Where's my money?
* [I can see your call on Tuesday. The note says the refund was to be reviewed once we had your photos. I don't want to guess what was said beyond that, so I'll check the call itself. #facts+2 #words+1 #trust+1 #note: You shared what the record shows without deciding what it means: neither admitting nor denying.]
    -> liar
* [The notes say no refund was promised, so I'm afraid there's been a misunderstanding. #facts-2 #respect-1 #mood-2 #note: Calling it a misunderstanding before checking the call tells her she is wrong, and the notes may be incomplete.]
    -> liar
* [If my colleague promised it, then of course you'll get it. #facts-2 #hold-1 #trust+1 #promised+1 #note: Agreeing to a promise you can't see admits liability before the facts; you may have to take it back.]
    -> liar

=== liar ===
{ mood <= 1: -> escalated_end }
Are you calling me a liar?
* [Not at all. I'm not saying it wasn't said. I want to hear exactly what you were told, so that whatever we decide is based on the facts. #facts+1 #respect+1 #hold+1 #mood+1 #note: This line keeps every door open: respect for her account, and a decision that waits for the facts.]
    -> explain
* [I'm just telling you what the system says. #respect-1 #mood-1 #note: Hiding behind "the system" sounds like you don't care what happened to her.]
    -> explain
* [Of course not. I'm sure she did promise it. #facts-1 #hold-1 #promised+1 #note: Reassuring her by confirming the promise gives away what the facts haven't settled.]
    -> explain

=== explain ===
{ mood <= 1: -> escalated_end }
So what happens now?
* [#free:explain-check] -> manager

=== manager ===
{ mood <= 1: -> escalated_end }
I want this sorted today, not tomorrow. Put me through to your manager.
* [I understand you want this settled quickly. My manager would need the same check first, so the quickest way is for me to do it now. If you'd still like to speak to her once you have my answer, I'll arrange it. #respect+2 #hold+2 #own+1 #trust+1 #note: You respected her request without giving up ownership, and kept the manager as a real option.]
    -> council
* [Fine, I'll transfer you now. #own-2 #hold-1 #note: Transferring straight away gives up ownership; the manager starts from zero and she repeats herself again.]
    -> council
* [My manager will tell you exactly the same thing. #respect-2 #mood-2 #note: Brushing off the request for a manager tells a powerful customer she doesn't count.]
    -> council

=== council ===
{ mood <= 1: -> escalated_end }
And if I haven't heard by then, I'm going straight to the consumer council.
* [You're entitled to do that, Ms Liu. I'd rather you didn't need to, which is why I'm giving you a time and I'll keep to it. #hold+2 #respect+1 #mood+1 #note: Acknowledging her right calmly, without pleading or bristling, holds the position.]
    -> outcome
* [Please don't do that. I'll see what I can do about getting you the refund. #hold-2 #facts-1 #promised+1 #note: Caving to a threat teaches her that threats work, and promises what the facts haven't settled.]
    -> outcome
* [Threats won't make this go any faster. #respect-2 #mood-2 #note: Scolding her for using her rights turns a firm position into a fight.]
    -> outcome

=== outcome ===
{ mood <= 1: -> escalated_end }
So what exactly am I going to get?
* [If the call shows the refund was agreed, it's processed the same day and you get written confirmation. If it wasn't, I'll explain why and what we can offer for the leak. Either way, you'll have a clear answer from me. #facts+1 #own+1 #hold+1 #trust+1 #note: Both possible outcomes, stated plainly, with no promise the facts haven't made.]
    -> name
* [A full refund, I'm sure. #facts-2 #hold-2 #trust+1 #promised+1 #note: "I'm sure" is a promise; if the recording says otherwise, the broken promise is now yours.]
    -> name
* [It depends. I can't really say. #own-1 #words-1 #note: Vague and closed; she needed to hear what each outcome would mean.]
    -> name

=== name ===
{ mood <= 1: -> escalated_end }
Fine. And who am I dealing with?
* [I'll put my name and direct line in the case notes, and I'll email you now confirming what I'm checking and when I'll call. #own+2 #respect+1 #trust+1 #mood+1 #note: A name, a direct line and a written confirmation make the commitment real.]
    -> wrap
* [It's all on the system. #own-1 #respect-1 #mood-1 #note: Refusing to give a name leaves her with nobody to hold to the promise.]
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
