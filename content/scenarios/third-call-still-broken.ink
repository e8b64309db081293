VAR mood = 3
VAR trust = 1
VAR promised = 0
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_when = false
VAR said_repeat = false
VAR said_gives_time = false
VAR said_names_self = false
VAR said_overpromise = false

The line connects. Before you finish your greeting, a man's voice cuts in. #stage
Third time! This is the third time I'm calling about the same thing. I'm done with you people.
-> opening

=== opening ===
* [I'm sorry you've had to call a third time. That's really frustrating. Tell me what's been happening. #feeling+2 #vent+1 #mood+1 #note: An apology for the repeat calls and a named feeling told him he was being taken seriously before any question.]
    -> vent
* [I'm sorry you've had to call again. So I can see what happened on your last two calls, could I take your account number first? Then you can tell me everything. #feeling+1 #record+1 #vent-1 #mood-1 #note: The apology was right and pulling up his history is useful, but asking for data before he had told his story cut his venting short.]
    -> opening_cold
* [I can hear you're upset, sir, and I do want to help, but I'll need you to calm down a little so we can go through this properly together. #feeling-2 #words-1 #mood-2 #note: However politely it is put, "calm down" tells him his feelings are the problem; it almost always raises the temperature.]
    -> opening_cold

=== opening_cold ===
Oh, wonderful. Same script as last time. Do you people even listen?
* [You're right, I'm sorry. You shouldn't have to repeat yourself. Go ahead, I'm listening. #feeling+2 #vent+1 #mood+2 #note: Owning the bad start and inviting him to talk recovered the call.]
    -> vent
* [I do understand, and I'm not trying to give you the runaround. The account number is simply the quickest way for me to bring up your file, and then I'll see exactly what was said on your other calls. #feeling-1 #mood-1 #note: A patient explanation of why you need the number is still the same request; it ignored his feelings a second time.]
    -> vent

=== vent ===
{ mood <= 1: -> escalated_end }
Every evening at eight it drops. Every single evening, for two weeks. I run my shop from home and that's when the orders come in!
* [Every evening, right when your orders come in. Go on, I'm listening. #vent+2 #mood+1 #note: A short listening signal let him get the whole story out, which is what a lively customer needs first.]
    -> router
* [Have you tried restarting the router? #vent-2 #mood-2 #note: Jumping to a fix before he finished told him you were not listening.]
    -> router
* [That's odd, because I'm not seeing any reported outages in your area, and our network there has been very stable this month. #vent-1 #words-1 #mood-1 #note: Checking for outages is sensible, but saying the network is stable argues with his experience; he hears "you are wrong".]
    -> router

=== router ===
{ mood <= 1: -> escalated_end }
And last time the lady said it was my router. So I bought a new router. It's not the router!
* [So you've replaced the router as well, and it still drops every evening. #vent+1 #record+1 #trust+1 #note: Paraphrasing a fact back showed you heard it and kept him from repeating it a fourth time.]
    -> play_back
* [Sorry about that. My colleague's new; she shouldn't have said it. #record-1 #words-2 #note: Blaming a colleague makes the company look divided; the company owns the answer he was given.]
    -> play_back
* [Thanks for trying that. Routers are behind a lot of evening drops, so it was a sensible thing to check, and at least we've ruled it out now. #record+1 #words-1 #mood-1 #note: Noting that the router is ruled out is useful for the record, but defending the earlier advice told him you still half-suspect his equipment.]
    -> play_back

=== play_back ===
{ mood <= 1: -> escalated_end }
Right. So. Have you actually understood what's going on, or do I have to say it all again?
* [#free:play-back] -> what_different

=== what_different ===
{ mood <= 1: -> escalated_end }
{
    - reply_rude:
        Excuse me? I'm the one who's been let down here, and you're talking to me like that?
    - reply_unclear:
        What's that supposed to be? Say it properly. Did you even listen?
    - said_when && said_repeat:
        Yes. That's it exactly. Every evening, and the third time I've had to call.
    - said_repeat:
        More or less. It's every single evening, mind. Around eight.
    - said_when:
        Right, every evening. And this is the third time I've called about it, don't forget.
    - else:
        Not really, no. It drops every evening, and this is the third time I've called!
}
So what are you going to do that the last two people didn't?
* [I'm logging this as a repeat complaint, linked to your two earlier calls, so it goes to our network team as a priority instead of back to the start of the queue. #record+2 #own+1 #trust+2 #note: Linking the earlier calls and grading it as a repeat complaint is what makes this call different from the last two.]
    -> who_owns
* [I'll raise a new ticket for you right now with everything you've told me, and I'll mark it urgent. #record-1 #note: A new ticket, however urgent, restarts the clock and loses the history of his two earlier calls.]
    -> who_owns
* [I'll pass all of this to our technical department straight away, so the right people look at it. #own-2 #note: "Passing it on" is exactly what he heard twice before; he needs an owner, not a messenger.]
    -> who_owns

=== who_owns ===
{ mood <= 1: -> escalated_end }
And who is going to make sure it actually happens this time?
* [I will. It stays with me until it's fixed. #own+2 #trust+2 #mood+1 #note: First-contact ownership: a person he can hold to it, not a department.]
    -> tomorrow
* [Our technical team will take it from here. They're the experts on line faults, and they'll contact you directly once they've had a look. #own-1 #note: Handing him to an unnamed team, however expert, left him with nobody to hold to the promise.]
    -> tomorrow
* [I'd love to say I can, but honestly I can't promise anything, because it really depends on what the engineers find on the line. #own-1 #words-1 #mood-1 #note: Honest in spirit, but "I can't promise anything" closes the door; say what you can do instead.]
    -> tomorrow

=== tomorrow ===
{ mood <= 1: -> escalated_end }
Can you get someone out tomorrow? I can't lose another evening of orders.
* [Let me look at the engineer schedule now, while you're on the line. I won't promise a day until I've seen it. #own+2 #words+1 #trust+1 #note: Honest about what you could promise, and visibly doing something about it.]
    -> thursday
* [Yes, definitely, someone will be there tomorrow morning. #words-2 #own-1 #trust-1 #mood+1 #promised+1 #note: It buys a moment of relief, but you hadn't looked at the schedule. A promise made before checking is the kind that brought him back for a third call.]
    -> broken_promise
* [Honestly, engineer visits normally take about five working days. As this is a repeat fault I'll ask for priority, but I can't promise you tomorrow. #own+1 #words+1 #mood-1 #note: Honest, and you asked for priority, but leading with the five-day rule told him about the wait before you had even looked for a slot.]
    -> thursday

=== thursday ===
{ mood <= 1: -> escalated_end }
You check. The earliest engineer slot is Thursday, 9 to 12. A remote line test can run tonight. #stage
Thursday? That's two more evenings!
* [I know, I'm sorry it isn't sooner. Tonight at half past seven I can run a line test and often fix it remotely. I'll book Thursday too, so you're covered. #feeling+1 #own+2 #trust+1 #mood+1 #note: Acknowledging the wait, then offering what could be done tonight plus a firm booking, gave him a plan instead of a delay.]
    -> reply_time
* [That's the earliest slot, I'm afraid. #own-1 #mood-1 #note: True, but it offered nothing for the two evenings he is worried about.]
    -> reply_time
* [I completely understand. Two more evenings of lost orders is a lot to ask when you've already waited two weeks and bought a new router. I'm really sorry, and honestly I'd feel exactly the same in your place. #feeling+2 #own-1 #mood+1 #note: Warm, and he felt heard, but a long apology with no plan for tonight left him nothing to hold on to.]
    -> reply_time

=== broken_promise ===
{ mood <= 1: -> escalated_end }
You check. The earliest engineer slot is Thursday, 9 to 12. A remote line test can run tonight. #stage
Thursday? You just said tomorrow. Definitely, you said! That's exactly what the last two did. Promise first, then nothing.
* [You're right, and I'm sorry. I said it before I'd checked. Thursday 9 to 12 is the earliest, so I'll book it. Tonight at half past seven I can run a line test, which often fixes it remotely. #words+1 #own+1 #trust+1 #note: Owning the broken promise at once, then offering only what is real, is the one way back. It doesn't undo the damage, but it stops it growing.]
    -> reply_time
* [I did hope for tomorrow, but the schedule has just changed. The earliest now is Thursday, 9 to 12. #words-2 #mood-2 #promised+1 #note: Blaming the schedule for a promise made without looking at it is a second untruth, and he can hear it.]
    -> reply_time
* [The earliest slot is Thursday, 9 to 12, I'm afraid. I've booked it, and I can run a line test on your line tonight at half past seven. #own+1 #mood-1 #promised+1 #note: A real plan, but it walks past the promise you broke a moment ago. He noticed, so say it: "I said that before I'd checked, and I'm sorry."]
    -> reply_time

=== reply_time ===
{ mood <= 1: -> escalated_end }
Fine. And when will I actually hear from you?
* [#free:reply-time] -> closing

=== closing ===
{ mood <= 1: -> escalated_end }
{
    - reply_rude:
        I don't appreciate that tone. But fine. I'll hold you to it.
    - reply_unclear:
        That's not an answer. When will I hear from you? A time, please.
    - said_overpromise:
        Fixed, just like that? I was told that on my first call, and on my second. I'll believe it when I see it.
    - said_gives_time && said_names_self:
        Right. You, by that time. I'll hold you to that.
    - said_gives_time:
        All right, that time. And it'll be you calling, not some stranger?
    - else:
        That's what the last two said. I want a time, not "we'll be in touch".
}
{ promised >= 1: And no more "definitely" unless you've checked. Just tell me what's true.}
All right. Anything else I need to do?
* [Nothing, just keep your phone handy tomorrow morning. And thank you for giving us the chance to put this right. #feeling+1 #own+1 #mood+1 #note: One simple next step and a thank-you for the chance closed the call warmly; complaints are a gift.]
    -> wrap
* [Nothing for now. Just so you know what to expect: the line test runs tonight at half past seven, I'll call you tomorrow with the result, and the engineer is booked for Thursday 9 to 12 whichever way it goes. Does all of that make sense? #own+1 #mood-1 #note: A clear recap of the plan, but a wall of detail at the end of a long call tired him, and there was no thank-you to close it warmly.]
    -> wrap

=== wrap ===
{ promised >= 2: -> lost_end }
{ trust >= 7 && mood >= 5: -> resolved_end }
-> lost_end

=== resolved_end ===
Thank you. Honestly, that's the first time anyone has actually listened. I'll wait for your call. #ending: resolved
-> END

=== escalated_end ===
No. I want your manager. Actually, forget it. I'm cancelling.
The line goes dead. #stage #ending: escalated
-> END

=== lost_end ===
Fine. Thanks, I suppose. I'll be looking at other providers in the meantime. #ending: lost
-> END
